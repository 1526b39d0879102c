package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/vippslint/vippslint/scanner/history/historytest"
)

// TestSkippedFilesAlwaysListed: binary, oversize and symlinked-directory
// skips are in scope.skipped, the JSON notices and SARIF's tool execution
// notifications with or without --verbose; --verbose changes stderr only.
func TestSkippedFilesAlwaysListed(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "img/logo.png", "\x89PNG\x00\x00vipps")
	write(t, dir, "big/dump.sql", strings.Repeat("-- vipps\n", 400))
	write(t, dir, "real/.env", leak)
	if err := os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	skipped := []string{"img/logo.png", "big/dump.sql", "link"}
	for _, verbose := range []bool{false, true} {
		args := []string{"scan", "--format", "json", "--max-file-size", "1KiB", dir}
		if verbose {
			args = append([]string{"scan", "--verbose"}, args[1:]...)
		}
		_, out, stderr := runCLI(t, args...)
		r := decodeJSON(t, []byte(out))
		if r.Scope["skipped"] != float64(len(skipped)) {
			t.Errorf("verbose=%v: scope.skipped = %v, want %d", verbose, r.Scope["skipped"], len(skipped))
		}
		for _, p := range skipped {
			found := false
			for _, n := range r.Notices {
				found = found || n.Path == p
			}
			if !found {
				t.Errorf("verbose=%v: no notice for %s: %+v", verbose, p, r.Notices)
			}
		}
		// stderr: the size limit always; files skipped on purpose only with --verbose.
		if !strings.Contains(stderr, "big/dump.sql: skipped") {
			t.Errorf("verbose=%v: stderr lacks the oversize warning: %s", verbose, stderr)
		}
		if got := strings.Contains(stderr, "img/logo.png: binary file skipped"); got != verbose {
			t.Errorf("verbose=%v: stderr names the binary file: %v\n%s", verbose, got, stderr)
		}
		_, sarif, _ := runCLI(t, "scan", "--format", "sarif", "--max-file-size", "1KiB", dir)
		for _, p := range skipped {
			if !strings.Contains(sarif, `"uri": "`+p+`"`) {
				t.Errorf("SARIF notifications lack %s", p)
			}
		}
		if !strings.Contains(sarif, `"level": "note"`) {
			t.Error("SARIF: a binary file's notification should be a note")
		}
	}

	// staged lists a staged binary file too.
	repo := stagedRepo(t, map[string]string{"logo.png": "\x89PNG\x00\x00vipps"})
	_, out, _ := runCLI(t, "staged", "--format", "json", repo)
	if r := decodeJSON(t, []byte(out)); len(r.Notices) != 1 || r.Notices[0].Path != "logo.png" || r.Scope["skipped"] != float64(1) {
		t.Errorf("staged: notices %+v, scope %v", r.Notices, r.Scope)
	}
}

// TestOwnReportSkippedOnlyWhenRedacted: a redacted report in the tree is
// skipped, and the skip is said on stderr and in the notices; a report
// written with --no-redact is a leak like any other file, for scan, staged
// and git.
func TestOwnReportSkippedOnlyWhenRedacted(t *testing.T) {
	src := t.TempDir()
	write(t, src, ".env", leak)
	dir := t.TempDir()
	for _, format := range []string{"json", "sarif"} {
		runCLI(t, "scan", "--format", format, "--output", filepath.Join(dir, "redacted."+format), src)
		runCLI(t, "scan", "--no-redact", "--format", format, "--output", filepath.Join(dir, "full."+format), src)
	}
	code, out, stderr := runCLI(t, "scan", "--format", "json", dir)
	if code != exitFindings {
		t.Fatalf("exit %d; stderr %s", code, stderr)
	}
	r := decodeJSON(t, []byte(out))
	paths := map[string]bool{}
	for _, f := range r.Findings {
		paths[f.Location.Path] = true
	}
	if !paths["full.json"] || !paths["full.sarif"] || paths["redacted.json"] || paths["redacted.sarif"] {
		t.Errorf("findings in %v; want the --no-redact reports only", paths)
	}
	for _, p := range []string{"redacted.json", "redacted.sarif"} {
		if !strings.Contains(stderr, p+": skipped: a vippslint report with every key in it redacted") {
			t.Errorf("stderr does not say %s was skipped: %s", p, stderr)
		}
		said := false
		for _, n := range r.Notices {
			said = said || n.Path == p && strings.Contains(n.Message, "vippslint report")
		}
		if !said {
			t.Errorf("notices do not say %s was skipped: %+v", p, r.Notices)
		}
	}

	// staged and git never skip a report, redacted or not.
	full := string(readFile(t, filepath.Join(dir, "full.json")))
	redacted := string(readFile(t, filepath.Join(dir, "redacted.json")))
	repo := t.TempDir()
	g := historytest.NewDisk(t, repo)
	g.Commit("main", "reports", historytest.Files{"full.json": full, "redacted.json": redacted})
	code, out, stderr = runCLI(t, "git", "--format", "json", repo)
	if r := decodeJSON(t, []byte(out)); code != exitFindings || len(r.Findings) == 0 || strings.Contains(out+stderr, "vippslint report") {
		t.Errorf("git: exit %d, %d findings; a report was skipped?\n%s", code, len(r.Findings), stderr)
	}
	staged := stagedRepo(t, map[string]string{"vippslint.json": full})
	if code, out, _ := runCLI(t, "staged", staged); code != exitFindings || !strings.Contains(out, "vippslint.json:") {
		t.Errorf("staged: a --no-redact report was let through: exit %d\n%s", code, out)
	}
}

// stagedRepo makes a git repository with one commit (a README) and files
// staged on top of it, for the staged command.
func stagedRepo(t *testing.T, files map[string]string) string {
	t.Helper()
	repo := t.TempDir()
	g := historytest.NewDisk(t, repo)
	wt, err := g.Repo.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	write(t, repo, "README.md", "x\n")
	if _, err := wt.Add("README.md"); err != nil {
		t.Fatal(err)
	}
	sig := &object.Signature{Name: "Dev", Email: "dev@example.no", When: g.When}
	if _, err := wt.Commit("init", &git.CommitOptions{Author: sig, Committer: sig}); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		write(t, repo, name, content)
		if _, err := wt.Add(name); err != nil {
			t.Fatal(err)
		}
	}
	return repo
}
