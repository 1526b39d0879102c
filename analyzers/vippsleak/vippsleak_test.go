package vippsleak_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/vippslint/vippslint/analyzers/vippsleak"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), vippsleak.Analyzer, "a", "azure", "nocontext")
}

// TestHardCodedKeys: package-level constants and variables that hold a
// hard-coded key are secrets where they are logged or sent, in their own
// package and, through facts, in others; masked values are not.
func TestHardCodedKeys(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), vippsleak.Analyzer, "vippskeys", "constleak")
}

// TestHelpers: a getter returning (token, error), and package helpers that
// pass a parameter to a sink (writeJSON, logf), with masked twins.
func TestHelpers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), vippsleak.Analyzer, "helpers")
}
