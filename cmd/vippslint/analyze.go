package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/vippslint/vippslint/analyzers"
	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/report"
)

// cmdAnalyze runs the go/analysis suite on Go packages of the current
// module and writes the findings in any output format. The analyzers honour
// //vippslint:ignore themselves; .vippslintignore, --baseline and disabled
// rules apply here as in scan.
func cmdAnalyze(args []string, stdout, stderr io.Writer) int {
	dir := "."
	c, patterns, ok := parseCommand("analyze", "analyze [flags] [PACKAGES] (default ./...)", args, stderr, func(fs *flag.FlagSet) {
		fs.StringVar(&dir, "C", ".", "run in `DIR` (the module to analyze)")
	})
	if !ok {
		return exitUsage
	}
	if c.verify {
		fmt.Fprintln(stderr, "vippslint analyze: --verify needs key sets found by scan, git or staged")
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
	diags, err := analyzers.Check(dir, patterns)
	var broken analyzers.LoadErrors
	if err != nil && !errors.As(err, &broken) {
		fmt.Fprintf(stderr, "vippslint analyze: %s\n", lowerFirst(err.Error()))
		return exitUsage
	}
	lines := fileLines{}
	r := &report.Run{Scope: map[string]any{"packages": strings.Join(append([]string{}, patternsOrAll(patterns)...), " ")}}
	// Packages that do not compile are named (exit 2); the others are
	// reported, as go vet does.
	for _, p := range broken {
		r.Notices = append(r.Notices, report.Notice{Level: "error", Path: p.Package, Message: "not analyzed: " + strings.Join(p.Errors, "; ")})
	}
	for _, d := range diags {
		r.Findings = append(r.Findings, toFinding(d, root, lines))
	}
	return c.finish(context.Background(), s, r, len(broken), stdout, stderr)
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
