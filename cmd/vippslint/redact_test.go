package main

import (
	"os"
	"strings"
	"testing"

	"github.com/vippslint/vippslint/scanner/history/historytest"
)

// otherKeys are fakes that sit on a finding's line without being its
// value: an old secret in a comment, an unbound GUID, a JWT.
var otherKeys = []string{
	"Fb7kQ2pX9sLmN4vR8tYwZ1cD3eGhJ5kL0oPqRsTuVw8=",
	"d41e8a27-6c3b-4f95-b0a2-97e1c5d38f64",
	"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4eXoifQ.c2lnbmF0dXJlLXRoYXQtaXMtZmFrZQ",
}

// otherKeyLine has a finding (the client secret) and other keys beside it.
var otherKeyLine = "VIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg== # old secret was " + otherKeys[0] + ", id " + otherKeys[1] + " token " + otherKeys[2] + "\n"

func assertNoKeys(t *testing.T, what, out string, keys ...string) {
	t.Helper()
	for _, k := range keys {
		if strings.Contains(out, k[:12]) {
			t.Errorf("%s holds a key (%.4s…):\n%s", what, k, out)
		}
	}
}

// TestSnippetsRedactEveryKey: every key on a finding's line is redacted in
// every format of scan, git and staged, and in the action's SARIF.
func TestSnippetsRedactEveryKey(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, ".env", otherKeyLine)
	for _, format := range []string{"text", "json", "sarif", "github"} {
		code, out, stderr := runCLI(t, "scan", "--format", format, dir)
		if code != exitFindings {
			t.Fatalf("scan %s: exit %d %s", format, code, stderr)
		}
		assertNoKeys(t, "scan --format "+format, out+stderr, append(otherKeys, "WAWaB27SsyM5HC1PY0Pmdg==")...)
	}
	_, out, _ := runCLI(t, "scan", "--format", "json", dir)
	if !strings.Contains(out, "# old secret was Fb7k…(44 chars), id d41e…(36 chars) token eyJh…(") {
		t.Errorf("snippet does not show the redacted keys:\n%s", out)
	}
	if _, out, _ := runCLI(t, "scan", "--no-redact", "--format", "json", dir); !strings.Contains(out, otherKeys[0]) {
		t.Error("--no-redact should print the line in full")
	}

	repo := t.TempDir()
	g := historytest.NewDisk(t, repo)
	g.Commit("main", "leak", historytest.Files{"app.env": otherKeyLine})
	for _, format := range []string{"json", "sarif"} {
		code, out, stderr := runCLI(t, "git", "--format", format, repo)
		if code != exitFindings {
			t.Fatalf("git: exit %d %s", code, stderr)
		}
		assertNoKeys(t, "git --format "+format, out+stderr, otherKeys...)
	}

	staged := stagedRepo(t, map[string]string{"app.env": otherKeyLine})
	code, out, stderr := runCLI(t, "staged", "--format", "sarif", staged)
	if code != exitFindings {
		t.Fatalf("staged: exit %d %s", code, stderr)
	}
	assertNoKeys(t, "staged --format sarif", out+stderr, otherKeys...)

	tr := newTestRepo(t)
	tr.commit("initial", map[string]string{"app.env": otherKeyLine})
	res := runActionTest(t, tr.dir, "workflow_dispatch", event(t, "workflow_dispatch.json", nil))
	assertNoKeys(t, "the action's SARIF, annotations and summary", res.sarif+res.stdout+res.summary+res.stderr, otherKeys...)
}

// TestSnippetCentredOnLongLine: a minified file's snippet shows the
// finding, not the first 200 characters of the line.
func TestSnippetCentredOnLongLine(t *testing.T) {
	dir := t.TempDir()
	pad := strings.Repeat("x=1;", 300)
	write(t, dir, "app.min.js", pad+`const vipps={clientSecret:"WAWaB27SsyM5HC1PY0Pmdg=="};`+pad+"\n")
	_, out, _ := runCLI(t, "scan", "--format", "json", dir)
	if !strings.Contains(out, `clientSecret:\"WAWa…(24 chars)\"`) {
		t.Errorf("snippet is not centred on the finding:\n%s", out)
	}
}

// TestErrorsRedactKeys: a key pasted into the config or an ignore comment
// is never echoed in full.
func TestErrorsRedactKeys(t *testing.T) {
	key := otherKeys[0]
	for name, cfg := range map[string]string{
		"max_file_size": "max_file_size: " + key + "\n",
		"disable":       "disable: [" + key + "]\n",
		"glob":          "exclude: [\"[" + key + "\"]\n",
		"key":           key + ": 1\n",
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, ".vippslint.yaml", cfg)
			code, out, stderr := runCLI(t, "scan", dir)
			if code != exitUsage || !strings.Contains(stderr, ".vippslint.yaml: line 1") {
				t.Errorf("exit %d, stderr %q", code, stderr)
			}
			assertNoKeys(t, "the config error", out+stderr, key)
		})
	}
	code, _, stderr := runCLI(t, "scan", "--max-file-size", key, t.TempDir())
	if code != exitUsage || !strings.Contains(stderr, "bad size") {
		t.Errorf("--max-file-size: exit %d %q", code, stderr)
	}
	assertNoKeys(t, "the flag error", stderr, key)

	dir := t.TempDir()
	write(t, dir, "app.env", "# vippslint:ignore "+key+" rotated\nVIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg==\n")
	for _, format := range []string{"text", "json", "sarif", "github"} {
		_, out, stderr := runCLI(t, "scan", "--format", format, dir)
		if !strings.Contains(out, "unknown rule") {
			t.Errorf("%s: the malformed directive is not reported:\n%s", format, out)
		}
		assertNoKeys(t, "the unknown-rule message ("+format+")", out+stderr, key)
	}
}

func TestRedactingWriterKeepsTerminal(t *testing.T) {
	if isTerminal(redactingWriter{os.Stdout}) != isTerminal(os.Stdout) {
		t.Error("isTerminal does not look through the redacting writer")
	}
}
