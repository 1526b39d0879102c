package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"

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
	var rep struct {
		Scope    map[string]any `json:"scope"`
		Findings []struct {
			Rule       string         `json:"rule"`
			Message    string         `json:"message"`
			Properties map[string]any `json:"properties"`
		} `json:"findings"`
	}
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
