package vippsdirective

import (
	"golang.org/x/tools/go/analysis"

	"github.com/vippslint/vippslint/analyzers/internal/report"
)

// Config configures the analyzer. It has no options yet.
type Config struct{}

// Analyzer is the analyzer with the default configuration.
var Analyzer = New(Config{})

// New returns a vippsdirective analyzer.
func New(Config) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "vippsdirective",
		Doc:  "report vippslint:ignore directives without a rule or a reason",
		URL:  "https://github.com/vippslint/vippslint/blob/main/README.md#go-code-go-vet-and-golangci-lint",
		Run: func(pass *analysis.Pass) (any, error) {
			report.ReportDirectiveProblems(pass)
			return nil, nil
		},
	}
}
