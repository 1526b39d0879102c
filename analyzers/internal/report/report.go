// Package report is the one place where the vippslint analyzers turn a
// finding into an analysis.Diagnostic.
//
// It puts the rule ID in Diagnostic.Category, keeps messages lowercase
// without a trailing period, redacts secrets (at most four leading
// characters and the length) and honours "//vippslint:ignore RULE reason"
// on the finding's line or the line above. Because suppression lives here,
// inside the analyzers, it works the same under go vet, golangci-lint and
// vippslint analyze.
package report

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/suppress"
)

// Reporter reports one pass's findings. It is not safe for concurrent use;
// make one per pass.
type Reporter struct {
	pass *analysis.Pass
	// dirs holds the directives of each file, by file name.
	dirs map[string][]*suppress.Directive
	seen map[key]bool
}

type key struct {
	pos  token.Pos
	rule string
}

// New parses the vippslint:ignore directives in the pass's files.
func New(pass *analysis.Pass) *Reporter {
	r := &Reporter{pass: pass, seen: map[key]bool{}}
	for _, f := range pass.Files {
		ds := Directives(pass.Fset, f)
		if len(ds) == 0 {
			continue
		}
		if r.dirs == nil {
			r.dirs = map[string][]*suppress.Directive{}
		}
		name := pass.Fset.File(f.Pos()).Name()
		r.dirs[name] = append(r.dirs[name], ds...)
	}
	return r
}

// Directives returns the vippslint:ignore directives in f's comments, with
// file line numbers.
func Directives(fset *token.FileSet, f *ast.File) []*suppress.Directive {
	var out []*suppress.Directive
	var code map[int]bool // lines where a node starts or ends
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if !strings.Contains(c.Text, suppress.Marker) {
				continue
			}
			start := fset.Position(c.Slash)
			for _, d := range suppress.Parse([]byte(c.Text)) {
				if d.Line == 1 {
					d.Col += start.Column - 1
				}
				d.Line += start.Line - 1
				if d.Alone {
					// A comment after (or before) code on its line covers
					// that line only, as in the file scanner.
					if code == nil {
						code = codeLines(fset, f)
					}
					d.Alone = !code[d.Line]
				}
				out = append(out, d)
			}
		}
	}
	return out
}

// codeLines are the lines of f where a node starts or ends: the lines
// that hold code.
func codeLines(fset *token.FileSet, f *ast.File) map[int]bool {
	lines := map[int]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.CommentGroup, *ast.Comment:
			return false
		case *ast.File:
			return true
		}
		lines[fset.Position(n.Pos()).Line] = true
		lines[fset.Position(n.End()-1).Line] = true
		return true
	})
	return lines
}

// Suppressed reports whether a directive covers rule at pos.
func (r *Reporter) Suppressed(pos token.Pos, rule string) bool {
	if r.dirs == nil || !pos.IsValid() {
		return false
	}
	p := r.pass.Fset.Position(pos)
	return suppress.Match(r.dirs[p.Filename], rule, p.Line)
}

// Report reports a finding of rule over node unless a directive suppresses
// it or the same rule was already reported at the same position.
func (r *Reporter) Report(rng analysis.Range, rule, format string, args ...any) {
	r.ReportAt(rng.Pos(), rng.End(), rule, format, args...)
}

// ReportAt is Report with explicit positions.
func (r *Reporter) ReportAt(pos, end token.Pos, rule, format string, args ...any) {
	r.report(pos, end, rule, nil, nil, format, args...)
}

// ReportFix is Report with a suggested fix; a nil fix reports without one.
func (r *Reporter) ReportFix(rng analysis.Range, rule string, fix *analysis.SuggestedFix, format string, args ...any) {
	r.ReportRelated(rng, rule, fix, nil, format, args...)
}

// ReportRelated is ReportFix with related locations (the other members of
// a key set).
func (r *Reporter) ReportRelated(rng analysis.Range, rule string, fix *analysis.SuggestedFix, related []analysis.RelatedInformation, format string, args ...any) {
	var fixes []analysis.SuggestedFix
	if fix != nil {
		fixes = []analysis.SuggestedFix{*fix}
	}
	r.report(rng.Pos(), rng.End(), rule, fixes, related, format, args...)
}

func (r *Reporter) report(pos, end token.Pos, rule string, fixes []analysis.SuggestedFix, related []analysis.RelatedInformation, format string, args ...any) {
	k := key{pos, rule}
	if r.seen[k] || r.Suppressed(pos, rule) {
		return
	}
	r.seen[k] = true
	if end < pos {
		end = token.NoPos
	}
	r.pass.Report(analysis.Diagnostic{
		Pos:            pos,
		End:            end,
		Category:       rule,
		Message:        Message(format, args...),
		URL:            helpURL(rule),
		SuggestedFixes: fixes,
		Related:        related,
	})
}

func helpURL(rule string) string {
	if rl, ok := rules.ByID(rule); ok {
		return rl.HelpURI()
	}
	return ""
}

// Message formats a diagnostic message: first letter lowercase, no
// trailing period, no trailing white space.
func Message(format string, args ...any) string {
	m := strings.TrimSpace(fmt.Sprintf(format, args...))
	m = strings.TrimRight(m, ".")
	if r, n := utf8.DecodeRuneInString(m); unicode.IsUpper(r) && !startsWithAcronym(m) {
		m = string(unicode.ToLower(r)) + m[n:]
	}
	return m
}

// startsWithAcronym keeps "URL ..." or "JSON ..." as written.
func startsWithAcronym(m string) bool {
	return len(m) > 1 && unicode.IsUpper(rune(m[1]))
}

// Redact shows a secret as its first characters (at most four, and at most
// a quarter of it) and its length: "Y8kt…" (24 chars).
func Redact(s string) string {
	keep := len(s) / 4
	if keep > 4 {
		keep = 4
	}
	// Do not cut a multi-byte character.
	for keep > 0 && !utf8.RuneStart(s[keep]) {
		keep--
	}
	return fmt.Sprintf("%q (%d chars)", s[:keep]+"…", len(s))
}

// ReportDirectiveProblems reports malformed vippslint:ignore directives
// (no rule, no reason) in the pass's files, with category
// rules.IDDirective. Only one analyzer of the suite calls it, so a
// directive is reported once.
func ReportDirectiveProblems(pass *analysis.Pass) {
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		if tf == nil {
			continue
		}
		for _, d := range Directives(pass.Fset, f) {
			if d.Problem == "" || d.Line > tf.LineCount() {
				continue
			}
			pos := tf.LineStart(d.Line) + token.Pos(d.Col-1)
			if int(pos) > tf.Base()+tf.Size() {
				pos = tf.LineStart(d.Line)
			}
			pass.Report(analysis.Diagnostic{
				Pos:      pos,
				Category: rules.IDDirective,
				Message:  Message("malformed vippslint:ignore: %s", d.Problem),
			})
		}
	}
}
