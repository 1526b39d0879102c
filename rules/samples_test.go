package rules_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/config"
	"github.com/vippslint/vippslint/scanner/misuse"
	"github.com/vippslint/vippslint/scanner/report"
)

func TestCatalogue(t *testing.T) {
	all := rules.All()
	if len(all) != 12 {
		t.Fatalf("catalogue has %d rules, design.md has 12", len(all))
	}
	if err := rules.Validate(all); err != nil {
		t.Fatal(err)
	}
	for _, r := range all {
		if r.Kind != rules.KindNone && !strings.Contains(r.Help, "Regenerate") {
			t.Errorf("%s: leak rule help must say how to rotate the key", r.ID)
		}
	}
}

func engineFor(t *testing.T, s rules.Sample) *scanner.Engine {
	t.Helper()
	// A fixed scan time: the access token samples expire in 2030.
	opts := scanner.Options{Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
	if s.Config != "" {
		c, err := config.Parse([]byte(s.Config))
		if err != nil {
			t.Fatalf("sample config: %v", err)
		}
		opts.MerchantVisible = c.MerchantVisible
		opts.ReportLoneClientIDs = c.ReportLoneClientIDs
	}
	return scanner.New(opts)
}

// TestSamples runs every rule's samples through the scanner: each positive
// must be reported on its line, no negative may be reported.
func TestSamples(t *testing.T) {
	for _, r := range rules.All() {
		for i, s := range r.Positives {
			t.Run(fmt.Sprintf("%s/positive%d", r.ID, i), func(t *testing.T) {
				if s.Parsed && !misuse.Enabled {
					t.Skip("parsed misuse checks are off without cgo")
				}
				fs := engineFor(t, s).Scan(s.Path, []byte(s.Content))
				var lines []int
				for _, f := range fs {
					if f.RuleID == r.ID {
						lines = append(lines, f.Location.Line)
					}
				}
				if len(lines) == 0 {
					t.Fatalf("%s: no %s finding; got %v", s.Path, r.ID, summary(fs))
				}
				if s.Line != 0 && lines[0] != s.Line {
					t.Errorf("%s: %s reported on line %v, want %d", s.Path, r.ID, lines, s.Line)
				}
			})
		}
		for i, s := range r.Negatives {
			t.Run(fmt.Sprintf("%s/negative%d", r.ID, i), func(t *testing.T) {
				for _, f := range engineFor(t, s).Scan(s.Path, []byte(s.Content)) {
					if f.RuleID == r.ID {
						t.Errorf("%s: unexpected %s at line %d: %s", s.Path, r.ID, f.Location.Line, f.Message)
					}
				}
			})
		}
	}
}

func summary(fs []report.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%d:%s", f.Location.Line, f.RuleID))
	}
	return out
}
