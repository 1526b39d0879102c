package history

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-git/go-git/v5/plumbing"

	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/history/historytest"
	"github.com/vippslint/vippslint/scanner/report"
)

func openCache(t *testing.T, path, version string) *Cache {
	t.Helper()
	c, err := OpenCache(path, version)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func cachedScan(t *testing.T, dir string, c *Cache, o Options) *Result {
	t.Helper()
	o.Engine = scanner.New(scanner.Options{})
	o.Cache = c
	res, err := Scan(context.Background(), dir, o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// printed is what a report shows of findings (no raw values).
func printed(t *testing.T, fs []report.Finding) string {
	t.Helper()
	type view struct {
		Rule, Level, Message, Fingerprint string
		Location                          report.Location
		Related                           []report.Related
		Properties                        map[string]any
		Secret                            bool
	}
	var vs []view
	for _, f := range fs {
		vs = append(vs, view{f.RuleID, f.Level, f.Message, f.Fingerprint, f.Location, f.Related, f.Properties, f.Secret != ""})
	}
	b, err := json.MarshalIndent(vs, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCacheUnchangedRepository: the second run reads no blob and reports
// the same findings, whether the whole result is reused (no ref moved) or
// every pair is answered from the cache (a ref moved, no new commit).
func TestCacheUnchangedRepository(t *testing.T) {
	dir, g, hs := diskRepo(t)
	plain := scanDir(t, dir)
	path := filepath.Join(t.TempDir(), "cache.db")
	c := openCache(t, path, "v1")
	first := cachedScan(t, dir, c, Options{})
	if first.Blobs != plain.Blobs || first.Cached != 0 || printed(t, first.Findings) != printed(t, plain.Findings) {
		t.Fatalf("first run: blobs %d (want %d), cached %d", first.Blobs, plain.Blobs, first.Cached)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	c = openCache(t, path, "v1")
	defer c.Close()
	second := cachedScan(t, dir, c, Options{})
	if second.Blobs != 0 || !second.Unchanged || printed(t, second.Findings) != printed(t, plain.Findings) {
		t.Errorf("unchanged: blobs %d, unchanged %v\n%s", second.Blobs, second.Unchanged, printed(t, second.Findings))
	}
	if !strings.Contains(second.Summary(), "no ref moved") {
		t.Errorf("summary = %q", second.Summary())
	}
	// A new tag on an old commit: walked again, no blob read.
	g.SetRef("refs/tags/old", hs[5])
	third := cachedScan(t, dir, c, Options{})
	if third.Blobs != 0 || third.Unchanged || third.Cached != plain.Blobs {
		t.Errorf("moved ref: blobs %d, cached %d (want %d), unchanged %v", third.Blobs, third.Cached, plain.Blobs, third.Unchanged)
	}
	g.SetRef("refs/tags/old", hs[5])
	if want := printed(t, scanDir(t, dir).Findings); printed(t, third.Findings) != want {
		t.Errorf("moved ref: findings differ from an uncached scan\n%s\nwant\n%s", printed(t, third.Findings), want)
	}
}

// TestCacheNewCommits: after new commits only their new blobs are read.
func TestCacheNewCommits(t *testing.T) {
	dir, g, hs := diskRepo(t)
	c := openCache(t, filepath.Join(t.TempDir(), "cache.db"), "v1")
	defer c.Close()
	cachedScan(t, dir, c, Options{})
	last := hs[len(hs)-1]
	c1 := g.Commit("main", "docs", historytest.Files{"README.md": "new readme\n", "src/main.go": "package main\n// v" + strings.Repeat("x", 29) + "\n"}, last)
	g.Commit("main", "leak", historytest.Files{"README.md": "new readme\n", "src/main.go": "package main\n// v" + strings.Repeat("x", 29) + "\n", "deploy/prod.env": leakWith("new")}, c1)
	res := cachedScan(t, dir, c, Options{})
	if res.Blobs != 2 || res.Unchanged {
		t.Errorf("blobs read = %d, want 2 (the new README and the new leak)", res.Blobs)
	}
	secretAt(t, res, "deploy/prod.env")
	if want := printed(t, scanDir(t, dir).Findings); printed(t, res.Findings) != want {
		t.Errorf("findings differ from an uncached scan\n%s\nwant\n%s", printed(t, res.Findings), want)
	}
}

// TestCacheKilledRun: a run stopped midway leaves only true entries; the
// next run is complete. The kill is simulated twice: a cancelled run whose
// cache is closed, and a copy of the file taken while the run still holds
// it open (what a SIGKILL leaves).
func TestCacheKilledRun(t *testing.T) {
	dir, _, _ := diskRepo(t)
	plain := scanDir(t, dir)
	path := filepath.Join(t.TempDir(), "cache.db")
	c := openCache(t, path, "v1")
	c.flushEvery = 4 // commit entries as a long run would
	ctx, cancel := context.WithCancel(context.Background())
	var seen atomic.Int64
	var count Counter
	_, err := Scan(ctx, dir, Options{Engine: scanner.New(scanner.Options{}), Cache: c, Workers: 1, Counter: &count,
		Exclude: func(string) bool {
			// Stop once the worker has read a few blobs: midway.
			if seen.Add(1) == 25 {
				for deadline := time.Now().Add(10 * time.Second); count.Blobs.Load() < 10 && time.Now().Before(deadline); {
					time.Sleep(time.Millisecond)
				}
				cancel()
			}
			return false
		}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want cancelled", err)
	}
	killed := filepath.Join(t.TempDir(), "killed.db")
	copyFile(t, path, killed)
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, killed} {
		c := openCache(t, p, "v1")
		res := cachedScan(t, dir, c, Options{})
		if res.Cached == 0 || res.Blobs == 0 {
			t.Errorf("%s: the killed run committed nothing, or everything: cached %d, read %d", filepath.Base(p), res.Cached, res.Blobs)
		}
		if res.Unchanged || res.Blobs+res.Cached != plain.Blobs || printed(t, res.Findings) != printed(t, plain.Findings) {
			t.Errorf("%s: after a killed run: blobs %d + cached %d, want %d; unchanged %v", filepath.Base(p), res.Blobs, res.Cached, plain.Blobs, res.Unchanged)
		}
		c.Close()
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestCacheUnreadableObject: a scan that could not read an object is
// reused whole while that object is still unreadable, with the same error
// notices and counts (the run stays incomplete), and scanned again once
// the object can be read.
func TestCacheUnreadableObject(t *testing.T) {
	dir, _, _ := diskRepo(t)
	blob := plumbing.ComputeHash(plumbing.BlobObject, []byte(strings.Repeat("hello world\n", 30)))
	file := looseObject(dir, blob)
	good, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := openCache(t, filepath.Join(t.TempDir(), "cache.db"), "v1")
	defer c.Close()
	first := cachedScan(t, dir, c, Options{})
	if first.Errors != 1 || first.Unchanged {
		t.Fatalf("first run: errors %d, unchanged %v", first.Errors, first.Unchanged)
	}
	second := cachedScan(t, dir, c, Options{})
	if second.Errors != 1 || !second.Unchanged || second.Blobs != 0 {
		t.Errorf("second run: errors %d, unchanged %v, blobs read %d; want the stored result", second.Errors, second.Unchanged, second.Blobs)
	}
	notices := func(r *Result) string {
		b, _ := json.Marshal(r.Notices)
		return string(b)
	}
	if notices(second) != notices(first) || !strings.Contains(notices(second), blob.String()) {
		t.Errorf("second run's notices differ:\n%s\nfirst:\n%s", notices(second), notices(first))
	}
	if printed(t, second.Findings) != printed(t, first.Findings) {
		t.Error("second run's findings differ")
	}
	// The object is back: the stored result must not hide that.
	if err := os.WriteFile(file, good, 0o644); err != nil {
		t.Fatal(err)
	}
	third := cachedScan(t, dir, c, Options{})
	if third.Errors != 0 || third.Unchanged || third.Blobs == 0 {
		t.Errorf("third run: errors %d, unchanged %v, blobs read %d; want a new scan that reads the restored blob", third.Errors, third.Unchanged, third.Blobs)
	}
	if strings.Contains(notices(third), blob.String()) {
		t.Errorf("third run still names the restored blob: %s", notices(third))
	}
}

// TestCacheManyFailuresNotStored: a result with more unreadable objects
// than are worth checking again is not stored whole.
func TestCacheManyFailuresNotStored(t *testing.T) {
	var failed []plumbing.Hash
	for i := range maxCachedFailures + 1 {
		failed = append(failed, plumbing.ComputeHash(plumbing.BlobObject, []byte{byte(i), byte(i >> 8)}))
	}
	s := &scan{failed: failed}
	if s.cacheable() {
		t.Fatalf("%d failed objects: cacheable", len(failed))
	}
	s.failed = failed[:3]
	if !s.cacheable() {
		t.Fatalf("3 failed objects: not cacheable")
	}
}

// TestCacheVersionAndOptions: a new vippslint version re-scans everything;
// other options (config) share no entry.
func TestCacheVersionAndOptions(t *testing.T) {
	dir, _, _ := diskRepo(t)
	path := filepath.Join(t.TempDir(), "cache.db")
	c := openCache(t, path, "v1")
	first := cachedScan(t, dir, c, Options{CacheKey: "config A"})
	other := cachedScan(t, dir, c, Options{CacheKey: "config B"})
	if other.Blobs != first.Blobs || other.Cached != 0 {
		t.Errorf("other options: blobs %d cached %d", other.Blobs, other.Cached)
	}
	c.Close()
	c = openCache(t, path, "v2")
	defer c.Close()
	res := cachedScan(t, dir, c, Options{CacheKey: "config A"})
	if res.Blobs != first.Blobs || res.Cached != 0 || res.Unchanged {
		t.Errorf("new version: blobs %d (want %d), cached %d", res.Blobs, first.Blobs, res.Cached)
	}
}

// TestCacheNoSecretsStored: the cache file holds no raw secret; a run that
// needs them (--verify) re-reads only the blobs that had them.
func TestCacheNoSecretsStored(t *testing.T) {
	dir, _, _ := diskRepo(t)
	path := filepath.Join(t.TempDir(), "cache.db")
	c := openCache(t, path, "v1")
	cachedScan(t, dir, c, Options{})
	c.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"WAWaB27SsyM5HC1PY0Pmdg==", "b2c7234d9ac3ea2ab8b1097408aef82e", "ba4e7647-05c5-4edd-b624-04ab8616469c"} {
		if strings.Contains(string(b), secret) || strings.Contains(string(b), secret[:12]) {
			t.Errorf("the cache holds %s…", secret[:4])
		}
	}
	c = openCache(t, path, "v1")
	defer c.Close()
	res := cachedScan(t, dir, c, Options{NeedSecrets: true})
	if res.Blobs != 1 || res.Unchanged {
		t.Errorf("with secrets needed: blobs %d, want 1 (the leak file)", res.Blobs)
	}
	if f := secretAt(t, res, "config/app.env"); f.Secret != "WAWaB27SsyM5HC1PY0Pmdg==" {
		t.Errorf("secret not restored by re-reading")
	}
}
