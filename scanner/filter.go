package scanner

import (
	"github.com/vippslint/vippslint/scanner/config"
	"github.com/vippslint/vippslint/scanner/report"
)

// Filter drops findings of disabled rules, findings whose path or
// fingerprint is in .vippslintignore, and findings already in a baseline.
// It returns the kept findings and how many were dropped by the baseline.
func Filter(fs []report.Finding, c *config.Config, ig *config.Ignore, baseline map[string]bool) ([]report.Finding, int) {
	kept := fs[:0]
	dropped := 0
	for _, f := range fs {
		switch {
		case c != nil && c.Disabled(f.RuleID):
		case ig.Ignored(f.Location.Path, f.Fingerprint):
		case baseline[f.Fingerprint]:
			dropped++
		default:
			kept = append(kept, f)
		}
	}
	return kept, dropped
}
