package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnalyze runs the go/analysis suite through the CLI on the fixture
// module and checks the SARIF it writes.
func TestAnalyze(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not on PATH")
	}
	mod := filepath.Join("..", "..", "testdata", "vetmodule")
	out := filepath.Join(t.TempDir(), "a.sarif")
	code, _, stderr := runCLI(t, "analyze", "-C", mod, "--format", "sarif", "--output", out, "./...")
	if code != exitFindings {
		t.Fatalf("exit %d, want 1; stderr %s", code, stderr)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	data := readFile(t, out)
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, r := range log.Runs[0].Results {
		loc := r.Locations[0].PhysicalLocation
		if strings.HasPrefix(loc.ArtifactLocation.URI, "/") || strings.Contains(loc.ArtifactLocation.URI, "..") {
			t.Errorf("uri %q is not relative to the repository root", loc.ArtifactLocation.URI)
		}
		got[r.RuleID] = true
	}
	for _, want := range []string{"vipps-mutable-msn", "vipps-subscription-key", "vipps-secret-logged"} {
		if !got[want] {
			t.Errorf("no %s result in %v", want, got)
		}
	}
	code, _, stderr = runCLI(t, "analyze", "-C", filepath.Join(t.TempDir(), "nope"), "./...")
	if code != exitUsage || stderr == "" {
		t.Errorf("bad directory: exit %d %q", code, stderr)
	}
}
