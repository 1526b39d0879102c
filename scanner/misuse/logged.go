//go:build cgo

package misuse

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/vippslint/vippslint/rules"
)

// vipps-secret-logged.
//
// Sinks: log, print and console calls, PHP echo, Console.WriteLine, logger
// methods (rules.IsLogCall), exception messages (throw, raise).
// Not sinks: presence checks, lengths, hashes, masked or truncated values
// (rules.IsMeasure, slices, comparisons, conditionals' conditions), and
// messages that name a missing setting without its value (nameof, literal
// text): none of these carries the evidence of the value.

// raisers are calls that raise an exception with their arguments (Ruby's
// raise and fail have no statement of their own).
var raisers = map[string]bool{"raise": true, "fail": true, "abort": true}

func (a *analysis) logged(n *sitter.Node, callee string, args []*sitter.Node) {
	name := lower(rules.CalleeName(callee))
	isRaise := raisers[name]
	if !isRaise && !rules.IsLogCall(callee) {
		return
	}
	for _, x := range args {
		if ev := a.eval(x, 0); ev.real() {
			a.reportLogged(n, ev, isRaise)
			return
		}
	}
}

func (a *analysis) reportLogged(n *sitter.Node, ev *evidence, exception bool) {
	where := "written to a log or output here"
	if exception {
		where = "put in an exception message here"
	}
	a.report(rules.IDSecretLogged, n, ev.desc+", and is "+where)
}
