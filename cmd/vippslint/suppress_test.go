package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func findingsOf(t *testing.T, args ...string) (int, []jsonFinding) {

	t.Helper()
	code, out, stderr := runCLI(t, append([]string{"scan", "--format", "json"}, args...)...)
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("json output: %v\n%s\n%s", err, out, stderr)
	}
	return code, rep.Findings
}

func TestInlineIgnore(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.env", "# vippslint:ignore vipps-client-secret,vipps-client-id rotated in 2025, kept for the docs\n"+leak)
	write(t, dir, "b.py", "# vipps\nSECRET = 'x'\nVIPPS_CLIENT_SECRET = 'nbL/TdsAISC+8v1Upc1AGQ=='  # vippslint:ignore vipps-client-secret test double\n")
	write(t, dir, "c.xml", "<!-- vippslint:ignore * generated sample for the vipps docs -->\n<VippsClientSecret>D0sX48QZALF11OKt77KAbA==</VippsClientSecret>\n")
	write(t, dir, "d.js", "// vipps\n/* vippslint:ignore vipps-client-secret */\nconst clientSecret = 'vurgbq60O2an0pTUOBQjKA==';\n")
	code, fs := findingsOf(t, dir)
	got := map[string]int{}
	for _, f := range fs {
		got[f.Location.Path+":"+f.Rule]++
	}
	want := map[string]int{
		"a.env:vipps-client-secret": 1,                                // the directive covers its own line and the next (the id), not line 3
		"d.js:vipps-client-secret":  1, "d.js:vippslint-directive": 1, // no reason: reported, suppresses nothing
	}
	if code != exitFindings || len(got) != len(want) {
		t.Fatalf("exit %d, findings %v, want %v", code, got, want)
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: got %d, want %d (all: %v)", k, got[k], n, got)
		}
	}
}

func TestReportUnusedIgnores(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.go", "package a\n\n// vippslint:ignore vipps-client-secret the key was removed long ago\nvar x = 1\n")
	if code, fs := findingsOf(t, dir); code != 0 || len(fs) != 0 {
		t.Fatalf("without the flag an unused ignore is quiet: exit %d %v", code, fs)
	}
	code, fs := findingsOf(t, "--report-unused-ignores", dir)
	if code != exitFindings || len(fs) != 1 || fs[0].Rule != "vippslint-directive" || fs[0].Location.Line != 3 {
		t.Fatalf("unused ignore not reported: exit %d %+v", code, fs)
	}
}

func TestIgnoreFile(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "keep/.env", leak)
	write(t, dir, "vendor/x/.env", leak)
	_, fs := findingsOf(t, dir)
	var secretFP string
	for _, f := range fs {
		if f.Rule == "vipps-client-secret" && f.Location.Path == "keep/.env" {
			secretFP = f.Fingerprint
		}
	}
	if secretFP == "" || strings.Contains(secretFP, "WAWa") {
		t.Fatalf("no usable fingerprint: %+v", fs)
	}
	write(t, dir, ".vippslintignore", "# reviewed 2026-11-23\nvendor/**\n"+secretFP+"  # fixture key\n")
	_, fs = findingsOf(t, dir)
	for _, f := range fs {
		if strings.HasPrefix(f.Location.Path, "vendor/") || f.Rule == "vipps-client-secret" {
			t.Errorf("ignored finding reported: %+v", f)
		}
	}
	if len(fs) == 0 {
		t.Error("the client id of keep/.env is not ignored and must be reported")
	}
}

// TestBaseline: findings in an earlier report are not reported again, even
// after the line moves; a changed secret on the same line is.
func TestBaseline(t *testing.T) {
	for _, format := range []string{"json", "sarif"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, "app/.env", leak)
			base := filepath.Join(t.TempDir(), "baseline."+format)
			if code, _, _ := runCLI(t, "scan", "--format", format, "--output", base, dir); code != exitFindings {
				t.Fatalf("baseline run: exit %d", code)
			}
			// Lines move: still suppressed.
			write(t, dir, "app/.env", "# moved down\n\n"+leak)
			if code, fs := findingsOf(t, "--baseline", base, dir); code != 0 || len(fs) != 0 {
				t.Fatalf("moved lines: exit %d %+v", code, fs)
			}
			// The secret changes on the same line: reported.
			write(t, dir, "app/.env", "# moved down\n\n"+strings.Replace(leak, "WAWaB27SsyM5HC1PY0Pmdg==", "nbL/TdsAISC+8v1Upc1AGQ==", 1))
			code, fs := findingsOf(t, "--baseline", base, dir)
			if code != exitFindings || len(fs) != 1 || fs[0].Rule != "vipps-client-secret" {
				t.Fatalf("changed secret: exit %d %+v", code, fs)
			}
		})
	}
	code, _, stderr := runCLI(t, "scan", "--baseline", filepath.Join(t.TempDir(), "missing.json"), t.TempDir())
	if code != exitUsage || !strings.Contains(stderr, "baseline") {
		t.Errorf("missing baseline: exit %d %q", code, stderr)
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "bin/blob.dat", "VIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg==\x00\x01\x02")
	write(t, dir, "big/dump.sql", strings.Repeat("-- vipps\n", 400)+leak)
	write(t, dir, "latin1/.env", "# r\xf8dgr\xf8t \xff\xfe\n"+leak)
	write(t, dir, "ok/.env", leak)
	if err := os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "broken")); err != nil {
		t.Fatal(err)
	}
	_ = os.Symlink(filepath.Join(dir, "loop2"), filepath.Join(dir, "loop1"))
	_ = os.Symlink(filepath.Join(dir, "loop1"), filepath.Join(dir, "loop2"))
	_ = os.Symlink(dir, filepath.Join(dir, "ok", "up")) // a directory loop
	code, out, stderr := runCLI(t, "scan", "--verbose", "--max-file-size", "1KiB", dir)
	if code != exitFindings {
		t.Fatalf("exit %d; stderr %s", code, stderr)
	}
	for _, want := range []string{
		"bin/blob.dat: binary file skipped",
		"big/dump.sql: skipped: 3698 bytes is over the 1024-byte limit",
		`broken: broken symlink to "` + filepath.Join(dir, "nowhere") + `" not scanned`,
		"loop1: broken symlink", "ok/up: symlink to a directory not followed",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr)
		}
	}
	for _, want := range []string{"latin1/.env:3:21:", "ok/.env:2:21:"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "bin/blob.dat") || strings.Contains(out, "big/dump.sql") {
		t.Errorf("skipped files reported:\n%s", out)
	}
	if os.Geteuid() != 0 {
		p := write(t, dir, "locked/.env", leak)
		if err := os.Chmod(p, 0); err == nil {
			code, _, stderr = runCLI(t, "scan", dir)
			if code != exitUsage || !strings.Contains(stderr, "locked/.env: cannot read") || !strings.Contains(stderr, "incomplete") {
				t.Errorf("unreadable file: exit %d %q", code, stderr)
			}
		}
	}
}

// TestOwnReportNotScanned: a report written into the scanned tree does not
// produce findings on the next run; another tool's report still does.
func TestOwnReportNotScanned(t *testing.T) {
	dir := copyTree(t, filepath.Join("..", "..", "testdata", "scan"))
	code, first, _ := runCLI(t, "scan", "--format", "json", dir)
	for _, format := range []string{"sarif", "json"} {
		out := filepath.Join(dir, "report."+format)
		if c, _, _ := runCLI(t, "scan", "--format", format, "--output", out, dir); c != code {
			t.Fatalf("%s run: exit %d", format, c)
		}
	}
	code2, second, stderr := runCLI(t, "scan", "--format", "json", "--verbose", dir)
	if code2 != code || strings.Count(second, `"rule":`) != strings.Count(first, `"rule":`) {
		t.Errorf("earlier reports changed the findings: %d -> %d", strings.Count(first, `"rule":`), strings.Count(second, `"rule":`))
	}
	if !strings.Contains(stderr, "report.sarif: skipped: a vippslint report with every key in it redacted") {
		t.Errorf("the skip is not said: %s", stderr)
	}
	write(t, dir, "gitleaks.sarif", `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "gitleaks"}}, "results": [{"message": {"text": "VIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg=="}}]}]}`+"\n")
	if _, out, _ := runCLI(t, "scan", "--format", "json", dir); !strings.Contains(out, `"path": "gitleaks.sarif"`) {
		t.Error("another tool's report that holds a secret is a leak and must be reported")
	}
}

// TestTrailingIgnoreCoversOwnLine: a trailing vippslint:ignore in a .env
// and in a JS object does not silence the next line's secret.
func TestTrailingIgnoreCoversOwnLine(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a/.env", "VIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg== # vippslint:ignore vipps-client-secret,vipps-subscription-key rotated\nVIPPS_SUBSCRIPTION_KEY=b2c7234d9ac3ea2ab8b1097408aef82e\n")
	write(t, dir, "b/vipps.js", "const vipps = {\n  clientSecret: 'WAWaB27SsyM5HC1PY0Pmdg==', // vippslint:ignore * rotated\n  subscriptionKey: 'b2c7234d9ac3ea2ab8b1097408aef82e',\n};\n")
	write(t, dir, "c/.env", "# vippslint:ignore vipps-subscription-key sandbox key\nVIPPS_SUBSCRIPTION_KEY=b2c7234d9ac3ea2ab8b1097408aef82e\n")
	_, out, _ := runCLI(t, "scan", dir)
	for _, want := range []string{"a/.env:2:24: vipps subscription key", "b/vipps.js:3:21: vipps subscription key"} {
		if !strings.Contains(out, want) {
			t.Errorf("a trailing directive silenced the next line: no %q in\n%s", want, out)
		}
	}
	for _, not := range []string{"a/.env:1:", "b/vipps.js:2:", "c/.env"} {
		if strings.Contains(out, not) {
			t.Errorf("a directive did not cover its line (%s):\n%s", not, out)
		}
	}
}
