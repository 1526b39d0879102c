// Package suppress parses vippslint:ignore directives.
//
// A directive is "vippslint:ignore RULE[,RULE...] reason" inside a comment of
// any syntax (//, #, --, ;, /* */, <!-- -->, REM, '). It applies to findings
// on its own line; a comment alone on its line applies to the next line
// too. A comment after code (x = 1 # vippslint:ignore ...) covers that line
// only, so it cannot silence the line below by accident. RULE is a rule ID or "*". The reason
// is required: a directive without one is malformed, suppresses nothing and
// is reported (as staticcheck does with //lint:ignore).
package suppress

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/report"
)

// Marker starts a directive.
const Marker = "vippslint:ignore"

// Directive is one parsed vippslint:ignore.
type Directive struct {
	Line   int // 1-based line the directive is on
	Col    int // 1-based byte column of the marker
	Rules  []string
	Reason string
	// Problem is set when the directive is malformed.
	Problem string
	// Alone is set when the comment is alone on its line (no code before
	// or after it): then it covers the next line too.
	Alone bool
	// Used is set by Match when the directive suppressed a finding.
	Used bool
}

// Covers reports whether d applies to a finding of rule on line.
func (d *Directive) Covers(rule string, line int) bool {
	if d.Problem != "" || line != d.Line && !(d.Alone && line == d.Line+1) {
		return false
	}
	for _, r := range d.Rules {
		if r == "*" || r == rule {
			return true
		}
	}
	return false
}

// Parse returns the directives in content. It is cheap when there are none.
func Parse(content []byte) []*Directive {
	if !bytes.Contains(content, []byte(Marker)) {
		return nil
	}
	var out []*Directive
	line := 1
	for len(content) > 0 {
		end := bytes.IndexByte(content, '\n')
		var l []byte
		if end < 0 {
			l, content = content, nil
		} else {
			l, content = content[:end], content[end+1:]
		}
		if i := bytes.Index(l, []byte(Marker)); i >= 0 {
			if ok, alone := startsComment(l, i); ok {
				d := parseOne(string(l[i+len(Marker):]), line, i+1)
				d.Alone = alone && !codeAfter(l[i:])
				out = append(out, d)
			}
		}
		line++
	}
	return out
}

// openers start a comment in the languages vippslint scans.
var openers = []string{"//", "#", "/*", "<!--", "--", ";", "'", "%", "{#", "<%--", "*", "REM", "rem"}

// startsComment reports whether the marker at l[i:] begins a comment: a
// comment opener stands right before it (spaces allowed), and that opener is
// not inside an earlier comment, so prose such as "// write
// //vippslint:ignore RULE reason" is not a directive. alone is set when
// nothing but the opener stands before it.
func startsComment(l []byte, i int) (ok, alone bool) {
	before := bytes.TrimRight(l[:i], " \t")
	for _, o := range openers {
		if !bytes.HasSuffix(before, []byte(o)) {
			continue
		}
		head := bytes.TrimSpace(before[:len(before)-len(o)])
		if len(head) == 0 {
			return true, true // the line is this comment
		}
		for _, o2 := range openers[:6] {
			if bytes.HasPrefix(head, []byte(o2)) {
				return false, false // already inside a comment that started earlier
			}
		}
		return true, false // code, then this trailing comment
	}
	return false, false
}

// codeAfter reports whether code follows a block comment that starts at
// the beginning of rest (/* vippslint:ignore ... */ x = 1).
func codeAfter(rest []byte) bool {
	for _, c := range closers {
		if i := bytes.Index(rest, []byte(c)); i >= 0 {
			return len(bytes.TrimSpace(rest[i+len(c):])) > 0
		}
	}
	return false
}

// closers end a comment and are not part of the reason.
var closers = []string{"*/", "-->", "#}", "%>", "--%>"}

func parseOne(rest string, line, col int) *Directive {
	d := &Directive{Line: line, Col: col}
	for _, c := range closers {
		if i := strings.Index(rest, c); i >= 0 {
			rest = rest[:i]
		}
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		d.Problem = "directive names no rule; write vippslint:ignore RULE reason"
		return d
	}
	for _, r := range strings.Split(f[0], ",") {
		if r = strings.TrimSpace(r); r != "" {
			d.Rules = append(d.Rules, r)
		}
	}
	d.Reason = strings.Join(f[1:], " ")
	for _, r := range d.Rules {
		if _, ok := rules.ByID(r); !ok && r != "*" {
			// A key pasted into the comment is quoted redacted.
			d.Problem = fmt.Sprintf("unknown rule %q (see vippslint rules)", report.RedactKeys(r))
			return d
		}
	}
	if d.Reason == "" {
		d.Problem = "directive has no reason; write vippslint:ignore " + report.RedactKeys(f[0]) + " reason"
	}
	return d
}

// Match marks and reports whether a directive in ds covers rule on line.
func Match(ds []*Directive, rule string, line int) bool {
	hit := false
	for _, d := range ds {
		if d.Covers(rule, line) {
			d.Used = true
			hit = true
		}
	}
	return hit
}
