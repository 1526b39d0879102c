package analyzers

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Diagnostic is one finding of Check, in a form the CLI turns into the
// shared report format.
type Diagnostic struct {
	RuleID  string // the rule ID (Diagnostic.Category), e.g. vipps-mutable-msn
	Message string // lowercase, no trailing period, secrets redacted
	// Analyzer is the pass that reported it.
	Analyzer string
	File     string // absolute path
	// Line and Col are 1-based; Col counts bytes. EndLine and EndCol are
	// zero when the finding has no extent.
	Line, Col, EndLine, EndCol int
}

// Check loads the packages matching patterns (default "./...") in dir,
// with their tests, and runs Suite on them. It returns the diagnostics
// sorted by file, line, column and rule, once each (a package and its test
// variant report the same finding once). Packages that do not load or type
// check make an error: the analysis would be incomplete.
func Check(dir string, patterns []string) ([]Diagnostic, error) {
	return CheckWith(dir, patterns, Suite())
}

// CheckWith is Check with a chosen set of analyzers.
func CheckWith(dir string, patterns []string, suite []*analysis.Analyzer) ([]Diagnostic, error) {
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("analyze %s: %w", dir, err)
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: abs, Tests: true}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, fmt.Errorf("analyze %s: loading %s: %w", abs, strings.Join(patterns, " "), err)
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("analyze %s: no packages match %s", abs, strings.Join(patterns, " "))
	}
	var loadErrs []error
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			loadErrs = append(loadErrs, fmt.Errorf("%s: %s", p.PkgPath, e))
		}
	})
	if len(loadErrs) > 0 {
		if len(loadErrs) > 5 {
			loadErrs = append(loadErrs[:5], fmt.Errorf("and %d more", len(loadErrs)-5))
		}
		return nil, fmt.Errorf("analyze %s: packages do not load: %w", abs, errors.Join(loadErrs...))
	}
	graph, err := checker.Analyze(suite, pkgs, nil)
	if err != nil {
		return nil, fmt.Errorf("analyze %s: %w", abs, err)
	}
	type key struct {
		rule, file string
		line, col  int
		msg        string
	}
	seen := map[key]bool{}
	var out []Diagnostic
	var runErrs []error
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			runErrs = append(runErrs, fmt.Errorf("%s: %w", act, act.Err))
			continue
		}
		for _, d := range act.Diagnostics {
			start := act.Package.Fset.Position(d.Pos)
			diag := Diagnostic{
				RuleID: d.Category, Message: d.Message, Analyzer: act.Analyzer.Name,
				File: start.Filename, Line: start.Line, Col: start.Column,
			}
			if d.End.IsValid() {
				end := act.Package.Fset.Position(d.End)
				diag.EndLine, diag.EndCol = end.Line, end.Column
			}
			k := key{diag.RuleID, diag.File, diag.Line, diag.Col, diag.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, diag)
		}
	}
	if len(runErrs) > 0 {
		return out, fmt.Errorf("analyze %s: %w", abs, errors.Join(runErrs...))
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.RuleID < b.RuleID
	})
	return out, nil
}
