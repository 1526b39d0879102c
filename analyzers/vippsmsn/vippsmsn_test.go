package vippsmsn_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/vippslint/vippslint/analyzers/vippsmsn"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), vippsmsn.Analyzer, "a", "msnhelper", "vippsclient", "plain")
}

// TestShapes: closures registered on a mux, method values, an interface
// with one implementation, package-level variables and MSNs in handler
// fields, each with a safe twin (a server-side table, configuration, an
// interface with two implementations).
func TestShapes(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), vippsmsn.Analyzer, "shapes")
}
