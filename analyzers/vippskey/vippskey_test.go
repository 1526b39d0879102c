package vippskey_test

import (
	"strings"
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

// TestLoneClientID: a client_id alone in its file is no finding (it is the
// user name and grants nothing), as in the scanner; beside a client secret
// or subscription key it is, and the secret's and the subscription key's
// diagnostics name it as a related location. With ReportLoneClientIDs
// (report_lone_client_ids: true) a lone one is reported.
func TestLoneClientID(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), vippskey.Analyzer, "loneid")
	var sets int
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if d.Category != "vipps-client-secret" && d.Category != "vipps-subscription-key" {
				if len(d.Related) != 0 {
					t.Errorf("%s: %s has related locations", r.Pass.Fset.Position(d.Pos), d.Category)
				}
				continue
			}
			sets++
			if len(d.Related) != 1 {
				t.Errorf("%s: %d related locations, want the client_id", r.Pass.Fset.Position(d.Pos), len(d.Related))
				continue
			}
			p := r.Pass.Fset.Position(d.Related[0].Pos)
			if p.Line != 6 || !strings.HasSuffix(p.Filename, "set.go") || !strings.Contains(d.Related[0].Message, "client_id") {
				t.Errorf("%s: related %s %q, want set.go:6 client_id", r.Pass.Fset.Position(d.Pos), p, d.Related[0].Message)
			}
		}
	}
	if sets != 2 {
		t.Errorf("%d secret diagnostics, want 2", sets)
	}
	analysistest.Run(t, analysistest.TestData(), vippskey.New(vippskey.Config{ReportLoneClientIDs: true}), "loneidon")
}
