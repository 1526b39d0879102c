package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/vippslint/vippslint/analyzers/vippsdirective"
	"github.com/vippslint/vippslint/analyzers/vippskey"
	"github.com/vippslint/vippslint/analyzers/vippsleak"
	"github.com/vippslint/vippslint/analyzers/vippsmsn"
)

// Suite returns vippslint's analyzers with their default configuration.
// The slice is new on every call; the analyzers are shared values.
func Suite() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		vippskey.Analyzer,
		vippsleak.Analyzer,
		vippsmsn.Analyzer,
		vippsdirective.Analyzer,
	}
}

// Config is what the suite can be told: vippslint analyze reads it from
// .vippslint.yaml, the golangci-lint plugin from its settings. go vet
// -vettool has no configuration and runs Suite.
type Config struct {
	// ReportLoneClientIDs reports a client_id with no client secret or
	// subscription key in its file (report_lone_client_ids).
	ReportLoneClientIDs bool
}

// SuiteWith returns the suite configured by c.
func SuiteWith(c Config) []*analysis.Analyzer {
	s := Suite()
	if c.ReportLoneClientIDs {
		s[0] = vippskey.New(vippskey.Config{ReportLoneClientIDs: true})
	}
	return s
}
