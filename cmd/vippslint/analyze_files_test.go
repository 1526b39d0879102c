package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnalyzeFiles: the pre-commit mode. Given the staged Go files of a
// repository whose modules sit in subfolders, analyze finds the module
// that owns each file and analyzes only those files' packages: in process,
// and through go vet -vettool with vippslint-vet.
func TestAnalyzeFiles(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not on PATH")
	}
	vettool := filepath.Join(t.TempDir(), "vippslint-vet")
	if out, err := exec.Command("go", "build", "-o", vettool, "../vippslint-vet").CombinedOutput(); err != nil {
		t.Fatalf("build vippslint-vet: %v\n%s", err, out)
	}
	// The fixture modules have no dependencies: never reach the network.
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("GOPROXY", "off")
	repo := writeModule(t, map[string]string{
		"README.md":            "# shop\n",
		"svc/go.mod":           "module example.com/svc\n\ngo 1.22\n",
		"svc/pay/pay.go":       keyClient,
		"svc/clean/clean.go":   "package clean\n\nfunc OK() {}\n",
		"svc/testdata/x/x.go":  strings.Replace(keyClient, "package pay", "package x", 1),
		"tools/go.mod":         "module example.com/tools\n\ngo 1.22\n",
		"tools/gen/gen.go":     "package gen\n\nfunc Gen() {}\n",
		"tools/broken/b.go":    "package broken\n\nfunc F() int { return undefinedThing }\n",
		"loose/main.go":        "package main\n\nfunc main() {}\n",
		"svc/pay/pay_notes.md": "not go\n",
	})
	for _, tool := range []string{"", vettool} {
		name := "in process"
		if tool != "" {
			name = "go vet"
		}
		t.Run(name, func(t *testing.T) {
			args := []string{"analyze", "-C", repo, "--color", "never", "--format", "json", "--vettool", tool, "--files"}
			// The leak in pay and the clean package of another module: exit 1,
			// the leak named with its path from the repository root; testdata
			// is left out as go ./... leaves it out.
			code, out, stderr := runCLI(t, append(args, "svc/pay/pay.go", "tools/gen/gen.go", "svc/testdata/x/x.go", "README.md")...)
			if code != exitFindings {
				t.Errorf("exit %d, want 1; stderr:\n%s", code, stderr)
			}
			if !strings.Contains(out, `"path": "svc/pay/pay.go"`) || strings.Count(out, `"rule": "vipps-subscription-key"`) != 1 {
				t.Errorf("want one finding in svc/pay/pay.go, got:\n%s", out)
			}
			if !strings.Contains(out, `"packages": "svc/pay tools/gen"`) {
				t.Errorf("scope does not list exactly the two packages:\n%s", out)
			}
			// The twin: clean packages only.
			code, out, stderr = runCLI(t, append(args, "svc/clean/clean.go", "tools/gen/gen.go")...)
			if code != exitClean || strings.Contains(out, `"rule"`) {
				t.Errorf("clean packages: exit %d, want 0; stderr %s\n%s", code, stderr, out)
			}
			// A package that does not compile is named (exit 2), the others
			// are still reported; a file outside any module is a warning.
			code, out, stderr = runCLI(t, append(args, "svc/pay/pay.go", "tools/broken/b.go", "loose/main.go")...)
			if code != exitUsage || !strings.Contains(stderr, "example.com/tools/broken") || !strings.Contains(stderr, "undefinedThing") {
				t.Errorf("broken package: exit %d, want 2 naming it; stderr:\n%s", code, stderr)
			}
			if !strings.Contains(stderr, "loose/main.go: no go.mod") {
				t.Errorf("a file outside any module is not named:\n%s", stderr)
			}
			if !strings.Contains(out, `"path": "svc/pay/pay.go"`) {
				t.Errorf("the loading package's finding is missing:\n%s", out)
			}
		})
	}
}
