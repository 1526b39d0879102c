package vippsleak_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/vippslint/vippslint/analyzers/vippsleak"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), vippsleak.Analyzer, "a", "azure", "nocontext")
}
