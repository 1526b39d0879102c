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
