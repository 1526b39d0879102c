package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vippslint/vippslint/scanner/misuse"
)

func TestLowerFirstKeepsAcronymsAndCode(t *testing.T) {
	for in, want := range map[string]string{
		"Reference not found":          "reference not found",
		"HEAD is not a commit":         "HEAD is not a commit",
		"GITHUB_EVENT_PATH is not set": "GITHUB_EVENT_PATH is not set",
		"Merchant-Serial-Number":       "Merchant-Serial-Number",
		"already lower":                "already lower",
	} {
		if got := lowerFirst(in); got != want {
			t.Errorf("lowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHelpExitsZero: -h on any command prints its usage to stdout and
// exits 0, as vippslint -h does.
func TestHelpExitsZero(t *testing.T) {
	for _, args := range [][]string{{"scan", "-h"}, {"scan", "--help"}, {"git", "-h"}, {"staged", "-h"}, {"analyze", "-h"}, {"explain", "-h"}, {"rules", "-h"}} {
		code, out, stderr := runCLI(t, args...)
		if code != exitClean || !strings.Contains(out, "usage: vippslint "+args[0]) || stderr != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, stderr)
		}
	}
}

func TestRulesListsDirective(t *testing.T) {
	_, out, _ := runCLI(t, "rules")
	if !strings.Contains(out, "\nvippslint-directive ") {
		t.Errorf("rules does not list vippslint-directive:\n%s", out)
	}
	if code, _, _ := runCLI(t, "explain", "vippslint-directive"); code != exitClean {
		t.Errorf("explain vippslint-directive: exit %d", code)
	}
}

// TestMessagesPolish: singular counts, code quoted in its own case, no Go
// type names in errors.
func TestMessagesPolish(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, ".env", "VIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg==\n")
	if _, _, stderr := runCLI(t, "scan", "--verbose", dir); !strings.Contains(stderr, "scanned 1 file (") || !strings.Contains(stderr, ", 1 finding\n") {
		t.Errorf("plural: %q", stderr)
	}
	base := write(t, t.TempDir(), "base.json", `{"findings": "x"}`)
	if _, _, stderr := runCLI(t, "scan", "--baseline", base, dir); strings.Contains(stderr, "Go struct") || strings.Contains(stderr, "[]struct") || !strings.Contains(stderr, `"findings" is a JSON string`) {
		t.Errorf("baseline error: %q", stderr)
	}
	cs := t.TempDir()
	write(t, cs, "Pay.cs", "// vipps\npublic IActionResult Pay([FromQuery] string msn) {\n  client.DefaultRequestHeaders.Add(\"Merchant-Serial-Number\", msn);\n}\n")
	if _, out, _ := runCLI(t, "scan", cs); misuse.Enabled && !strings.Contains(out, "request parameter [FromQuery]") {
		t.Errorf("the message lowercases the code it quotes:\n%s", out)
	}
}

// TestScanStdin: scan - reads standard input.
func TestScanStdin(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdin
	os.Stdin = r
	t.Cleanup(func() { os.Stdin = old })
	go func() {
		w.WriteString("VIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg==\n")
		w.Close()
	}()
	code, out, stderr := runCLI(t, "scan", "--format", "json", "-")
	if code != exitFindings || !strings.Contains(out, `"path": "\u003cstdin\u003e"`) || strings.Contains(out, "WAWaB27SsyM5HC1PY0Pmdg==") {
		t.Errorf("scan -: exit %d\n%s%s", code, out, stderr)
	}
}

// TestScanSeveralRoots: two roots outside git share one path convention:
// relative to their common parent, in text and in SARIF URIs.
func TestScanSeveralRoots(t *testing.T) {
	parent := t.TempDir()
	a := filepath.Join(parent, "shop")
	b := filepath.Join(parent, "admin", "cfg")
	write(t, a, ".env", leak)
	write(t, b, "app.env", leak)
	_, out, _ := runCLI(t, "scan", "--color", "never", a, b)
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(l, "shop/.env:") && !strings.HasPrefix(l, "admin/cfg/app.env:") {
			t.Errorf("text path not relative to the common parent: %q", l)
		}
	}
	_, sarif, _ := runCLI(t, "scan", "--format", "sarif", a, b)
	log := decodeSARIF(t, []byte(sarif))
	seen := map[string]bool{}
	for _, r := range log.Runs[0].Results {
		u := r.Locations[0].PhysicalLocation.ArtifactLocation.URI
		if strings.HasPrefix(u, "/") || strings.Contains(u, "..") {
			t.Errorf("SARIF URI %q is not relative to %%SRCROOT%%", u)
		}
		seen[u] = true
	}
	if !seen["shop/.env"] || !seen["admin/cfg/app.env"] {
		t.Errorf("URIs %v", seen)
	}
	if root := log.Runs[0].Base["%SRCROOT%"].URI; !strings.HasSuffix(root, filepath.ToSlash(parent)+"/") {
		t.Errorf("%%SRCROOT%% = %q, want the common parent %s", root, parent)
	}
}
