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
// check (or depend on one that does not) are not analyzed: Check returns
// the diagnostics of the others with a LoadErrors naming them, or only an
// error when no package loads.
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
	ok, broken := splitLoaded(pkgs)
	if len(ok) == 0 {
		return nil, fmt.Errorf("analyze %s: %w", abs, broken)
	}
	pkgs = ok
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
		return out, fmt.Errorf("analyze %s: %w", abs, errors.Join(append(runErrs, broken.orNil())...))
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
	return out, broken.orNil()
}

// LoadErrors are the packages that did not load or type check, so were not
// analyzed, while others were. Check returns them with the diagnostics of
// the packages that loaded, as go vet does.
type LoadErrors []PackageError

// PackageError is a package that was not analyzed and why.
type PackageError struct {
	Package string   // import path
	Errors  []string // the first few errors, or the broken dependency
}

func (e LoadErrors) Error() string {
	var b strings.Builder
	for i, p := range e {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s: not analyzed: %s", p.Package, strings.Join(p.Errors, "; "))
	}
	return b.String()
}

func (e LoadErrors) orNil() error {
	if len(e) == 0 {
		return nil
	}
	return e
}

// maxPackageErrors is how many errors of one broken package are named.
const maxPackageErrors = 3

// splitLoaded separates the packages that loaded and type checked, with
// all their dependencies, from those that did not. A package whose
// dependency is broken is broken too: its types would be incomplete.
func splitLoaded(pkgs []*packages.Package) (ok []*packages.Package, broken LoadErrors) {
	bad := map[*packages.Package]string{} // "" = fine, else the first broken package below it
	var check func(p *packages.Package) string
	check = func(p *packages.Package) string {
		if r, seen := bad[p]; seen {
			return r
		}
		bad[p] = "" // import cycles are errors of their own
		r := ""
		if len(p.Errors) > 0 {
			r = p.PkgPath
		} else {
			for _, imp := range p.Imports {
				if r = check(imp); r != "" {
					break
				}
			}
		}
		bad[p] = r
		return r
	}
	named := map[string]bool{}
	for _, p := range pkgs {
		r := check(p)
		if r == "" {
			ok = append(ok, p)
			continue
		}
		// A package and its test variants fail together: name it once.
		// The generated test main (pkg.test) is not the user's package.
		if named[p.PkgPath] || strings.HasSuffix(p.ID, ".test") {
			continue
		}
		named[p.PkgPath] = true
		pe := PackageError{Package: p.PkgPath}
		if len(p.Errors) > 0 {
			for i, e := range p.Errors {
				if i == maxPackageErrors {
					pe.Errors = append(pe.Errors, fmt.Sprintf("and %d more", len(p.Errors)-i))
					break
				}
				pe.Errors = append(pe.Errors, e.Error())
			}
		} else {
			pe.Errors = []string{fmt.Sprintf("depends on %s, which does not load", r)}
		}
		broken = append(broken, pe)
	}
	sort.Slice(broken, func(i, j int) bool { return broken[i].Package < broken[j].Package })
	return ok, broken
}
