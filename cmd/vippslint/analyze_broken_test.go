package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// writeModule writes files (slash paths relative to the module root) into a
// fresh temporary directory and returns it.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// keyClient is a package with a hard-coded subscription key (a generated
// fake) sent in the Vipps header: vippskey reports it.
const keyClient = `package pay

import "net/http"

func Token() (*http.Response, error) {
	req, err := http.NewRequest("POST", "https://apitest.vipps.no/accesstoken/get", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", "3ac77ba67d127f754d04e05ce72f63ee")
	return http.DefaultClient.Do(req)
}
`

// TestAnalyzeBrokenPackages: packages that do not compile are named (exit
// 2) and the packages that load are still analyzed and reported, as go vet
// -vettool does. A dependent of a broken package is named too.
func TestAnalyzeBrokenPackages(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not on PATH")
	}
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("GOPROXY", "off")
	mod := writeModule(t, map[string]string{
		"go.mod":              "module example.com/shop\n\ngo 1.22\n",
		"pay/pay.go":          keyClient,
		"broken/broken.go":    "package broken\n\nfunc F() int { return undefinedThing }\n",
		"uses/uses.go":        "package uses\n\nimport \"example.com/shop/broken\"\n\nfunc G() int { return broken.F() }\n",
		"syntax/syntax.go":    "package syntax\n\nfunc H( {\n",
		"clean/clean.go":      "package clean\n\nfunc OK() {}\n",
		"clean/clean_test.go": "package clean\n\nimport \"testing\"\n\nfunc TestOK(t *testing.T) { OK() }\n",
	})
	code, out, stderr := runCLI(t, "analyze", "-C", mod, "--color", "never", "./...")
	if code != exitUsage {
		t.Errorf("exit %d, want 2; stderr:\n%s", code, stderr)
	}
	if !strings.Contains(out, "pay/pay.go:10:") || !strings.Contains(out, "vipps-subscription-key") {
		t.Errorf("the loading package's finding is missing:\n%s\nstderr:\n%s", out, stderr)
	}
	for _, pkg := range []string{"example.com/shop/broken", "example.com/shop/uses", "example.com/shop/syntax"} {
		if !strings.Contains(stderr, pkg+":") {
			t.Errorf("stderr does not name %s:\n%s", pkg, stderr)
		}
	}
	if !strings.Contains(stderr, "undefinedThing") {
		t.Errorf("stderr does not say why broken does not load:\n%s", stderr)
	}
	for _, pkg := range []string{"example.com/shop/pay:", "example.com/shop/clean:"} {
		if strings.Contains(stderr, pkg) {
			t.Errorf("stderr names %s, which loads:\n%s", pkg, stderr)
		}
	}

	// The twin: the same module without the broken packages is analyzed
	// completely (exit 1, no error).
	for _, dir := range []string{"broken", "uses", "syntax"} {
		if err := os.RemoveAll(filepath.Join(mod, dir)); err != nil {
			t.Fatal(err)
		}
	}
	code, out, stderr = runCLI(t, "analyze", "-C", mod, "--color", "never", "./...")
	if code != exitFindings || stderr != "" || !strings.Contains(out, "pay/pay.go:10:") {
		t.Errorf("without broken packages: exit %d, want 1, stderr %q, out:\n%s", code, stderr, out)
	}
}
