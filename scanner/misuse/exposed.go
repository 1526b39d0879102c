//go:build cgo

package misuse

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/vippslint/vippslint/rules"
)

// vipps-key-exposed, for parsed code.
//
// Sinks: HTTP responses (rules.IsResponseCall: res.json, jsonify, Ok(...),
// render json:, wp_send_json), browser and app storage
// (rules.IsStorageCall, document.cookie and localStorage assignments).
// Test code is left alone: its fake servers answer with tokens on purpose.
// Browser-public variables, client-side files and app resources are
// location rules in package scanner, not data flow.

func (a *analysis) exposedCall(n *sitter.Node, callee string, args []*sitter.Node) {
	if a.in.Test || len(args) == 0 {
		return
	}
	switch {
	case rules.IsResponseCall(callee):
		for _, x := range args {
			if ev := a.eval(x, 0); ev.real() {
				at := a.locate(x)
				if at.StartPoint().Row == n.StartPoint().Row {
					at = n
				}
				a.report(rules.IDKeyExposed, at, ev.desc+", and is sent to the client in an http response here")
				return
			}
		}
	case rules.IsStorageCall(callee):
		ev := a.eval(args[len(args)-1], 0)
		if k := args[0]; !ev.real() && len(args) == 2 && (a.isString(k) || a.syn.idents[k.Type()] || a.syn.members[k.Type()]) {
			// localStorage.setItem('vippsClientSecret', x),
			// putString(PREF_VIPPS_TOKEN, token): the key names it.
			ev = a.nameEvidence(a.keyText(k), a.text(k), false)
		}
		if ev.real() {
			a.report(rules.IDKeyExposed, n, ev.desc+", and is kept in browser or app storage here")
		}
	}
}

// storeAssign reports document.cookie = secret and localStorage.x = secret.
func (a *analysis) storeAssign(n, l *sitter.Node, ev *evidence) {
	if !ev.real() || a.in.Test || a.pass != passReport {
		return
	}
	p := strings.ToLower(compact(a.text(l)))
	p = strings.TrimPrefix(p, "window.")
	if p == "document.cookie" || strings.HasPrefix(p, "localstorage") || strings.HasPrefix(p, "sessionstorage") {
		a.report(rules.IDKeyExposed, n, ev.desc+", and is kept in browser storage here")
	}
}

// locate is the innermost part of x that carries the evidence: the line of
// a response object that holds the secret.
func (a *analysis) locate(x *sitter.Node) *sitter.Node {
	for i := 0; i < maxDepth; i++ {
		next := (*sitter.Node)(nil)
		for j := 0; j < int(x.NamedChildCount()); j++ {
			if c := x.NamedChild(j); a.eval(c, 0).real() {
				next = c
				break
			}
		}
		if next == nil {
			return x
		}
		x = next
	}
	return x
}
