//go:build cgo

package misuse

import (
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/vippslint/vippslint/rules"
)

// vipps-secret-in-url.
//
// Sink: a URL's query string: a string literal (or template) with
// ?name= or &name= after a URL or path, name one of rules.URLSecretParams,
// whose value is filled in by code. The value needs evidence, or the file
// talks to Vipps (then the parameter itself sends a Vipps secret, evidence
// (c)). A form body ('grant_type=...&client_secret=' + s) is no URL.

func (a *analysis) url(n *sitter.Node) {
	if a.pass != passReport {
		return
	}
	if p := n.Parent(); p != nil && a.syn.strs[p.Type()] {
		return // the outer string is checked
	}
	txt := a.text(n)
	lt := strings.ToLower(txt)
	q := strings.IndexByte(lt, '?')
	switch {
	case q >= 0 && !a.urlish(n, lt, q):
		return
	case q < 0:
		// '&access_token=' appended to a URL built before it.
		if !a.chainHasQuery(n) {
			return
		}
		q = 0
	}
	for _, p := range rules.URLSecretParams() {
		for off := q; ; {
			i := strings.Index(lt[off:], p+"=")
			if i < 0 {
				break
			}
			i += off
			off = i + len(p)
			if lt[i-1] != '?' && lt[i-1] != '&' {
				continue
			}
			ev, filled := a.urlValue(n, uint32(i+len(p)+1))
			if !filled {
				continue
			}
			if !ev.real() && !a.talks {
				continue
			}
			desc := fmt.Sprintf("the %s query parameter sends a vipps secret to the vipps api", p)
			if ev.real() {
				desc = ev.desc
			}
			a.reportAt(rules.IDSecretInURL, n, i, len(p), fmt.Sprintf("%s, and is sent as url query parameter %s here; urls end up in logs and browser history", desc, p))
			return
		}
	}
}

// urlish reports whether the '?' at q ends a URL or a path: text before it
// in the literal holds a '/' or an interpolation, or the literal starts
// with it and is appended to something.
func (a *analysis) urlish(n *sitter.Node, lt string, q int) bool {
	before := lt[:q]
	if i := strings.LastIndexAny(before, " \t\n"); i >= 0 {
		before = before[i+1:]
	}
	if strings.Contains(before, "/") || strings.Contains(before, "http") || strings.Contains(before, "{") || strings.Contains(before, "$") {
		return true
	}
	return strings.TrimLeft(before, "\"'`@f$") == "" && n.Parent() != nil && a.syn.binaries[n.Parent().Type()]
}

// urlValue is the evidence of the value of a query parameter whose value
// starts at byte off of string n: an interpolation there, or the operand
// the string is concatenated with. filled is false when the value is
// literal text.
func (a *analysis) urlValue(n *sitter.Node, off uint32) (ev *evidence, filled bool) {
	at := n.StartByte() + off
	for i := 0; i < int(n.NamedChildCount()); i++ {
		c := n.NamedChild(i)
		if c.StartByte() < at {
			continue
		}
		switch c.Type() {
		case "string_content", "string_fragment", "string_literal_content", "string_end", "escape_sequence":
			if c.StartByte() == at {
				return nil, false
			}
			continue
		}
		if c.StartByte() <= at+2 {
			return a.eval(c, 0), true
		}
		break
	}
	if n.EndByte()-1 > at { // literal text follows '='
		rest := strings.Trim(string(a.src[at:n.EndByte()]), "\"'`")
		return a.literal(n), rest != "" && a.literal(n) != nil
	}
	for x, i := n, 0; i < 32; i++ {
		p := x.Parent()
		if p == nil || !a.syn.binaries[p.Type()] {
			break
		}
		if r := x.NextNamedSibling(); r != nil {
			return a.eval(r, 0), true
		}
		x = p // the right operand of a + b + c is the next one up
	}
	return nil, false
}

// chainHasQuery reports whether a string is concatenated onto text that
// holds a URL's '?' (base + '/x?status=' + s + '&access_token=' + t).
func (a *analysis) chainHasQuery(n *sitter.Node) bool {
	top := n
	for i := 0; i < 32; i++ {
		p := top.Parent()
		if p == nil || !a.syn.binaries[p.Type()] {
			break
		}
		top = p
	}
	if top.Equal(n) {
		return false
	}
	before := string(a.src[top.StartByte():n.StartByte()])
	q := strings.IndexByte(before, '?')
	return q >= 0 && strings.Contains(before[:q], "/")
}

func (a *analysis) reportAt(rule string, n *sitter.Node, off, size int, msg string) {
	if a.pass != passReport {
		return
	}
	abs := int(n.StartByte()) + off
	line, col := 0, 0
	for i := 0; i < abs && i < len(a.src); i++ {
		if a.src[i] == '\n' {
			line++
			col = 0
		} else {
			col++
		}
	}
	key := fmt.Sprintf("%s:%d", rule, line)
	if a.seen[key] {
		return
	}
	a.seen[key] = true
	a.findings = append(a.findings, Finding{Rule: rule, Line: line, Col: col, EndCol: col + size, Message: msg})
}
