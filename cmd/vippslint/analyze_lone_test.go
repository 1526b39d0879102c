package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestAnalyzeLoneClientID: vippslint analyze agrees with scan on a lone
// client_id: no finding by default, a finding with report_lone_client_ids:
// true in .vippslint.yaml.
func TestAnalyzeLoneClientID(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not on PATH")
	}
	for _, lone := range []bool{false, true} {
		cfg := "report_lone_client_ids: false\n"
		if lone {
			cfg = "report_lone_client_ids: true\n"
		}
		dir := writeModule(t, map[string]string{
			"go.mod":          "module example.com/pay\n\ngo 1.22\n",
			".vippslint.yaml": cfg,
			// A generated fake client_id, alone in its package.
			"pay.go": "package pay\n\nconst vippsClientID = \"6f3a9c2e-1b7d-4e58-a0c4-9d2b7e5f1a83\"\n\nvar _ = vippsClientID\n",
		})
		code, out, stderr := runCLI(t, "analyze", "-C", dir, "--format", "text", "./...")
		reported := strings.Contains(out, "pay.go:3:") && strings.Contains(out, "vipps-client-id")
		if reported != lone || code != map[bool]int{false: exitClean, true: exitFindings}[lone] {
			t.Errorf("report_lone_client_ids %v: exit %d, reported %v\n%s%s", lone, code, reported, out, stderr)
		}
	}
}
