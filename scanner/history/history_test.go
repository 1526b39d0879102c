package history

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/history/historytest"
	"github.com/vippslint/vippslint/scanner/report"
)

// Fake keys (the repository's fixtures use the same ones).
const leak = "VIPPS_CLIENT_ID=ba4e7647-05c5-4edd-b624-04ab8616469c\n" +
	"VIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg==\n" +
	"VIPPS_SUBSCRIPTION_KEY=b2c7234d9ac3ea2ab8b1097408aef82e\n"

// leakRules are the results one leak file gives.
var leakRules = []string{"vipps-client-id", "vipps-client-secret", "vipps-credential-set", "vipps-subscription-key"}

func scanMem(t *testing.T, g *historytest.Repo, o Options) *Result {
	t.Helper()
	if o.Engine == nil {
		o.Engine = scanner.New(scanner.Options{})
	}
	res, err := ScanRepository(context.Background(), g.Repo, o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func rulesOf(fs []report.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.RuleID)
	}
	slices.Sort(out)
	return out
}

func byRule(t *testing.T, fs []report.Finding, rule, path string) report.Finding {
	t.Helper()
	for _, f := range fs {
		if f.RuleID == rule && f.Location.Path == path {
			return f
		}
	}
	t.Fatalf("no %s finding at %s in %v", rule, path, fs)
	return report.Finding{}
}

func TestLeakAddedThenDeleted(t *testing.T) {
	g := historytest.NewMemory(t)
	c1 := g.Commit("main", "init", historytest.Files{"README.md": "hello\n"})
	c2 := g.Commit("main", "config", historytest.Files{"README.md": "hello\n", "config/app.env": leak}, c1)
	c3 := g.Commit("main", "remove keys", historytest.Files{"README.md": "hello\n"}, c2)
	res := scanMem(t, g, Options{})
	if got := rulesOf(res.Findings); !slices.Equal(got, leakRules) {
		t.Fatalf("rules = %v, want %v", got, leakRules)
	}
	f := byRule(t, res.Findings, "vipps-client-secret", "config/app.env")
	p := f.Properties
	if p["commit"] != c2.String() || p["lastCommit"] != c2.String() || p["removedIn"] != c3.String() || p["presentAtHead"] != false {
		t.Errorf("properties = %v", p)
	}
	if p["author"] != "Dev <dev@example.no>" || p["date"] != "2024-01-02T04:04:05Z" || p["path"] != "config/app.env" {
		t.Errorf("properties = %v", p)
	}
	if !strings.Contains(f.Message, "removed in "+c3.String()[:7]+", still in history: rotate the key") {
		t.Errorf("message = %q", f.Message)
	}
	if strings.Contains(f.Message, "WAWaB27SsyM5HC1PY0Pmdg==") {
		t.Errorf("secret in message: %q", f.Message)
	}
	if res.Commits != 3 || res.InHead != 0 || res.OnlyHistory != 4 {
		t.Errorf("commits %d, in head %d, only history %d", res.Commits, res.InHead, res.OnlyHistory)
	}
}

func TestLeakOnUnmergedBranch(t *testing.T) {
	g := historytest.NewMemory(t)
	c1 := g.Commit("main", "init", historytest.Files{"README.md": "hello\n"})
	c2 := g.Commit("feature", "wip", historytest.Files{"README.md": "hello\n", "app.env": leak}, c1)
	g.SetRef("refs/tags/v0.1", c2)
	res := scanMem(t, g, Options{})
	f := byRule(t, res.Findings, "vipps-credential-set", "app.env")
	if f.Properties["commit"] != c2.String() || f.Properties["presentAtHead"] != false {
		t.Errorf("properties = %v", f.Properties)
	}
	if refs := f.Properties["refs"].([]string); !slices.Equal(refs, []string{"feature", "v0.1"}) || f.Properties["refCount"] != 2 {
		t.Errorf("refs = %v", f.Properties)
	}
	if !strings.Contains(f.Message, "not at HEAD but on feature, v0.1") {
		t.Errorf("message = %q", f.Message)
	}
}

func TestLeakInMergeCommit(t *testing.T) {
	g := historytest.NewMemory(t)
	c1 := g.Commit("main", "init", historytest.Files{"README.md": "hello\n"})
	c2 := g.Commit("main", "main work", historytest.Files{"README.md": "hello\n", "a.txt": "a\n"}, c1)
	c3 := g.Commit("feature", "feature work", historytest.Files{"README.md": "hello\n", "b.txt": "b\n"}, c1)
	m := g.Commit("main", "merge feature", historytest.Files{"README.md": "hello\n", "a.txt": "a\n", "b.txt": "b\n", "merge.env": leak}, c2, c3)
	for _, o := range []Options{{}, {Range: c2.String() + ".." + m.String()}} {
		res := scanMem(t, g, o)
		if got := rulesOf(res.Findings); !slices.Equal(got, leakRules) {
			t.Fatalf("range %q: rules = %v", o.Range, got)
		}
		f := byRule(t, res.Findings, "vipps-client-secret", "merge.env")
		if f.Properties["commit"] != m.String() || f.Properties["presentAtHead"] != true {
			t.Errorf("range %q: properties = %v", o.Range, f.Properties)
		}
		if !strings.Contains(f.Message, "still at HEAD in merge.env:2") && !strings.Contains(f.Message, "in merge.env:2") {
			t.Errorf("message = %q", f.Message)
		}
	}
}

func TestInvalidUTF8AndBinary(t *testing.T) {
	g := historytest.NewMemory(t)
	g.Commit("main", "files", historytest.Files{
		"notes.txt": "caf\xe9 \xff\xfe\n" + leak,
		"image.bin": "\x89PNG\x00\x00\x00" + leak,
	})
	res := scanMem(t, g, Options{})
	if got := rulesOf(res.Findings); !slices.Equal(got, leakRules) {
		t.Fatalf("rules = %v", got)
	}
	for _, f := range res.Findings {
		if f.Location.Path != "notes.txt" {
			t.Errorf("finding in %s", f.Location.Path)
		}
	}
	if res.Skipped != 1 || res.Blobs != 2 {
		t.Errorf("skipped %d blobs %d", res.Skipped, res.Blobs)
	}
	// The skip is named in the notices, not only counted.
	var named []string
	for _, n := range res.Notices {
		if n.Level == report.LevelNote && strings.Contains(n.Message, "binary file skipped") {
			named = append(named, n.Path)
		}
	}
	if !slices.Equal(named, []string{"image.bin"}) {
		t.Errorf("binary skips named in notices: %v, want [image.bin]", named)
	}
}

// TestBinaryPathNamedOnce: every binary version of a path is counted, and
// the path is named once.
func TestBinaryPathNamedOnce(t *testing.T) {
	g := historytest.NewMemory(t)
	c1 := g.Commit("main", "v1", historytest.Files{"logo.png": "\x89PNG\x00\x01"})
	g.Commit("main", "v2", historytest.Files{"logo.png": "\x89PNG\x00\x02"}, c1)
	res := scanMem(t, g, Options{})
	n := 0
	for _, x := range res.Notices {
		if x.Path == "logo.png" {
			n++
		}
	}
	if res.Skipped != 2 || n != 1 {
		t.Errorf("skipped %d, named %d times; want 2 and 1", res.Skipped, n)
	}
}

func TestRangeExcludesLeakBeforeBase(t *testing.T) {
	g := historytest.NewMemory(t)
	c1 := g.Commit("main", "old leak", historytest.Files{"old.env": leak})
	base := g.Commit("main", "docs", historytest.Files{"old.env": leak, "README.md": "x\n"}, c1)
	c3 := g.Commit("main", "docs 2", historytest.Files{"old.env": leak, "README.md": "y\n"}, base)
	res := scanMem(t, g, Options{Range: base.String() + "..HEAD"})
	if len(res.Findings) != 0 || res.Commits != 1 {
		t.Fatalf("range scan found %v in %d commits", res.Findings, res.Commits)
	}
	c4 := g.Commit("main", "new leak", historytest.Files{"old.env": leak, "README.md": "y\n", "new.env": strings.ReplaceAll(leak, "WAWaB27SsyM5HC1PY0Pmdg==", "2sQEcpAGa8PHRSUbj0XYTw==")}, c3)
	res = scanMem(t, g, Options{Range: base.String() + ".."})
	if res.Commits != 2 || len(res.Findings) != 4 {
		t.Fatalf("commits %d, findings %v", res.Commits, res.Findings)
	}
	for _, f := range res.Findings {
		if f.Location.Path != "new.env" || f.Properties["commit"] != c4.String() {
			t.Errorf("finding %s at %s in %v", f.RuleID, f.Location.Path, f.Properties["commit"])
		}
	}
	if res.Range != base.String()+".." {
		t.Errorf("range = %q", res.Range)
	}
	if _, err := ScanRepository(context.Background(), g.Repo, Options{Engine: scanner.New(scanner.Options{}), Range: "nope..HEAD"}); err == nil {
		t.Error("bad range: no error")
	}
}

func TestSecretKeptThroughEdits(t *testing.T) {
	g := historytest.NewMemory(t)
	var first, last plumbing.Hash
	content := leak
	var parents []plumbing.Hash
	for i := range 6 {
		content = "# edit " + string(rune('a'+i)) + "\n" + content
		h := g.Commit("main", "edit", historytest.Files{"app.env": content}, parents...)
		if i == 0 {
			first = h
		}
		last = h
		parents = []plumbing.Hash{h}
	}
	res := scanMem(t, g, Options{})
	if got := rulesOf(res.Findings); !slices.Equal(got, leakRules) {
		t.Fatalf("rules = %v", got)
	}
	f := byRule(t, res.Findings, "vipps-client-secret", "app.env")
	if f.Properties["commit"] != first.String() || f.Properties["lastCommit"] != last.String() || f.Properties["presentAtHead"] != true {
		t.Errorf("properties = %v", f.Properties)
	}
	if f.Location.Line != 3 {
		t.Errorf("line at the introducing commit = %d, want 3", f.Location.Line)
	}
	if !strings.Contains(f.Message, "still at HEAD in app.env:8") {
		t.Errorf("message = %q", f.Message)
	}
	if res.InHead != 4 || res.OnlyHistory != 0 {
		t.Errorf("in head %d only history %d", res.InHead, res.OnlyHistory)
	}
}

func TestSecretDeletedAtHead(t *testing.T) {
	g := historytest.NewMemory(t)
	c1 := g.Commit("main", "add", historytest.Files{"app.env": leak})
	c2 := g.Commit("main", "edit", historytest.Files{"app.env": "# comment\n" + leak}, c1)
	c3 := g.Commit("main", "edit", historytest.Files{"app.env": "# comment 2\n" + leak}, c2)
	c4 := g.Commit("main", "rotate", historytest.Files{"app.env": "# keys in the vault\n"}, c3)
	f := byRule(t, scanMem(t, g, Options{}).Findings, "vipps-subscription-key", "app.env")
	if f.Properties["commit"] != c1.String() || f.Properties["lastCommit"] != c3.String() || f.Properties["removedIn"] != c4.String() || f.Properties["presentAtHead"] != false {
		t.Errorf("properties = %v", f.Properties)
	}
}

func TestMovedSecret(t *testing.T) {
	g := historytest.NewMemory(t)
	c1 := g.Commit("main", "add", historytest.Files{"old/app.env": leak})
	c2 := g.Commit("main", "move", historytest.Files{"new/app.env": leak}, c1)
	res := scanMem(t, g, Options{})
	if len(res.Findings) != 8 {
		t.Fatalf("findings = %d, want 8", len(res.Findings))
	}
	old := byRule(t, res.Findings, "vipps-client-secret", "old/app.env")
	moved := byRule(t, res.Findings, "vipps-client-secret", "new/app.env")
	if old.Properties["commit"] != c1.String() || old.Properties["removedIn"] != c2.String() || moved.Properties["commit"] != c2.String() {
		t.Errorf("old %v, new %v", old.Properties, moved.Properties)
	}
	if n := len(moved.Related); n != 1 || moved.Related[0].Location.Path != "old/app.env" {
		t.Errorf("related = %v", moved.Related)
	}
	// Still-present secrets come first.
	if !PresentAtHead(res.Findings[0]) || PresentAtHead(res.Findings[len(res.Findings)-1]) {
		t.Errorf("order: first %v, last %v", res.Findings[0].Properties, res.Findings[len(res.Findings)-1].Properties)
	}
}

func TestSameSetInSeveralFiles(t *testing.T) {
	g := historytest.NewMemory(t)
	g.Commit("main", "add", historytest.Files{"a.env": leak, "b.env": leak})
	res := scanMem(t, g, Options{})
	n := 0
	for _, f := range res.Findings {
		if f.RuleID == "vipps-credential-set" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("credential sets = %d, want one per file", n)
	}
}

func TestMaxFileSizeAndExclude(t *testing.T) {
	g := historytest.NewMemory(t)
	g.Commit("main", "add", historytest.Files{"big.env": leak + strings.Repeat("x", 2000), "vendor/x.env": leak, "ok.txt": "fine\n"})
	res := scanMem(t, g, Options{MaxFileSize: 1000, Exclude: func(p string) bool { return strings.HasPrefix(p, "vendor/") }})
	if len(res.Findings) != 0 || res.Skipped != 1 || len(res.Notices) != 1 {
		t.Errorf("findings %v, skipped %d, notices %v", res.Findings, res.Skipped, res.Notices)
	}
}

// diskRepo builds a small history on disk.
func diskRepo(t *testing.T) (string, *historytest.Repo, []plumbing.Hash) {
	dir := t.TempDir()
	g := historytest.NewDisk(t, dir)
	var hs []plumbing.Hash
	files := historytest.Files{"README.md": "hello\n"}
	var parents []plumbing.Hash
	for i := range 30 {
		files = historytest.Files{"README.md": strings.Repeat("hello world\n", i+1), "src/main.go": "package main\n// v" + strings.Repeat("x", i) + "\n"}
		if i == 10 {
			files["config/app.env"] = leak
		}
		h := g.Commit("main", "c", files, parents...)
		hs = append(hs, h)
		parents = []plumbing.Hash{h}
	}
	return dir, g, hs
}

func TestPackedAndLooseAgree(t *testing.T) {
	dir, g, hs := diskRepo(t)
	e := scanner.New(scanner.Options{})
	loose, err := Scan(context.Background(), dir, Options{Engine: e})
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Repo.RepackObjects(&git.RepackConfig{}); err != nil {
		t.Fatal(err)
	}
	packs, _ := filepath.Glob(filepath.Join(dir, ".git", "objects", "pack", "*.pack"))
	if len(packs) == 0 {
		t.Fatal("no pack written")
	}
	packed, err := Scan(context.Background(), dir, Options{Engine: e})
	if err != nil {
		t.Fatal(err)
	}
	if len(loose.Findings) != 4 || len(packed.Findings) != 4 || loose.Blobs != packed.Blobs || loose.Bytes != packed.Bytes {
		t.Fatalf("loose %d findings %d blobs %d bytes, packed %d findings %d blobs %d bytes",
			len(loose.Findings), loose.Blobs, loose.Bytes, len(packed.Findings), packed.Blobs, packed.Bytes)
	}
	f := byRule(t, packed.Findings, "vipps-client-id", "config/app.env")
	if f.Properties["commit"] != hs[10].String() || f.Properties["lastCommit"] != hs[10].String() || f.Properties["removedIn"] != hs[11].String() {
		t.Errorf("properties = %v", f.Properties)
	}
}

func TestShallowClone(t *testing.T) {
	dir, _, hs := diskRepo(t)
	if err := os.WriteFile(filepath.Join(dir, ".git", "shallow"), []byte(hs[20].String()+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e := scanner.New(scanner.Options{})
	_, err := Scan(context.Background(), dir, Options{Engine: e})
	if !errors.Is(err, ErrShallow) || !strings.Contains(err.Error(), "--allow-shallow") {
		t.Fatalf("err = %v, want a shallow clone error", err)
	}
	res, err := Scan(context.Background(), dir, Options{Engine: e, AllowShallow: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Shallow != 1 || res.Commits != 10 || len(res.Notices) == 0 || !strings.Contains(res.Notices[0].Message, "shallow") {
		t.Errorf("shallow %d commits %d notices %v", res.Shallow, res.Commits, res.Notices)
	}
	if _, ok := res.Scope()["shallow"]; !ok {
		t.Errorf("scope = %v", res.Scope())
	}
}

func TestCorruptObjectReported(t *testing.T) {
	dir, _, _ := diskRepo(t)
	// Corrupt one loose blob: the README of the last commit.
	blob := plumbing.ComputeHash(plumbing.BlobObject, []byte(strings.Repeat("hello world\n", 30)))
	p := filepath.Join(dir, ".git", "objects", blob.String()[:2], blob.String()[2:])
	if err := os.WriteFile(p, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Scan(context.Background(), dir, Options{Engine: scanner.New(scanner.Options{})})
	if err != nil {
		t.Fatal(err)
	}
	if res.Errors != 1 || len(res.Notices) != 1 || !strings.Contains(res.Notices[0].Message, blob.String()) {
		t.Errorf("errors %d notices %v", res.Errors, res.Notices)
	}
	if len(res.Findings) != 4 {
		t.Errorf("findings = %d", len(res.Findings))
	}
}

func TestStaged(t *testing.T) {
	dir := t.TempDir()
	g := historytest.NewDisk(t, dir)
	e := scanner.New(scanner.Options{})
	// No HEAD yet: every index entry.
	write := func(name, content string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wt, err := g.Repo.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	write("first.env", leak)
	if _, err := wt.Add("first.env"); err != nil {
		t.Fatal(err)
	}
	res, err := ScanStaged(context.Background(), dir, Options{Engine: e})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 4 {
		t.Fatalf("before the first commit: %d findings", len(res.Findings))
	}
	// Commit it, then stage a clean edit and leave a leak unstaged.
	write("first.env", "# moved to the vault\n")
	write("app.go", "package main\n")
	for _, p := range []string{"first.env", "app.go"} {
		if _, err := wt.Add(p); err != nil {
			t.Fatal(err)
		}
	}
	sig := &object.Signature{Name: "Dev", Email: "dev@example.no", When: g.When}
	if _, err := wt.Commit("init", &git.CommitOptions{Author: sig, Committer: sig}); err != nil {
		t.Fatal(err)
	}
	write("app.go", "package main\n// staged edit\n")
	if _, err := wt.Add("app.go"); err != nil {
		t.Fatal(err)
	}
	write("app.go", "package main\n/*\n"+leak+"*/\n") // unstaged
	write("untracked.env", leak)
	res, err = ScanStaged(context.Background(), dir, Options{Engine: e})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 0 || res.Blobs != 1 {
		t.Fatalf("unstaged leak: findings %v, blobs %d", res.Findings, res.Blobs)
	}
	// Stage the leak.
	if _, err := wt.Add("app.go"); err != nil {
		t.Fatal(err)
	}
	res, err = ScanStaged(context.Background(), dir, Options{Engine: e})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 4 || res.Findings[0].Location.Path != "app.go" || res.Findings[0].Location.Line != 3 {
		t.Fatalf("staged leak: %v", res.Findings)
	}
}

// TestMisuseOnlyWhileHeld: a mutable MSN fixed in a later commit is not
// reported (the code no longer does it); one still at HEAD is, with its
// introducing commit and without "rotate the key".
func TestMisuseOnlyWhileHeld(t *testing.T) {
	// Go, whose MSN check runs in builds with and without cgo.
	bad := "package p // vipps partner\n\nfunc pay(c echo.Context) {\n\treq.Header.Set(\"Merchant-Serial-Number\", c.QueryParam(\"msn\"))\n}\n"
	good := "package p // vipps partner\n\nfunc pay(c echo.Context) {\n\treq.Header.Set(\"Merchant-Serial-Number\", cfg.MSN)\n}\n"
	g := historytest.NewMemory(t)
	c1 := g.Commit("main", "pay", historytest.Files{"pay.go": bad, "refund.go": bad})
	g.Commit("main", "fix pay", historytest.Files{"pay.go": good, "refund.go": bad}, c1)
	res := scanMem(t, g, Options{})
	if len(res.Findings) != 1 {
		t.Fatalf("want one finding (refund.go at HEAD), got %d: %v", len(res.Findings), rulesOf(res.Findings))
	}
	f := res.Findings[0]
	if f.RuleID != "vipps-mutable-msn" || f.Location.Path != "refund.go" || f.Properties["commit"] != c1.String() || f.Properties["presentAtHead"] != true {
		t.Errorf("finding = %+v", f)
	}
	if strings.Contains(f.Message, "rotate") {
		t.Errorf("a misuse has no key to rotate: %q", f.Message)
	}
}
