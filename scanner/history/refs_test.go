package history

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/go-git/go-git/v5/plumbing"

	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/history/historytest"
	"github.com/vippslint/vippslint/scanner/report"
)

// leakWith is the leak file with a client secret derived from seed, so that
// every ref's leak is a different secret.
func leakWith(seed string) string {
	sum := sha256.Sum256([]byte("vippslint-test-" + seed))
	return strings.Replace(leak, "WAWaB27SsyM5HC1PY0Pmdg==", base64.StdEncoding.EncodeToString(sum[:16]), 1)
}

func scanDir(t *testing.T, dir string) *Result {
	t.Helper()
	res, err := Scan(context.Background(), dir, Options{Engine: scanner.New(scanner.Options{})})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// secretAt is the client-secret result at path.
func secretAt(t *testing.T, res *Result, path string) report.Finding {
	t.Helper()
	return byRule(t, res.Findings, "vipps-client-secret", path)
}

// wantOnlyOn checks that the result at path names refs as the only ones
// that hold it.
func wantOnlyOn(t *testing.T, res *Result, path string, refs ...string) {
	t.Helper()
	f := secretAt(t, res, path)
	if !strings.Contains(f.Message, "only on "+strings.Join(refs, ", ")+" (") {
		t.Errorf("%s: message %q does not say only on %v", path, f.Message, refs)
	}
	if got, _ := f.Properties["onlyOn"].([]string); !slices.Equal(got, refs) {
		t.Errorf("%s: onlyOn = %v, want %v", path, f.Properties["onlyOn"], refs)
	}
}

// wantOnBranch checks that the result at path is not said to be only on
// other refs.
func wantOnBranch(t *testing.T, res *Result, path string) {
	t.Helper()
	f := secretAt(t, res, path)
	if strings.Contains(f.Message, "only on") || f.Properties["onlyOn"] != nil {
		t.Errorf("%s is on a branch, but: %q %v", path, f.Message, f.Properties["onlyOn"])
	}
}

func TestBareRepository(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "app.git")
	g := historytest.NewBare(t, dir)
	c1 := g.Commit("main", "init", historytest.Files{"README.md": "hello\n"})
	g.Commit("main", "config", historytest.Files{"README.md": "hello\n", "app.env": leakWith("bare")}, c1)
	res := scanDir(t, dir)
	if got := rulesOf(res.Findings); !slices.Equal(got, leakRules) {
		t.Fatalf("rules = %v", got)
	}
	f := secretAt(t, res, "app.env")
	if !strings.Contains(f.Message, "still at HEAD in app.env:2") {
		t.Errorf("message = %q", f.Message)
	}
	wantOnBranch(t, res, "app.env")
	// A directory that is neither a repository nor in one.
	if _, err := Scan(context.Background(), t.TempDir(), Options{Engine: scanner.New(scanner.Options{})}); !errors.Is(err, ErrNotRepository) {
		t.Errorf("empty directory: err = %v", err)
	}
}

// TestMirrorPullRequestRefs: a mirror clone holds refs/pull/* and
// refs/merge-requests/* in packed-refs; a leak only on a pull request's
// head names that ref, a leak on a branch does not.
func TestMirrorPullRequestRefs(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mirror.git")
	g := historytest.NewBare(t, dir)
	c1 := g.Commit("main", "init", historytest.Files{"README.md": "hello\n"})
	c2 := g.Commit("main", "docs", historytest.Files{"README.md": "hello again\n"}, c1)
	pr := g.Commit("", "pr 71", historytest.Files{"README.md": "hello\n", "pr.env": leakWith("pr71")}, c1)
	prFix := g.Commit("", "pr 71: remove the keys", historytest.Files{"README.md": "hello\n"}, pr)
	mr := g.Commit("", "mr 9", historytest.Files{"README.md": "hello again\n", "mr.env": leakWith("mr9")}, c2)
	feat := g.Commit("feature", "feature", historytest.Files{"README.md": "hello\n", "feature.env": leakWith("feature")}, c1)
	writeFile(t, filepath.Join(dir, "config"), "[core]\n\trepositoryformatversion = 0\n\tbare = true\n"+
		"[remote \"origin\"]\n\turl = https://example.invalid/org/app.git\n\tfetch = +refs/*:refs/*\n\tmirror = true\n")
	writeFile(t, filepath.Join(dir, "packed-refs"), "# pack-refs with: peeled fully-peeled sorted \n"+
		mr.String()+" refs/merge-requests/9/head\n"+
		prFix.String()+" refs/pull/71/head\n"+
		feat.String()+" refs/pull/72/head\n")
	res := scanDir(t, dir)
	wantOnlyOn(t, res, "pr.env", "refs/pull/71/head")
	wantOnlyOn(t, res, "mr.env", "refs/merge-requests/9/head")
	// Pull request 72's head is also a branch: not "only on" it.
	wantOnBranch(t, res, "feature.env")
	f := secretAt(t, res, "pr.env")
	if f.Properties["commit"] != pr.String() || f.Properties["removedIn"] != prFix.String() {
		t.Errorf("pr.env: %v", f.Properties)
	}
	if len(res.Findings) != 12 {
		t.Errorf("findings = %d, want 12", len(res.Findings))
	}
}

// TestStashEntries: every stash entry is scanned (the stash reflog), not
// only the newest, and a leak only in a stash names its entry.
func TestStashEntries(t *testing.T) {
	dir := t.TempDir()
	g := historytest.NewDisk(t, dir)
	base := g.Commit("main", "init", historytest.Files{"README.md": "hello\n"})
	var lines []string
	old := plumbing.ZeroHash
	var stashes []plumbing.Hash
	for i := range 3 {
		// A stash commit's parents are the base and the index commit.
		idx := g.Commit("", "index on main", historytest.Files{"README.md": "hello\n"}, base)
		w := g.Commit("", "WIP on main", historytest.Files{"README.md": "hello\n", fmt.Sprintf("wip%d.env", i): leakWith(fmt.Sprint("stash", i))}, base, idx)
		stashes = append(stashes, w)
		lines = append(lines, fmt.Sprintf("%s %s Dev <dev@example.no> %d +0000\tWIP on main: init", old, w, 1700000000+i))
		old = w
	}
	g.SetRef("refs/stash", stashes[2])
	writeFile(t, filepath.Join(dir, ".git", "logs", "refs", "stash"), strings.Join(lines, "\n")+"\n")
	res := scanDir(t, dir)
	// The newest is stash@{0}.
	wantOnlyOn(t, res, "wip2.env", "stash@{0}")
	wantOnlyOn(t, res, "wip1.env", "stash@{1}")
	wantOnlyOn(t, res, "wip0.env", "stash@{2}")
	if !slices.Contains(res.Refs, "stash@{2}") {
		t.Errorf("refs = %v", res.Refs)
	}
}

// TestNotesRef: notes are commits under refs/notes; a leak in a note names
// the notes ref.
func TestNotesRef(t *testing.T) {
	g := historytest.NewMemory(t)
	c1 := g.Commit("main", "init", historytest.Files{"README.md": "hello\n"})
	n := g.Commit("", "Notes added by 'git notes add'", historytest.Files{c1.String(): leakWith("note")})
	g.SetRef("refs/notes/commits", n)
	res := scanMem(t, g, Options{})
	wantOnlyOn(t, res, c1.String(), "refs/notes/commits")
}

// TestNoConfigFile: some hosting snapshots have no config file.
func TestNoConfigFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "snapshot.git")
	g := historytest.NewBare(t, dir)
	g.Commit("main", "init", historytest.Files{"app.env": leakWith("noconfig")})
	if err := os.Remove(filepath.Join(dir, "config")); err != nil {
		t.Fatal(err)
	}
	res := scanDir(t, dir)
	if got := rulesOf(res.Findings); !slices.Equal(got, leakRules) {
		t.Fatalf("rules = %v", got)
	}
}

// TestLinkedWorktree: a linked work tree of a bare repository has a .git
// file naming its git directory; its HEAD is its own branch.
func TestLinkedWorktree(t *testing.T) {
	top := t.TempDir()
	bare := filepath.Join(top, "app.git")
	g := historytest.NewBare(t, bare)
	c1 := g.Commit("main", "init", historytest.Files{"README.md": "hello\n"})
	g.Commit("wt", "wip", historytest.Files{"README.md": "hello\n", "wt.env": leakWith("worktree")}, c1)
	wtDir := filepath.Join(top, "wt")
	wtGit := filepath.Join(bare, "worktrees", "wt")
	writeFile(t, filepath.Join(wtGit, "HEAD"), "ref: refs/heads/wt\n")
	writeFile(t, filepath.Join(wtGit, "commondir"), "../..\n")
	writeFile(t, filepath.Join(wtGit, "gitdir"), filepath.Join(wtDir, ".git")+"\n")
	writeFile(t, filepath.Join(wtDir, ".git"), "gitdir: ../app.git/worktrees/wt\n")
	writeFile(t, filepath.Join(wtDir, "sub", "x.txt"), "x\n")

	l, err := Find(filepath.Join(wtDir, "sub"))
	if err != nil || l.WorkTree != wtDir || l.GitDir != wtGit || l.CommonDir != bare {
		t.Fatalf("Find = %+v, %v", l, err)
	}
	res := scanDir(t, wtDir)
	if f := secretAt(t, res, "wt.env"); !strings.Contains(f.Message, "still at HEAD in wt.env:2") {
		t.Errorf("from the work tree: %q", f.Message)
	}
	res = scanDir(t, bare)
	if f := secretAt(t, res, "wt.env"); !strings.Contains(f.Message, "not at HEAD but on wt") {
		t.Errorf("from the bare repository: %q", f.Message)
	}
}

// looseObject is the path of a loose object in a repository with a work
// tree.
func looseObject(dir string, h plumbing.Hash) string {
	return filepath.Join(dir, ".git", "objects", h.String()[:2], h.String()[2:])
}

// TestMissingCommit: a missing or unreadable commit is reported by ID and
// skipped; the rest of the history is still scanned.
func TestMissingCommit(t *testing.T) {
	for _, how := range []string{"missing", "corrupt"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			g := historytest.NewDisk(t, dir)
			c1 := g.Commit("main", "first", historytest.Files{"first.env": leakWith("first")})
			c2 := g.Commit("main", "second", historytest.Files{"first.env": leakWith("first"), "second.env": leakWith("second")}, c1)
			g.Commit("main", "third", historytest.Files{"third.env": leakWith("third")}, c2)
			g.Commit("other", "branch", historytest.Files{"first.env": leakWith("first"), "other.env": leakWith("other")}, c1)
			p := looseObject(dir, c2)
			var err error
			if how == "missing" {
				err = os.Remove(p)
			} else {
				err = os.WriteFile(p, []byte("not zlib"), 0o644)
			}
			if err != nil {
				t.Fatal(err)
			}
			res := scanDir(t, dir)
			if res.Errors != 1 {
				t.Errorf("errors = %d, want 1", res.Errors)
			}
			var msgs []string
			for _, n := range res.Notices {
				msgs = append(msgs, n.Message)
			}
			if len(res.Notices) != 1 || res.Notices[0].Level != "error" || !strings.Contains(res.Notices[0].Message, "commit "+c2.String()) {
				t.Errorf("notices = %q", msgs)
			}
			for _, p := range []string{"first.env", "third.env", "other.env"} {
				secretAt(t, res, p)
			}
			if _, ok := res.Scope()["errors"]; !ok {
				t.Errorf("scope = %v", res.Scope())
			}
		})
	}
}

func TestRepositoryFormatRefused(t *testing.T) {
	for _, tc := range []struct{ ext, want string }{
		{"\tobjectformat = sha256\n", "SHA-256"},
		{"\trefstorage = reftable\n", "refstorage = reftable"},
	} {
		dir := t.TempDir()
		g := historytest.NewDisk(t, dir)
		g.Commit("main", "init", historytest.Files{"app.env": leak})
		writeFile(t, filepath.Join(dir, ".git", "config"), "[core]\n\trepositoryformatversion = 1\n[extensions]\n"+tc.ext)
		_, err := Scan(context.Background(), dir, Options{Engine: scanner.New(scanner.Options{})})
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "unknown extension") {
			t.Errorf("%s: err = %v", strings.TrimSpace(tc.ext), err)
		}
		if tc.want == "SHA-256" && (!errors.Is(err, ErrSHA256) || !strings.Contains(err.Error(), "vippslint scan")) {
			t.Errorf("sha256: err = %v", err)
		}
	}
	// A partial clone's extension is read, not refused.
	dir := t.TempDir()
	g := historytest.NewDisk(t, dir)
	g.Commit("main", "init", historytest.Files{"app.env": leak})
	writeFile(t, filepath.Join(dir, ".git", "config"), "[core]\n\trepositoryformatversion = 1\n[extensions]\n\tpartialclone = origin\n")
	if res := scanDir(t, dir); len(res.Findings) != 4 {
		t.Errorf("partial clone: %d findings", len(res.Findings))
	}
}
