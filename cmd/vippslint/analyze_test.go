package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strconv"
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

// TestBlindModules runs the analyzers on two Go modules of partner handlers,
// each written blind to the analyzers with labelled expectations
// (testdata/gomodules/*/EXPECTED.tsv), and holds precision and recall at
// 0.9 or better.
func TestBlindModules(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not on PATH")
	}
	for _, name := range []string{"partnerpay", "kassesystem"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", "gomodules", name)
			want := map[string]bool{}
			for _, l := range strings.Split(string(readFile(t, filepath.Join(dir, "EXPECTED.tsv"))), "\n") {
				if f := strings.Split(l, "\t"); len(f) == 3 && !strings.HasPrefix(l, "#") {
					want[strings.Join(f, ":")] = true
				}
			}
			code, out, stderr := runCLI(t, "analyze", "-C", dir, "--format", "json", "./...")
			if code != exitFindings {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var rep struct {
				Findings []struct {
					Rule     string `json:"rule"`
					Location struct {
						Path string `json:"path"`
						Line int    `json:"line"`
					} `json:"location"`
				} `json:"findings"`
			}
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatal(err)
			}
			tp := 0
			for _, f := range rep.Findings {
				p := f.Location.Path[strings.Index(f.Location.Path, name+"/")+len(name)+1:]
				if k := p + ":" + strconv.Itoa(f.Location.Line) + ":" + f.Rule; want[k] {
					tp++
				} else {
					t.Logf("false positive: %s", k)
				}
			}
			precision, recall := float64(tp)/float64(max(len(rep.Findings), 1)), float64(tp)/float64(len(want))
			t.Logf("%s: %d expected, %d reported, precision %.2f, recall %.2f", name, len(want), len(rep.Findings), precision, recall)
			if precision < 0.9 || recall < 0.9 {
				t.Errorf("precision %.2f and recall %.2f must both be at least 0.9", precision, recall)
			}
		})
	}
}
