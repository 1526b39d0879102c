package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/go-git/go-git/v5/plumbing"

	"github.com/vippslint/vippslint/scanner/history/historytest"
)

// gitLeak is a fake key set (the repository's fixtures use the same keys).
const gitLeak = "VIPPS_CLIENT_ID=ba4e7647-05c5-4edd-b624-04ab8616469c\n" +
	"VIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg==\n" +
	"VIPPS_SUBSCRIPTION_KEY=b2c7234d9ac3ea2ab8b1097408aef82e\n"

func runGit(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestGitCommand(t *testing.T) {
	dir := t.TempDir()
	g := historytest.NewDisk(t, dir)
	c1 := g.Commit("main", "init", historytest.Files{"README.md": "hello\n"})
	c2 := g.Commit("main", "leak", historytest.Files{"README.md": "hello\n", "config/app.env": gitLeak}, c1)
	c3 := g.Commit("main", "remove", historytest.Files{"README.md": "hello\n"}, c2)
	c4 := g.Commit("main", "docs", historytest.Files{"README.md": "hello again\n"}, c3)

	code, out, stderr := runGit(t, "git", "--format", "json", dir)
	if code != exitFindings {
		t.Fatalf("git: exit %d, stderr %s", code, stderr)
	}
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 4 || rep.Scope["commits"] != float64(4) || rep.Scope["onlyHistory"] != float64(4) {
		t.Fatalf("findings %d, scope %v", len(rep.Findings), rep.Scope)
	}
	for _, f := range rep.Findings {
		if f.Properties["commit"] != c2.String() || f.Properties["presentAtHead"] != false {
			t.Errorf("%s: %v", f.Rule, f.Properties)
		}
	}
	if strings.Contains(out, "WAWaB27SsyM5HC1PY0Pmdg==") || strings.Contains(stderr, "WAWaB27SsyM5HC1PY0Pmdg==") {
		t.Error("secret printed without --no-redact")
	}
	if !strings.Contains(stderr, "scanned all refs") || !strings.Contains(stderr, "4 commits") {
		t.Errorf("stderr summary: %s", stderr)
	}

	// A clean range.
	code, _, stderr = runGit(t, "git", "--range", c3.String()+".."+c4.String(), dir)
	if code != exitClean || !strings.Contains(stderr, "range "+c3.String()) {
		t.Fatalf("clean range: exit %d, stderr %s", code, stderr)
	}
	// The range with the leak, in SARIF.
	code, out, _ = runGit(t, "git", "--range", c1.String()+"..HEAD", "--format", "sarif", dir)
	if code != exitFindings || !strings.Contains(out, `"commit": "`+c2.String()) || !strings.Contains(out, `"range": "`+c1.String()) {
		t.Fatalf("range with leak: exit %d\n%s", code, out)
	}
	// Usage errors.
	if code, _, _ := runGit(t, "git", "--range", "nope..HEAD", dir); code != exitUsage {
		t.Errorf("bad range: exit %d", code)
	}
	if code, _, _ := runGit(t, "git", t.TempDir()); code != exitUsage {
		t.Errorf("not a repository: exit %d", code)
	}
}

func TestGitShallow(t *testing.T) {
	dir := t.TempDir()
	g := historytest.NewDisk(t, dir)
	c1 := g.Commit("main", "init", historytest.Files{"README.md": "hello\n"})
	c2 := g.Commit("main", "docs", historytest.Files{"README.md": "hello again\n"}, c1)
	if err := os.WriteFile(filepath.Join(dir, ".git", "shallow"), []byte(c2.String()+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runGit(t, "git", dir)
	if code != exitUsage || !strings.Contains(stderr, "shallow clone") {
		t.Fatalf("shallow: exit %d, stderr %s", code, stderr)
	}
	code, _, stderr = runGit(t, "git", "--allow-shallow", dir)
	if code != exitClean || !strings.Contains(stderr, "warning") || !strings.Contains(stderr, "not scanned") {
		t.Fatalf("--allow-shallow: exit %d, stderr %s", code, stderr)
	}
}

func TestStagedCommand(t *testing.T) {
	dir := t.TempDir()
	g := historytest.NewDisk(t, dir)
	wt, err := g.Repo.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	put := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	put("app.env", "APP=1\n")
	if _, err := wt.Add("app.env"); err != nil {
		t.Fatal(err)
	}
	sig := &object.Signature{Name: "Dev", Email: "dev@example.no", When: g.When}
	if _, err := wt.Commit("init", &git.CommitOptions{Author: sig, Committer: sig}); err != nil {
		t.Fatal(err)
	}
	// The leak only in the work tree.
	put("app.env", "APP=1\n"+gitLeak)
	if code, out, stderr := runGit(t, "staged", dir); code != exitClean {
		t.Fatalf("unstaged leak: exit %d\n%s%s", code, out, stderr)
	}
	// Staged.
	if _, err := wt.Add("app.env"); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runGit(t, "staged", dir)
	if code != exitFindings || !strings.Contains(out, "app.env:3:") {
		t.Fatalf("staged leak: exit %d\n%s%s", code, out, stderr)
	}
	if code, _, _ := runGit(t, "staged", t.TempDir()); code != exitUsage {
		t.Errorf("outside git: exit %d", code)
	}
}

// TestGitBareInsideWorkTree: a bare repository (a mirror) kept inside a
// work tree is scanned itself, not the work tree around it.
func TestGitBareInsideWorkTree(t *testing.T) {
	outer := t.TempDir()
	og := historytest.NewDisk(t, outer)
	og.Commit("main", "outer", historytest.Files{"README.md": "outer\n"})
	bare := filepath.Join(outer, "mirrors", "app.git")
	g := historytest.NewBare(t, bare)
	c1 := g.Commit("main", "init", historytest.Files{"README.md": "hello\n"})
	pr := g.Commit("", "pr", historytest.Files{"README.md": "hello\n", "pr.env": gitLeak}, c1)
	g.SetRef("refs/pull/71/head", pr)
	code, out, stderr := runGit(t, "git", "--format", "json", bare)
	if code != exitFindings || !strings.Contains(out, "only on refs/pull/71/head") || !strings.Contains(out, `"root": "`+bare+`"`) {
		t.Fatalf("exit %d\n%s\n%s", code, out, stderr)
	}
}

// bareWithConfig is a bare repository whose only leak is under secrets/,
// with files (such as a .vippslint.yaml) committed beside it.
func bareWithConfig(t *testing.T, files historytest.Files) string {
	t.Helper()
	bare := filepath.Join(t.TempDir(), "app.git")
	g := historytest.NewBare(t, bare)
	all := historytest.Files{"README.md": "hello\n", "secrets/app.env": gitLeak}
	for k, v := range files {
		all[k] = v
	}
	g.Commit("main", "init", all)
	return bare
}

// TestGitBareCommittedConfig: a bare repository has no work tree, so its
// committed .vippslint.yaml and .vippslintignore are read from HEAD's tree:
// a path they exclude has no finding, and the same repository without them
// has one. --config replaces the committed config.
func TestGitBareCommittedConfig(t *testing.T) {
	const exclude = "exclude:\n  - \"secrets/**\"\n"
	for _, tc := range []struct {
		name  string
		files historytest.Files
		args  []string
		want  int
	}{
		{"committed config excludes the path", historytest.Files{".vippslint.yaml": exclude}, nil, exitClean},
		{"no committed config", nil, nil, exitFindings},
		{"committed config without that exclude", historytest.Files{".vippslint.yaml": "exclude:\n  - \"docs/**\"\n"}, nil, exitFindings},
		{"committed ignore file excludes the path", historytest.Files{".vippslintignore": "secrets/**\n"}, nil, exitClean},
		{"--config replaces the committed config", historytest.Files{".vippslint.yaml": exclude}, []string{"--config", "/dev/null"}, exitFindings},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bare := bareWithConfig(t, tc.files)
			code, out, stderr := runGit(t, append(append([]string{"git", "--format", "json"}, tc.args...), bare)...)
			if code != tc.want {
				t.Fatalf("exit %d, want %d\n%s\n%s", code, tc.want, out, stderr)
			}
			if tc.want == exitFindings && !strings.Contains(out, "secrets/app.env") {
				t.Errorf("no finding at secrets/app.env:\n%s", out)
			}
		})
	}
	// The same for each repository of --repos.
	top := t.TempDir()
	for name, files := range map[string]historytest.Files{"excluded.git": {".vippslint.yaml": exclude}, "plain.git": nil} {
		g := historytest.NewBare(t, filepath.Join(top, name))
		all := historytest.Files{"secrets/app.env": gitLeak}
		for k, v := range files {
			all[k] = v
		}
		g.Commit("main", "init", all)
	}
	code, out, stderr := runGit(t, "git", "--format", "json", "--repos", top)
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != exitFindings {
		t.Fatalf("--repos: exit %d, %v\n%s\n%s", code, err, out, stderr)
	}
	byRepo := map[string]int{}
	for _, f := range rep.Findings {
		byRepo[filepath.Base(f.Repository)]++
	}
	if byRepo["excluded.git"] != 0 || byRepo["plain.git"] == 0 {
		t.Errorf("--repos: findings by repository %v, want only plain.git's", byRepo)
	}
}

// TestGitBareBadCommittedConfig: a committed config that does not parse is
// an error naming it, not a scan with the defaults.
func TestGitBareBadCommittedConfig(t *testing.T) {
	bare := bareWithConfig(t, historytest.Files{".vippslint.yaml": "exclude: [\n"})
	code, _, stderr := runGit(t, "git", bare)
	if code != exitUsage || !strings.Contains(stderr, "HEAD:.vippslint.yaml") {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
}

// TestGitManyRepositories: --repos finds every repository under a folder
// (a work tree, a mirror and a corrupt one), reports the leaks of the good
// ones with their repository, names the corrupt one and exits 2.
func TestGitManyRepositories(t *testing.T) {
	top := t.TempDir()
	a := historytest.NewDisk(t, filepath.Join(top, "app"))
	a1 := a.Commit("main", "init", historytest.Files{"README.md": "app\n"})
	a.Commit("main", "leak", historytest.Files{"README.md": "app\n", "app.env": gitLeak}, a1)
	b := historytest.NewBare(t, filepath.Join(top, "mirrors", "api.git"))
	b1 := b.Commit("main", "init", historytest.Files{"README.md": "api\n"})
	pr := b.Commit("", "pr", historytest.Files{"README.md": "api\n", "pr.env": gitLeak}, b1)
	b.SetRef("refs/pull/7/head", pr)
	// A third repository whose objects are all corrupt.
	bad := filepath.Join(top, "broken")
	bg := historytest.NewDisk(t, bad)
	bg.Commit("main", "init", historytest.Files{"README.md": "broken\n", "x.env": gitLeak})
	objs, _ := filepath.Glob(filepath.Join(bad, ".git", "objects", "??", "*"))
	for _, o := range objs {
		if err := os.WriteFile(o, []byte("garbage"), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	code, out, stderr := runGit(t, "git", "--format", "json", "--repos", top)
	if code != exitUsage {
		t.Fatalf("exit %d, want 2\n%s", code, stderr)
	}
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, f := range rep.Findings {
		got[f.Repository+" "+f.Location.Path]++
		if f.Location.Path == "pr.env" && !strings.Contains(f.Message, "only on refs/pull/7/head") {
			t.Errorf("pr.env: %q", f.Message)
		}
	}
	appName, apiName := filepath.Join(top, "app"), filepath.Join(top, "mirrors", "api.git")
	if len(got) != 2 || got[appName+" app.env"] != 4 || got[apiName+" pr.env"] != 4 {
		t.Errorf("findings by repository: %v", got)
	}
	named := false
	for _, n := range rep.Notices {
		named = named || n.Repository == bad && n.Level == "error"
	}
	if !named || !strings.Contains(stderr, bad+": ") {
		t.Errorf("the broken repository is not named: %+v\n%s", rep.Notices, stderr)
	}

	// SARIF: one run per repository, each rooted at its repository.
	_, out, _ = runGit(t, "git", "--format", "sarif", "--repos", top)
	log := decodeSARIF(t, []byte(out))
	if len(log.Runs) != 3 || len(log.Runs[0].Results) != 4 || len(log.Runs[1].Results) != 0 || len(log.Runs[2].Results) != 4 ||
		!strings.HasSuffix(log.Runs[2].Base["%SRCROOT%"].URI, "/mirrors/api.git/") || log.Runs[0].Automation.ID == log.Runs[2].Automation.ID {
		t.Errorf("runs = %+v", log.Runs)
	}

	// Repositories named on the command line, one missing.
	code, out, stderr = runGit(t, "git", appName, filepath.Join(top, "nope"), apiName)
	if code != exitUsage || !strings.Contains(out, "app/app.env:") || !strings.Contains(out, "api.git/pr.env:") || !strings.Contains(stderr, "nope") {
		t.Errorf("exit %d\n%s\n%s", code, out, stderr)
	}
	// Two good ones: findings, exit 1.
	if code, _, stderr := runGit(t, "git", appName, apiName); code != exitFindings {
		t.Errorf("two good repositories: exit %d\n%s", code, stderr)
	}
}

func TestManyProgressLine(t *testing.T) {
	a, b := &repoTarget{name: "a"}, &repoTarget{name: "b"}
	a.count.CommitsTotal.Store(100)
	a.count.Commits.Store(100)
	a.count.Blobs.Store(40)
	a.done.Store(true)
	b.count.CommitsTotal.Store(300)
	b.count.Commits.Store(150)
	b.count.Blobs.Store(60)
	line := manyProgress([]*repoTarget{a, b}, time.Now().Add(-30*time.Second))
	// Three quarters done in 30s: 10s left.
	if line != "vippslint: 1/2 repositories, 250/400 commits, 100 blobs, ETA 10s" {
		t.Errorf("line = %q", line)
	}
	if line := manyProgress([]*repoTarget{{name: "c"}}, time.Now()); strings.Contains(line, "ETA") {
		t.Errorf("no ETA before any progress: %q", line)
	}
}

// TestGitCacheUnreadableBlob: a repository with a blob that cannot be read
// is reused from the cache with its error: both runs exit 2 and name the
// blob.
func TestGitCacheUnreadableBlob(t *testing.T) {
	dir := t.TempDir()
	g := historytest.NewDisk(t, dir)
	c1 := g.Commit("main", "init", historytest.Files{"README.md": "hello\n", "big.bin": "content that is gone\n"})
	g.Commit("main", "leak", historytest.Files{"README.md": "hello\n", "app.env": gitLeak}, c1)
	blob := plumbing.ComputeHash(plumbing.BlobObject, []byte("content that is gone\n")).String()
	if err := os.Remove(filepath.Join(dir, ".git", "objects", blob[:2], blob[2:])); err != nil {
		t.Fatal(err)
	}
	cache := filepath.Join(t.TempDir(), "vippslint.cache")
	code1, _, stderr1 := runGit(t, "git", "--format", "json", "--cache", cache, dir)
	code2, out2, stderr2 := runGit(t, "git", "--format", "json", "--cache", cache, dir)
	if code1 != exitUsage || code2 != exitUsage {
		t.Fatalf("exit %d then %d, want 2 both times\n%s\n%s", code1, code2, stderr1, stderr2)
	}
	for i, stderr := range []string{stderr1, stderr2} {
		if !strings.Contains(stderr, "blob "+blob) || !strings.Contains(stderr, "the scan is incomplete") {
			t.Errorf("run %d does not name the unreadable blob:\n%s", i+1, stderr)
		}
	}
	if !strings.Contains(stderr2, "no ref moved since the cached run") || !strings.Contains(out2, "app.env") {
		t.Errorf("second run: not reused from the cache, or lost its findings:\n%s\n%s", stderr2, out2)
	}
}

// TestGitCache: a second run with --cache reports the same findings and
// says it reused the result; --no-redact does not use the cache.
func TestGitCache(t *testing.T) {
	dir := t.TempDir()
	g := historytest.NewDisk(t, dir)
	c1 := g.Commit("main", "init", historytest.Files{"README.md": "hello\n"})
	g.Commit("main", "leak", historytest.Files{"README.md": "hello\n", "app.env": gitLeak}, c1)
	cache := filepath.Join(t.TempDir(), "vippslint.cache")
	code1, out1, stderr1 := runGit(t, "git", "--format", "json", "--cache", cache, dir)
	code2, out2, stderr2 := runGit(t, "git", "--format", "json", "--cache", cache, dir)
	findings := func(out string) string {
		var rep struct {
			Findings json.RawMessage `json:"findings"`
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatal(err)
		}
		return string(rep.Findings)
	}
	if code1 != exitFindings || code2 != exitFindings || findings(out1) != findings(out2) || !strings.Contains(out1, "app.env") {
		t.Fatalf("exit %d then %d; findings differ:\n%s\n%s", code1, code2, out1, out2)
	}
	if !strings.Contains(out2, `"unchanged": true`) {
		t.Errorf("scope of the second run:\n%s", out2)
	}
	if strings.Contains(stderr1, "reused") || !strings.Contains(stderr2, "no ref moved since the cached run") {
		t.Errorf("stderr:\n%s\n%s", stderr1, stderr2)
	}
	code, _, stderr := runGit(t, "git", "--no-redact", "--cache", cache, dir)
	if code != exitFindings || !strings.Contains(stderr, "--cache is not used with --no-redact") || strings.Contains(stderr, "reused") {
		t.Errorf("--no-redact: exit %d\n%s", code, stderr)
	}
}
