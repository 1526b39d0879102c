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

// TestSuggestedFixes applies every fix and compares the files with their
// .golden twins: literals in assignments, struct fields, call arguments,
// header literals and const declarations, with and without an os import.
func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), vippskey.Analyzer, "fixos", "fixnoos", "fixconst")
}

// TestNoFix: where no rewrite is safe (constant expressions, exported or
// unused constants, a shadowed os, os.Setenv, split literals, another
// package's string type) the finding has no fix, and values that are not
// keys (placeholders, keys in comments, test files) have neither a finding
// nor an edit.
func TestNoFix(t *testing.T) {
	noFixes(t, analysistest.Run(t, analysistest.TestData(), vippskey.Analyzer, "nofix"))
	noFixes(t, analysistest.Run(t, analysistest.TestData(), vippskey.New(vippskey.Config{IncludeTestFiles: true}), "withtests"))
}

func noFixes(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%s: %s: unexpected fix %q", r.Pass.Fset.Position(d.Pos), d.Message, d.SuggestedFixes[0].Message)
			}
		}
	}
	if n == 0 {
		t.Errorf("no diagnostics at all: the negatives prove nothing")
	}
}
