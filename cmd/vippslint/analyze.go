package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/vippslint/vippslint/analyzers"
	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/report"
)

// cmdAnalyze runs the go/analysis suite on Go packages of the current
// module and writes the findings in any output format. The analyzers honour
// //vippslint:ignore themselves; .vippslintignore, --baseline and disabled
// rules apply here as in scan.
func cmdAnalyze(args []string, stdout, stderr io.Writer) int {
	dir, vettool := ".", ""
	files, fix := false, false
	c, patterns, code := parseCommand("analyze", "analyze [flags] [PACKAGES] (default ./...)\n       vippslint analyze --files FILE.go...", args, stdout, stderr, func(fs *flag.FlagSet) {
		fs.StringVar(&dir, "C", ".", "run in `DIR` (the module to analyze)")
		fs.BoolVar(&files, "files", false, "the arguments are Go files (as pre-commit passes them): analyze only their packages, each in the module that owns it")
		fs.StringVar(&vettool, "vettool", "", "with --files, run the checks through go vet -vettool=`PATH` (default: vippslint-vet beside this binary, if there)")
		fs.BoolVar(&fix, "fix", false, "apply the suggested fixes (a hard-coded key becomes os.Getenv of its variable); the findings are still reported: rotate the keys")
	})
	if c == nil {
		return code
	}
	if c.verify {
		fmt.Fprintln(stderr, "vippslint analyze: --verify needs key sets found by scan, git or staged")
		return exitUsage
	}
	if fix && files {
		fmt.Fprintln(stderr, "vippslint analyze: -fix works on packages, not with --files")
		return exitUsage
	}
	root, err := reportRoot(dir)
	if err != nil {
		fmt.Fprintf(stderr, "vippslint analyze: %v\n", err)
		return exitUsage
	}
	s, err := c.prepare(root)
	if err != nil {
		fmt.Fprintf(stderr, "vippslint analyze: %v\n", err)
		return exitUsage
	}
	var diags []analyzers.Diagnostic
	var broken analyzers.LoadErrors
	suite := analyzers.SuiteWith(analyzers.Config{ReportLoneClientIDs: s.cfg.ReportLoneClientIDs})
	r := &report.Run{Scope: map[string]any{"packages": strings.Join(append([]string{}, patternsOrAll(patterns)...), " ")}}
	if files {
		if vettool == "" {
			vettool = siblingVettool()
		}
		var err error
		if s.cfg.ReportLoneClientIDs && vettool != "" {
			r.Notices = append(r.Notices, report.Notice{Level: "warning", Message: "report_lone_client_ids is not passed to go vet's checks (--files): lone client_ids are not reported"})
		}
		if diags, broken, err = analyzeFiles(dir, patterns, vettool, suite, r); err != nil {
			fmt.Fprintf(stderr, "vippslint analyze: %s\n", lowerFirst(err.Error()))
			return exitUsage
		}
	} else {
		var err error
		diags, err = analyzers.CheckWith(dir, patterns, suite)
		if err != nil && !errors.As(err, &broken) {
			fmt.Fprintf(stderr, "vippslint analyze: %s\n", lowerFirst(err.Error()))
			return exitUsage
		}
	}
	lines := fileLines{}
	// Packages that do not compile are named (exit 2); the others are
	// reported, as go vet does.
	for _, p := range broken {
		r.Notices = append(r.Notices, report.Notice{Level: "error", Path: p.Package, Message: "not analyzed: " + strings.Join(p.Errors, "; ")})
	}
	for _, d := range diags {
		r.Findings = append(r.Findings, toFinding(d, root, lines))
	}
	if fix {
		if code, ok := applyFixes(s, diags, r.Findings, stderr); !ok {
			return code
		}
	}
	return c.finish(context.Background(), s, r, len(broken), stdout, stderr)
}

// analyzeFiles analyzes the packages that hold the Go files given, each in
// the module that owns it (the nearest go.mod above it), so that a
// repository with its modules in subfolders works and a commit that touches
// one package costs one package. Files that go ./... would not see
// (testdata, vendor, _ and . folders) are left out, as the rest of the
// module is. It sets r's scope to the packages analyzed.
func analyzeFiles(dir string, files []string, vettool string, suite []*analysis.Analyzer, r *report.Run) ([]analyzers.Diagnostic, analyzers.LoadErrors, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, nil, err
	}
	mods := map[string]map[string]bool{} // module root -> package patterns
	for _, f := range files {
		if !strings.HasSuffix(f, ".go") {
			continue
		}
		if !filepath.IsAbs(f) {
			f = filepath.Join(dir, f)
		}
		abs, err := filepath.Abs(f)
		if err != nil {
			return nil, nil, err
		}
		mod := moduleRoot(filepath.Dir(abs))
		if mod == "" {
			r.Notices = append(r.Notices, report.Notice{Level: "warning", Path: f, Message: "no go.mod above it, not analyzed"})
			continue
		}
		rel, err := filepath.Rel(mod, filepath.Dir(abs))
		if err != nil || !goListed(rel, filepath.Base(abs)) {
			continue
		}
		if mods[mod] == nil {
			mods[mod] = map[string]bool{}
		}
		pkg := "."
		if rel != "." {
			pkg = "./" + filepath.ToSlash(rel)
		}
		mods[mod][pkg] = true
	}
	var diags []analyzers.Diagnostic
	var broken analyzers.LoadErrors
	var scope []string
	for _, mod := range slices.Sorted(maps.Keys(mods)) {
		pkgs := slices.Sorted(maps.Keys(mods[mod]))
		var ds []analyzers.Diagnostic
		var err error
		if vettool != "" {
			ds, err = analyzers.CheckVet(vettool, mod, pkgs)
		} else {
			ds, err = analyzers.CheckWith(mod, pkgs, suite)
		}
		var le analyzers.LoadErrors
		if err != nil && !errors.As(err, &le) {
			return nil, nil, err
		}
		diags, broken = append(diags, ds...), append(broken, le...)
		for _, p := range pkgs {
			where := filepath.Join(mod, p)
			if rel, err := filepath.Rel(dir, where); err == nil {
				where = rel
			}
			scope = append(scope, filepath.ToSlash(where))
		}
	}
	r.Scope["packages"] = strings.Join(scope, " ")
	return diags, broken, nil
}

// moduleRoot is the nearest directory at or above dir that holds a go.mod,
// or "".
func moduleRoot(dir string) string {
	for {
		if st, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && st.Mode().IsRegular() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// goListed reports whether the go command sees the file base in the
// package folder rel (relative to its module root) when it expands ./...:
// not in testdata or vendor, and no element starting with . or _.
func goListed(rel, base string) bool {
	for _, e := range append(strings.Split(filepath.ToSlash(rel), "/"), base) {
		if e == "." {
			continue
		}
		if e == "testdata" || e == "vendor" || strings.HasPrefix(e, ".") || strings.HasPrefix(e, "_") {
			return false
		}
	}
	return true
}

// siblingVettool is cmd/vippslint-vet installed beside this binary (go
// install ./..., pre-commit and go build -o bin/ ./cmd/... put them
// together), or "" when it is not there.
func siblingVettool() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	name := "vippslint-vet"
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	p := filepath.Join(filepath.Dir(exe), name)
	if st, err := os.Stat(p); err != nil || !st.Mode().IsRegular() {
		return ""
	}
	return p
}

func patternsOrAll(p []string) []string {
	if len(p) == 0 {
		return []string{"./..."}
	}
	return p
}

// fileLines caches the lines of the files diagnostics point into.
type fileLines map[string][][]byte

func (fl fileLines) line(path string, n int) []byte {
	ls, ok := fl[path]
	if !ok {
		data, err := os.ReadFile(path)
		if err == nil {
			ls = bytes.Split(data, []byte("\n"))
		}
		fl[path] = ls
	}
	if n < 1 || n > len(ls) {
		return nil
	}
	return bytes.TrimRight(ls[n-1], "\r")
}

// toFinding converts an analyzer diagnostic to the shared findings model:
// a path relative to the report root, UTF-16 columns for SARIF and a
// content-based fingerprint (rule, path and the line's text).
func toFinding(d analyzers.Diagnostic, root string, fl fileLines) report.Finding {
	rel, err := filepath.Rel(root, d.File)
	if err != nil || strings.HasPrefix(rel, "..") {
		rel = d.File
	}
	rel = filepath.ToSlash(rel)
	l := fl.line(d.File, d.Line)
	endLine, endCol := d.EndLine, d.EndCol
	if endLine == 0 {
		endLine, endCol = d.Line, d.Col
	}
	level := string(rules.Warning)
	if r, ok := rules.ByID(d.RuleID); ok {
		level = string(r.Level)
	}
	endText := l
	if endLine != d.Line {
		endText = fl.line(d.File, endLine)
	}
	return report.Finding{
		RuleID: d.RuleID, Level: level, Message: d.Message,
		Location: report.Location{
			Path: rel, Line: d.Line, Col: d.Col, EndLine: endLine, EndCol: endCol,
			ColUTF16: report.UTF16Col(l, d.Col), EndColUTF16: report.UTF16Col(endText, endCol),
		},
		Fingerprint: report.LineFingerprint(d.RuleID, rel, string(l)),
		Properties:  map[string]any{"analyzer": d.Analyzer},
	}
}

// applyFixes applies the fixes of the findings that survive the config,
// ignore file and baseline, and says on stderr what it changed.
func applyFixes(s *setup, diags []analyzers.Diagnostic, findings []report.Finding, stderr io.Writer) (int, bool) {
	kept, _ := scanner.Filter(append([]report.Finding(nil), findings...), s.cfg, s.ignore, s.baseline)
	type at struct {
		rule, path string
		line, col  int
	}
	keep := map[at]bool{}
	for _, f := range kept {
		keep[at{f.RuleID, f.Location.Path, f.Location.Line, f.Location.Col}] = true
	}
	var fixable []analyzers.Diagnostic
	for i, d := range diags {
		f := findings[i]
		if d.Fix != nil && keep[at{f.RuleID, f.Location.Path, f.Location.Line, f.Location.Col}] {
			fixable = append(fixable, d)
		}
	}
	res, err := analyzers.ApplyFixes(fixable)
	if err != nil {
		fmt.Fprintf(stderr, "vippslint analyze: %s\n", lowerFirst(err.Error()))
		return exitUsage, false
	}
	fmt.Fprintf(stderr, "vippslint analyze: applied %s to %s; rotate the keys they removed: they are still in the history\n", nFixes(res.Applied), plural(len(res.Files), "file"))
	if res.Skipped > 0 {
		fmt.Fprintf(stderr, "vippslint analyze: %s conflicted with others and were not applied; run again\n", nFixes(res.Skipped))
	}
	return 0, true
}

func nFixes(n int) string {
	if n == 1 {
		return "1 fix"
	}
	return fmt.Sprintf("%d fixes", n)
}
