package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// copyTree copies a fixture directory into a fresh temporary directory
// outside any git repository, so that reported paths start at its root.
func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/vippslint -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the output; run go test ./cmd/vippslint -run %s -update and review the diff.\ngot:\n%s", name, t.Name(), got)
	}
}

var rootURI = regexp.MustCompile(`"uri": "file:///[^"]*"`)

// TestScanGolden scans the fixture tree of every format and compares the
// text and SARIF output with the golden files.
func TestScanGolden(t *testing.T) {
	dir := copyTree(t, filepath.Join("..", "..", "testdata", "scan"))
	code, out, stderr := runCLI(t, "scan", "--color", "never", dir)
	if code != exitFindings {
		t.Fatalf("exit %d, want 1; stderr: %s", code, stderr)
	}
	golden(t, "scan.golden.txt", out)

	code, out, _ = runCLI(t, "scan", "--format", "sarif", dir)
	if code != exitFindings {
		t.Fatalf("sarif: exit %d, want 1", code)
	}
	out = rootURI.ReplaceAllString(out, `"uri": "file:///ROOT/"`)
	out = strings.ReplaceAll(out, `"version": "`+version()+`"`, `"version": "VERSION"`)
	out = strings.ReplaceAll(out, `"semanticVersion": "`+version()+`"`, `"semanticVersion": "VERSION"`)
	golden(t, "scan.golden.sarif", out)

	log := decodeSARIF(t, []byte(out))
	run := log.Runs[0]
	for _, r := range run.Results {
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %s has ruleIndex %d pointing at %s", r.RuleID, r.RuleIndex, run.Tool.Driver.Rules[r.RuleIndex].ID)
		}
	}
}

// fakeKeys are the raw fixture secrets; none may appear in redacted output.
var fakeKeys = []string{
	"AkZA6GSgdse9kCI9typAKQ==", "f9bd99ce69130bb712578066bb377f0c", "e6f6bc1c6c5914bd8972d734c655b8c1",
	"9c4b1e7a2d8f3065b1a4c7e9d2f5a8b3", "7a3e9c1b5d2f8064a9c3e7b1d5f2a8c4", "dKxXp0Py8F1qljL3XKb2jg==",
}

func TestRedaction(t *testing.T) {
	dir := copyTree(t, filepath.Join("..", "..", "testdata", "scan"))
	for _, format := range []string{"text", "json", "sarif", "github"} {
		_, out, stderr := runCLI(t, "scan", "--format", format, "--verbose", dir)
		for _, k := range fakeKeys {
			if strings.Contains(out+stderr, k) {
				t.Errorf("%s output contains the secret %s…", format, k[:4])
			}
		}
	}
	_, out, _ := runCLI(t, "scan", "--no-redact", dir)
	if !strings.Contains(out, fakeKeys[0]) {
		t.Error("--no-redact should print the secret")
	}
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const leak = "VIPPS_CLIENT_ID=ba4e7647-05c5-4edd-b624-04ab8616469c\nVIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg==\n"

func TestExitCodes(t *testing.T) {
	clean := t.TempDir()
	write(t, clean, "main.go", "package main\n\nfunc main() {}\n")
	dirty := t.TempDir()
	write(t, dirty, ".env", leak)
	badcfg := t.TempDir()
	write(t, badcfg, ".vippslint.yaml", "exclude:\n  - vendor/**\nmerchant_visibel:\n  - x\n")
	for _, c := range []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"clean", []string{"scan", clean}, 0, ""},
		{"findings", []string{"scan", dirty}, 1, ""},
		{"flags after path", []string{"scan", dirty, "--format", "json"}, 1, ""},
		{"unknown flag", []string{"scan", "--nope", clean}, 2, "flag provided but not defined"},
		{"unknown format", []string{"scan", "--format", "xml", clean}, 2, `unknown --format "xml"`},
		{"missing path", []string{"scan", filepath.Join(clean, "nope")}, 2, "no such file"},
		{"bad config", []string{"scan", badcfg}, 2, `.vippslint.yaml: line 3: unknown setting "merchant_visibel"`},
		{"unknown command", []string{"scna"}, 2, "unknown command"},
		{"explain unknown", []string{"explain", "vipps-nope"}, 2, "unknown rule"},
		{"only-verified without verify", []string{"scan", "--only-verified", clean}, 2, "--only-verified needs --verify"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, c.code, stderr)
			}
			if c.err != "" && !strings.Contains(stderr, c.err) {
				t.Errorf("stderr %q does not say %q", stderr, c.err)
			}
		})
	}
}

func TestRulesAndExplain(t *testing.T) {
	code, out, _ := runCLI(t, "rules")
	if code != 0 || strings.Count(out, "\nvipps-") != 12 {
		t.Errorf("rules: exit %d, listing:\n%s", code, out)
	}
	code, out, _ = runCLI(t, "explain", "vipps-subscription-key")
	if code != 0 || !strings.Contains(out, "Regenerate") || !strings.Contains(out, "Ocp-Apim-Subscription-Key") {
		t.Errorf("explain: exit %d:\n%s", code, out)
	}
}

func readFile(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestTextEscapesControlCharacters: a file name with ESC or a newline
// cannot recolour the terminal or forge a report line, in the report or
// in the notices on stderr.
func TestTextEscapesControlCharacters(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "evil\x1b[2J\nfake.go:1:1: all clear [none]\n.env", leak)
	write(t, dir, "bin\x1b]0;x\a.dat", "x\x00y")
	code, out, stderr := runCLI(t, "scan", "--color", "never", "--verbose", dir)
	if code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.ContainsAny(out+stderr, "\x1b\a") {
		t.Errorf("control characters printed raw:\n%q\n%q", out, stderr)
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(l, `evil\x1b[2J\nfake.go:1:1: all clear [none]\n.env:`) {
			t.Errorf("a file name forged or split a line: %q", l)
		}
	}
	if !strings.Contains(stderr, `bin\x1b]0;x\a.dat: binary file skipped`) {
		t.Errorf("notice path not escaped: %q", stderr)
	}
}

// TestOutputAtomic: runs writing the same --output file at once leave one
// whole report, never a mix, and no temporary files behind.
func TestOutputAtomic(t *testing.T) {
	big := copyTree(t, filepath.Join("..", "..", "testdata", "scan"))
	small := t.TempDir()
	write(t, small, ".env", leak)
	outDir := t.TempDir()
	out := filepath.Join(outDir, "report.json")
	for i := 0; i < 40; i++ {
		var wg sync.WaitGroup
		for _, dir := range []string{big, small} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var o, e bytes.Buffer
				run([]string{"scan", "--format", "json", "--output", out, dir}, &o, &e)
			}()
		}
		wg.Wait()
		var rep struct {
			Findings []json.RawMessage `json:"findings"`
		}
		if err := json.Unmarshal(readFile(t, out), &rep); err != nil || len(rep.Findings) == 0 {
			t.Fatalf("round %d: the report is not one whole JSON report: %v", i, err)
		}
	}
	if ents, _ := os.ReadDir(outDir); len(ents) != 1 {
		t.Errorf("temporary files left behind: %v", ents)
	}
	if st, err := os.Stat(out); err != nil || st.Mode().Perm() != reportPerm {
		t.Errorf("report mode %v, %v", st.Mode(), err)
	}
}

// TestFailLevel: --fail-level decides which findings fail the run; every
// finding is still reported.
func TestFailLevel(t *testing.T) {
	warn := t.TempDir() // a secret passed to a log call: a warning, and the secret itself: an error
	write(t, warn, "vipps.py", "import logging\nlogging.info('token %s', os.environ['VIPPS_CLIENT_SECRET'])\n")
	errs := t.TempDir()
	write(t, errs, ".env", leak)
	for _, c := range []struct {
		level string
		dir   string
		code  int
	}{
		{"note", warn, exitFindings}, {"warning", warn, exitFindings}, {"error", warn, exitClean},
		{"error", errs, exitFindings},
	} {
		code, out, stderr := runCLI(t, "scan", "--fail-level", c.level, c.dir)
		if code != c.code || out == "" {
			t.Errorf("--fail-level %s on %s: exit %d, want %d; output:\n%s%s", c.level, filepath.Base(c.dir), code, c.code, out, stderr)
		}
	}
	if code, _, _ := runCLI(t, "scan", warn); code != exitFindings {
		t.Errorf("default --fail-level: exit %d, want 1", code)
	}
	if code, _, stderr := runCLI(t, "scan", "--fail-level", "high", warn); code != exitUsage || !strings.Contains(stderr, "unknown --fail-level") {
		t.Errorf("bad --fail-level: exit %d %q", code, stderr)
	}
	for _, cmd := range []string{"git", "staged", "analyze"} {
		if code, _, stderr := runCLI(t, cmd, "--fail-level", "sometimes"); code != exitUsage || !strings.Contains(stderr, "unknown --fail-level") {
			t.Errorf("%s --fail-level: exit %d %q", cmd, code, stderr)
		}
	}
}
