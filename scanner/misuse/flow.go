//go:build cgo

package misuse

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/vippslint/vippslint/rules"
)

// assign binds what an assignment or declaration stores: a name, a field,
// a key of a container, or the names of a destructuring pattern.
func (a *analysis) assign(n *sitter.Node) {
	l, r := a.left(n), a.right(n)
	if l == nil || r == nil || l.Equal(r) {
		return
	}
	if a.pass == passCollect {
		if a.model != modelSecret {
			return
		}
		// headers['client_secret'] = s, req.headers["Ocp-Apim-Subscription-Key"] = k;
		// not self.client_secret = s, which keeps a setting.
		if a.syn.subscripts[l.Type()] || a.syn.members[l.Type()] && strings.Contains(strings.ToLower(a.text(l)), "header") {
			segs := segments(a.text(l))
			if len(segs) > 0 {
				a.collectSent(segs[len(segs)-1], r)
			}
		}
		return
	}
	ev := a.eval(r, 0)
	a.bind(l, r, ev)
	if a.model == modelInput {
		a.msnAssign(n, l, r, ev)
		return
	}
	a.storeAssign(n, l, ev)
}

func (a *analysis) bind(l, r *sitter.Node, ev *evidence) {
	t := l.Type()
	switch {
	case a.syn.idents[t]:
		a.bindName(a.text(l), ev)
	case a.syn.members[t] || a.syn.subscripts[t]:
		p := compact(a.text(l))
		a.bindName(p, ev)
		// headers['Ocp-Apim-Subscription-Key'] = key puts the key in headers;
		// headers['Ocp-Apim-Subscription-Key'] = '***' takes it out.
		root := a.rootIdent(l)
		segs := segments(p)
		if root == "" || root == p || len(segs) < 2 {
			return
		}
		key := rules.Normalize(segs[len(segs)-1])
		old, _ := a.lookup(root)
		switch {
		case ev.real():
			a.bindName(root, union(old, ev.withKey(key)))
		case old.real() && len(old.keys) > 0:
			a.bindName(root, old.without(func(k string) bool { return k == key }))
		}
	default:
		a.destructure(l, r, ev)
	}
}

// destructure binds the names of a pattern: { clientSecret } = config
// takes config.clientSecret; a, b = x, y pairs them up.
func (a *analysis) destructure(l, r *sitter.Node, ev *evidence) {
	type target struct{ key, name string }
	var ts []target
	rest := "" // ...rest takes what the named keys leave
	var collect func(n *sitter.Node, depth int)
	collect = func(n *sitter.Node, depth int) {
		if depth > 8 {
			return
		}
		switch t := n.Type(); {
		case t == "pair_pattern":
			k, v := n.ChildByFieldName("key"), n.ChildByFieldName("value")
			if k != nil && v != nil && a.syn.idents[v.Type()] {
				ts = append(ts, target{a.keyText(k), a.text(v)})
				return
			}
		case a.syn.idents[t] || t == "shorthand_property_identifier_pattern":
			ts = append(ts, target{a.text(n), a.text(n)})
			return
		case t == "rest_pattern" || t == "list_splat_pattern" || t == "dictionary_splat_pattern":
			if n.NamedChildCount() > 0 {
				rest = a.text(n.NamedChild(0))
			}
			return
		}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			collect(n.NamedChild(i), depth+1)
		}
	}
	collect(l, 0)
	if len(ts) == 0 {
		return
	}
	if rt := r.Type(); (rt == "expression_list" || rt == "tuple" || rt == "array" || rt == "list") && int(r.NamedChildCount()) == len(ts) {
		for i, t := range ts {
			a.bindName(t.name, a.eval(r.NamedChild(i), 0))
		}
		return
	}
	if rest != "" && ev.real() && len(ev.keys) > 0 {
		named := map[string]bool{}
		for _, t := range ts {
			named[rules.Normalize(t.key)] = true
		}
		a.bindName(rest, ev.without(func(k string) bool { return named[k] }))
	}
	rp := compact(a.text(r))
	for _, t := range ts {
		got := ev.get(rules.Normalize(t.key))
		if got == nil && a.model == modelInput && ev.real() && len(ev.keys) == 0 {
			got = ev // a field of request input: const { msn } = req.query
		}
		if got == nil && !ev.real() {
			got = a.nameEvidence(rp+"."+t.key, t.name, false)
		}
		a.bindName(t.name, got)
	}
}

// call handles a call: parameters of functions in the file, values sent
// to Vipps, and the sinks.
func (a *analysis) call(n *sitter.Node) {
	al := a.argList(n)
	if al == nil {
		return
	}
	callee := a.callee(n, al)
	args := a.args(al)
	if a.pass == passCollect {
		// headers.set('Ocp-Apim-Subscription-Key', key), Headers.Add(...)
		if len(args) >= 2 && a.isString(args[0]) && a.model == modelSecret {
			a.collectSent(a.keyText(args[0]), args[1])
		}
		return
	}
	if f := a.sameFile(callee); f != nil && a.pass == passFlow {
		for i, x := range args {
			j := a.paramIndex(f, i, x)
			if j < 0 || j >= len(f.paramEv) || f.paramEv[j] != nil {
				continue
			}
			if ev := a.eval(x, 0); ev.real() {
				f.paramEv[j] = ev
			}
		}
	}
	a.mutate(n, callee, args)
	if a.pass != passReport {
		return
	}
	if a.model == modelInput {
		a.msnCall(n, callee, args)
		return
	}
	at := n
	if n.StartPoint().Row != al.StartPoint().Row {
		at = al // a chained call: prefs.edit()\n.putString(...) is where its arguments are
	}
	a.logged(at, callee, args)
	a.exposedCall(at, callee, args)
}

// mutate follows a method that changes a container in place:
// headers.set('Ocp-Apim-Subscription-Key', key) puts the key in,
// copy.putAll(headers) and Object.assign(copy, headers) copy what headers
// holds, copy.remove('client_secret') takes that key out again.
func (a *analysis) mutate(n *sitter.Node, callee string, args []*sitter.Node) {
	op := rules.ContainerOpOf(rules.CalleeName(callee))
	target := a.receiver(n)
	if lower(callee) == "object.assign" && len(args) >= 2 {
		op, target, args = rules.ContainerMerge, args[0], args[1:]
	}
	if op == rules.ContainerNone || target == nil || !a.syn.idents[target.Type()] && !a.syn.members[target.Type()] {
		return
	}
	p := compact(a.text(target))
	old, _ := a.lookup(p)
	switch op {
	case rules.ContainerPut:
		if len(args) < 2 || !a.isString(args[0]) {
			return
		}
		key := rules.Normalize(a.keyText(args[0]))
		if ev := a.eval(args[1], 0); ev.real() {
			a.bindName(p, union(old, ev.withKey(key)))
		} else if old.get(key) != nil {
			a.bindName(p, old.without(func(k string) bool { return k == key })) // set to a masked value
		}
	case rules.ContainerMerge:
		for _, x := range args {
			if ev := a.eval(x, 0); ev.real() && len(ev.keys) > 0 {
				old = union(old, ev)
				a.bindName(p, old)
			}
		}
	case rules.ContainerRemove:
		if len(args) >= 1 && a.isString(args[0]) && old.real() && len(old.keys) > 0 {
			key := rules.Normalize(a.keyText(args[0]))
			a.bindName(p, old.without(func(k string) bool { return k == key }))
		}
	}
}

// throw reports a secret in an exception message.
func (a *analysis) throw(n *sitter.Node) {
	if a.pass != passReport || n.NamedChildCount() == 0 {
		return
	}
	x := n.NamedChild(0)
	if a.syn.calls[x.Type()] {
		if al := a.argList(x); al != nil {
			for _, arg := range a.args(al) {
				if ev := a.eval(arg, 0); ev.real() {
					a.reportLogged(n, ev, true)
					return
				}
			}
		}
		return
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		if ev := a.eval(n.NamedChild(i), 0); ev.real() {
			a.reportLogged(n, ev, true)
			return
		}
	}
}

// echo reports PHP echo and print of a secret.
func (a *analysis) echo(n *sitter.Node) {
	if a.pass != passReport {
		return
	}
	if ev := a.children(n, 0, nil); ev.real() {
		a.reportLogged(n, ev, false)
	}
}

func lower(s string) string { return strings.ToLower(s) }

// paramIndex is the parameter that argument i (node x) of a call binds:
// by name for keyword arguments (f(b=1)), by position otherwise, after a
// method's self or cls.
func (a *analysis) paramIndex(f *fn, i int, x *sitter.Node) int {
	if hasKey(a.syn.pairs, x.Type()) {
		k, v := a.pairKV(x)
		if k == nil || v == nil || k.Equal(v) {
			return i
		}
		name := a.keyText(k)
		for j, p := range f.params {
			if p == name {
				return j
			}
		}
		return -1
	}
	if len(f.params) > 0 && (f.params[0] == "self" || f.params[0] == "cls") {
		return i + 1
	}
	return i
}
