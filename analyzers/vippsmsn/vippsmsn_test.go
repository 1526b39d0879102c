package vippsmsn_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/vippslint/vippslint/analyzers/vippsmsn"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), vippsmsn.Analyzer, "a", "msnhelper", "vippsclient", "plain")
}
