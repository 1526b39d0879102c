package analyzers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
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
	// Fix is the diagnostic's first suggested fix, or nil.
	Fix *Fix
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
			if len(d.SuggestedFixes) > 0 {
				diag.Fix = newFix(act.Package.Fset, d.SuggestedFixes[0])
			}
			out = append(out, diag)
		}
	}
	out = sortDiagnostics(out)
	if len(runErrs) > 0 {
		return out, fmt.Errorf("analyze %s: %w", abs, errors.Join(append(runErrs, broken.orNil())...))
	}
	return out, broken.orNil()
}

// sortDiagnostics sorts by file, line, column and rule, and keeps each
// finding once (a package and its test variant report the same finding).
func sortDiagnostics(ds []Diagnostic) []Diagnostic {
	sort.Slice(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		if a.RuleID != b.RuleID {
			return a.RuleID < b.RuleID
		}
		return a.Message < b.Message
	})
	out := ds[:0]
	for i, d := range ds {
		if i > 0 && d.File == ds[i-1].File && d.Line == ds[i-1].Line && d.Col == ds[i-1].Col &&
			d.RuleID == ds[i-1].RuleID && d.Message == ds[i-1].Message {
			continue
		}
		out = append(out, d)
	}
	return out
}

// CheckVet is Check run through go vet -vettool=vettool -json (vettool is
// cmd/vippslint-vet): go vet builds and caches the facts of dependencies, so
// analyzing a few packages of a large module costs what go vet costs, not a
// load of every dependency's syntax. The diagnostics are those of Check;
// packages that do not build are returned as LoadErrors.
func CheckVet(vettool, dir string, patterns []string) ([]Diagnostic, error) {
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("analyze %s: %w", dir, err)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("go", append([]string{"vet", "-vettool=" + vettool, "-json"}, patterns...)...)
	cmd.Dir, cmd.Stdout, cmd.Stderr = abs, &stdout, &stderr
	runErr := cmd.Run()
	var ee *exec.ExitError
	if runErr != nil && !errors.As(runErr, &ee) {
		return nil, fmt.Errorf("analyze %s: go vet: %w", abs, runErr)
	}
	out, err := parseVetJSON(stdout.Bytes(), abs)
	if err != nil {
		return nil, fmt.Errorf("analyze %s: go vet -json: %w", abs, err)
	}
	out = sortDiagnostics(out)
	if runErr == nil {
		return out, nil
	}
	broken := parseVetErrors(stderr.String())
	if len(broken) == 0 {
		return out, fmt.Errorf("analyze %s: go vet: %v: %s", abs, runErr, strings.TrimSpace(stderr.String()))
	}
	return out, broken
}

// vetDiagnostic is one diagnostic of go vet -json.
type vetDiagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	End      string `json:"end"`
	Message  string `json:"message"`
}

// parseVetJSON reads go vet -json output: a stream of objects, package ID
// to analyzer to a list of diagnostics or {"error": ...}.
func parseVetJSON(data []byte, dir string) ([]Diagnostic, error) {
	var out []Diagnostic
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); errors.Is(err, io.EOF) {
			return out, nil
		} else if err != nil {
			return nil, err
		}
		for pkg, byAnalyzer := range tree {
			for analyzer, raw := range byAnalyzer {
				var ds []vetDiagnostic
				if err := json.Unmarshal(raw, &ds); err != nil {
					var e struct{ Error string }
					if json.Unmarshal(raw, &e) == nil && e.Error != "" {
						return nil, fmt.Errorf("%s: %s: %s", pkg, analyzer, e.Error)
					}
					return nil, fmt.Errorf("%s: %s: %w", pkg, analyzer, err)
				}
				for _, d := range ds {
					file, line, col := splitPosn(d.Posn)
					diag := Diagnostic{RuleID: d.Category, Message: d.Message, Analyzer: analyzer, File: file, Line: line, Col: col}
					if d.End != "" {
						_, diag.EndLine, diag.EndCol = splitPosn(d.End)
					}
					if !filepath.IsAbs(diag.File) {
						diag.File = filepath.Join(dir, diag.File)
					}
					out = append(out, diag)
				}
			}
		}
	}
}

// splitPosn splits "file:line:col".
func splitPosn(p string) (file string, line, col int) {
	file = p
	if i := strings.LastIndexByte(file, ':'); i > 0 {
		if n, err := strconv.Atoi(file[i+1:]); err == nil {
			file, col = file[:i], n
		}
	}
	if i := strings.LastIndexByte(file, ':'); i > 0 {
		if n, err := strconv.Atoi(file[i+1:]); err == nil {
			file, line = file[:i], n
		}
	}
	if line == 0 { // "file:line" only
		line, col = col, 0
	}
	return file, line, col
}

// parseVetErrors reads the errors go vet prints for packages that do not
// build: a "# import/path" line, then the errors.
func parseVetErrors(stderr string) LoadErrors {
	var out LoadErrors
	for _, l := range strings.Split(stderr, "\n") {
		l = strings.TrimRight(l, "\r")
		switch {
		case strings.HasPrefix(l, "# "):
			out = append(out, PackageError{Package: strings.TrimSpace(l[2:])})
		case strings.TrimSpace(l) == "" || len(out) == 0:
		case len(out[len(out)-1].Errors) == maxPackageErrors:
			out[len(out)-1].Errors = append(out[len(out)-1].Errors, "and more")
		case len(out[len(out)-1].Errors) < maxPackageErrors:
			out[len(out)-1].Errors = append(out[len(out)-1].Errors, strings.TrimSpace(l))
		}
	}
	kept := out[:0]
	for _, p := range out {
		if len(p.Errors) > 0 {
			kept = append(kept, p)
		}
	}
	return kept
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
