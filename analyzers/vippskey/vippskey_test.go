package vippskey_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/vippslint/vippslint/analyzers/vippskey"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), vippskey.Analyzer, "a", "azure", "nocontext")
}

func TestIncludeTestFiles(t *testing.T) {
	a := vippskey.New(vippskey.Config{IncludeTestFiles: true})
	if a == vippskey.Analyzer || a.Name != "vippskey" {
		t.Fatalf("New must build a fresh analyzer named vippskey")
	}
	analysistest.Run(t, analysistest.TestData(), a, "withtests")
}
