//go:build cgo

package misuse

import (
	"context"
	"fmt"
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/vippslint/vippslint/rules"
)

// Enabled reports whether the parsed checks run: they need cgo.
const Enabled = true

// maxDepth bounds the recursion into one expression: deeper nesting is
// generated code, not a secret's path.
const maxDepth = 48

func syntaxOf(l language) *syntax {
	switch l {
	case langJS:
		return jsLang
	case langTS:
		return tsLang
	case langTSX:
		return tsxLang
	case langPython:
		return pythonLang
	case langPHP:
		return phpLang
	case langCSharp:
		return csharpLang
	case langJava:
		return javaLang
	case langKotlin:
		return kotlinLang
	case langRuby:
		return rubyLang
	}
	return nil
}

// Check parses the file's code regions and runs the misuse checks on them.
// A file whose language is not parsed gives an empty Result.
func Check(in Input) Result {
	if len(in.Content) > MaxParseBytes {
		return Result{} // generated or bundled: the line-level checks take it
	}
	rs := regions(in.Path, in.Content)
	if len(rs) == 0 {
		return Result{}
	}
	a := &analysis{in: in, talks: rules.TalksToVipps(in.Lower, in.Path), tokenAPI: rules.TokenEndpoint(in.Lower), seen: map[string]bool{}}
	// vipps-mutable-msn follows request input instead of secrets: a second
	// model over the same trees, in Vipps or partner code that names the
	// header, and never in tests, which assert on headers.
	models := []model{modelSecret}
	if in.MSN && (in.Vipps || in.Partner) && !in.Test {
		models = append(models, modelInput)
	}
	for _, r := range rs {
		syn := syntaxOf(r.lang)
		if syn == nil {
			continue
		}
		p := sitter.NewParser()
		p.SetLanguage(syn.grammar())
		tree, err := p.ParseCtx(context.Background(), nil, r.text)
		if err != nil {
			p.Close()
			continue
		}
		for _, m := range models {
			a.model = m
			a.run(syn, r.text, tree.RootNode())
		}
		tree.Close()
		p.Close()
	}
	return Result{Findings: a.findings, Covered: covered(in)}
}

// evidence says why a value is a Vipps secret. keys are the (normalized)
// keys under which a container holds one, each with its own evidence.
// param > 0 marks, inside a function, the value of its parameter param-1:
// no evidence itself, but what the function returns of it.
type evidence struct {
	desc  string
	keys  []keyed
	param int
}

type keyed struct{ key, desc string }

// real reports whether e is evidence, not only a parameter marker.
func (e *evidence) real() bool { return e != nil && e.desc != "" }

func (e *evidence) withKey(k string) *evidence {
	if !e.real() || k == "" {
		return e
	}
	return &evidence{desc: e.desc, keys: []keyed{{k, e.desc}}}
}

// get is the evidence of a container's key k, or nil.
func (e *evidence) get(k string) *evidence {
	if e == nil {
		return nil
	}
	for _, x := range e.keys {
		if x.key == k {
			return &evidence{desc: x.desc}
		}
	}
	return nil
}

// without is e less the keys drop says: a copy of a container with some
// keys taken out, nil when none is left.
func (e *evidence) without(drop func(k string) bool) *evidence {
	var keep []keyed
	for _, x := range e.keys {
		if !drop(x.key) {
			keep = append(keep, x)
		}
	}
	if len(keep) == 0 {
		return nil
	}
	return &evidence{desc: keep[0].desc, keys: keep}
}

func union(a, b *evidence) *evidence {
	switch {
	case a == nil || !a.real() && b.real():
		return b
	case b == nil || !b.real():
		return a
	}
	return &evidence{desc: a.desc, keys: append(append([]keyed(nil), a.keys...), b.keys...)}
}

// fn is a function defined in the file: what it returns, and what its
// parameters receive from the calls in the file.
type fn struct {
	params   []string
	paramEv  []*evidence
	ret      *evidence
	retParam int
	// ambiguous is set when the file defines the name more than once with
	// other parameters (overloads, a redefinition with a new signature): a
	// call cannot tell which one it calls, so no value flows through it.
	// Definitions with the same parameters (a helper nested in two
	// methods) pass values alike.
	ambiguous, defined bool
}

type scope struct {
	vars map[string]*evidence // nil value: assigned something that is no secret
	fn   *fn
	// handler is set for an HTTP route handler, whose return value is the
	// response.
	handler bool
}

// model is what the analysis follows: Vipps secrets (logged, exposed, in
// URL) or request input (mutable MSN).
type model int

const (
	modelSecret model = iota
	modelInput
)

type analysis struct {
	in       Input
	model    model
	talks    bool
	tokenAPI string
	syn      *syntax
	src      []byte
	pass     int
	funcs    map[string]*fn
	sent     map[string]*evidence
	scopes   []*scope
	findings []Finding
	seen     map[string]bool
	file     *scope
	scopeIDs []uint32
	// guards are the names checked against an allowlist or pinned by a
	// comparison (model input), keyed by guardKey.
	guards map[string]bool
	// testHosts and prodHosts say which Vipps hosts the file's literals
	// point at; keys is what its key names say (vipps-env-mismatch).
	testHosts, prodHosts bool
	keys                 *rules.KeyNames // read when a host literal needs them
}

const (
	passCollect = iota // functions and the values sent to Vipps
	passFlow           // bindings, returns and call-site parameters
	passReport         // the same, and the sinks
)

func (a *analysis) run(syn *syntax, src []byte, root *sitter.Node) {
	a.syn, a.src = syn, src
	a.funcs, a.sent, a.guards = map[string]*fn{}, map[string]*evidence{}, map[string]bool{}
	for a.pass = passCollect; a.pass <= passReport; a.pass++ {
		a.file = &scope{vars: map[string]*evidence{}}
		a.scopes = []*scope{a.file}
		a.scopeIDs = []uint32{0}
		a.walk(root, 0)
	}
}

func (a *analysis) text(n *sitter.Node) string {
	if n == nil {
		return ""
	}
	return string(a.src[n.StartByte():n.EndByte()])
}

// compact is code text without white space, for names and paths.
func compact(s string) string {
	return strings.Join(strings.Fields(s), "")
}

func (a *analysis) walk(n *sitter.Node, depth int) {
	if depth > 400 {
		return
	}
	t := n.Type()
	s := a.syn
	if s.comments[t] {
		return
	}
	if s.funcs[t] {
		a.enter(n)
		defer a.leave()
	}
	// A cursor: NamedChild(i) costs O(i), quadratic on a bundle's
	// thousands of top-level statements.
	if c := sitter.NewTreeCursor(n); c.GoToFirstChild() {
		for {
			if x := c.CurrentNode(); x.IsNamed() {
				a.walk(x, depth+1)
			}
			if !c.GoToNextSibling() {
				break
			}
		}
		c.Close()
	}
	if a.model == modelInput {
		a.msnNode(n, t)
	}
	switch {
	case hasKey(s.assigns, t):
		a.assign(n)
	case s.calls[t]:
		a.call(n)
	case s.returns[t]:
		a.ret(n)
	case a.model != modelSecret:
	case s.throws[t]:
		a.throw(n)
	case s.echoes[t]:
		a.echo(n)
	case s.strs[t]:
		a.url(n)
		a.countHosts(n)
		a.envHost(n)
	}
	if _, ok := s.pairs[t]; ok && a.pass == passCollect && a.model == modelSecret {
		k, v := a.pairKV(n)
		if k != nil && v != nil && !k.Equal(v) {
			a.collectSent(a.keyText(k), v)
		}
	}
	if s.funcs[t] && a.pass != passCollect {
		a.exprBody(n)
	}
}

func hasKey(m map[string][2]string, k string) bool {
	_, ok := m[k]
	return ok
}

// scopeKey keys a name in the innermost scope, or in the file for fields
// (this.x, self.x, $this->x, @x).
func (a *analysis) scopeKey(name string) string {
	l := strings.ToLower(name)
	if strings.HasPrefix(l, "this.") || strings.HasPrefix(l, "self.") || strings.HasPrefix(l, "$this->") || strings.HasPrefix(l, "@") {
		return "0\x00" + name
	}
	return fmt.Sprint(a.scopeIDs[len(a.scopeIDs)-1]) + "\x00" + name
}

func (a *analysis) enter(n *sitter.Node) {
	sc := &scope{vars: map[string]*evidence{}, handler: a.isHandler(n)}
	name := a.funcName(n)
	if name != "" {
		f := a.funcs[name]
		if f == nil {
			f = &fn{retParam: -1}
			if a.pass == passCollect {
				a.funcs[name] = f
			}
		}
		if a.pass == passCollect {
			ps := a.params(n)
			f.ambiguous = f.ambiguous || f.defined && !slices.Equal(ps, f.params)
			f.defined = true
			f.params = ps
			f.paramEv = make([]*evidence, len(f.params))
		} else {
			for i, p := range f.params {
				if p == "" {
					continue
				}
				// The marker says which parameter a return passes on; the
				// calls in the file say what the parameter holds.
				m := &evidence{param: i + 1}
				if i < len(f.paramEv) && f.paramEv[i] != nil {
					m.desc, m.keys = f.paramEv[i].desc, f.paramEv[i].keys
				}
				sc.vars[p] = m
			}
		}
		sc.fn = f
	}
	if a.model == modelInput && a.pass != passCollect {
		a.inputParams(n, sc)
	}
	a.scopes = append(a.scopes, sc)
	a.scopeIDs = append(a.scopeIDs, n.StartByte()+1)
}

func (a *analysis) leave() {
	a.scopes = a.scopes[:len(a.scopes)-1]
	a.scopeIDs = a.scopeIDs[:len(a.scopeIDs)-1]
}

// funcName is a function's own name, or the name of the variable it is
// assigned to (const f = () => ...).
func (a *analysis) funcName(n *sitter.Node) string {
	if c := n.ChildByFieldName("name"); c != nil {
		return a.text(c)
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		c := n.NamedChild(i)
		if a.syn.idents[c.Type()] {
			return a.text(c)
		}
		if a.syn.paramLists[c.Type()] {
			break
		}
	}
	if p := n.Parent(); p != nil && hasKey(a.syn.assigns, p.Type()) {
		if l := a.left(p); l != nil && a.syn.idents[l.Type()] {
			return a.text(l)
		}
	}
	return ""
}

func (a *analysis) paramList(n *sitter.Node) *sitter.Node {
	if c := childOf(n, "parameters", a.syn.paramLists); c != nil {
		return c
	}
	return n.ChildByFieldName("parameter")
}

// childOf is n's child in field, or else its first named child of one of
// types.
func childOf(n *sitter.Node, field string, types set) *sitter.Node {
	if c := n.ChildByFieldName(field); c != nil {
		return c
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		if c := n.NamedChild(i); types[c.Type()] {
			return c
		}
	}
	return nil
}

// params are the names of a function's parameters, in order.
func (a *analysis) params(n *sitter.Node) []string {
	pl := a.paramList(n)
	if pl == nil {
		return nil
	}
	if a.syn.idents[pl.Type()] {
		return []string{a.text(pl)}
	}
	var out []string
	for i := 0; i < int(pl.NamedChildCount()); i++ {
		p := pl.NamedChild(i)
		if a.syn.comments[p.Type()] || p.Type() == "parameter_modifiers" {
			continue // Kotlin's annotations stand beside the parameter they mark
		}
		out = append(out, a.paramName(p))
	}
	return out
}

func (a *analysis) paramName(p *sitter.Node) string {
	if a.syn.idents[p.Type()] {
		return a.text(p)
	}
	for _, f := range []string{"name", "pattern"} {
		if c := p.ChildByFieldName(f); c != nil {
			return a.paramName(c)
		}
	}
	for i := 0; i < int(p.NamedChildCount()); i++ {
		if c := p.NamedChild(i); a.syn.idents[c.Type()] {
			return a.text(c)
		}
	}
	return ""
}

// exprBody treats an arrow function's expression body as its return value.
func (a *analysis) exprBody(n *sitter.Node) {
	b := n.ChildByFieldName("body")
	if b == nil || n.Type() != "arrow_function" && n.Type() != "lambda" {
		return
	}
	if t := b.Type(); t == "statement_block" || t == "block" {
		return
	}
	a.returned(b)
}

func (a *analysis) ret(n *sitter.Node) {
	if n.Type() == "jump_expression" && !strings.HasPrefix(a.text(n), "return") {
		return
	}
	if n.NamedChildCount() == 0 {
		return
	}
	a.returned(n.NamedChild(0))
}

func (a *analysis) returned(e *sitter.Node) {
	if a.pass == passCollect {
		return
	}
	var f *fn
	for i := len(a.scopes) - 1; i >= 0 && f == nil; i-- {
		f = a.scopes[i].fn
	}
	if f == nil {
		return
	}
	for e.Type() == "argument_list" && e.NamedChildCount() == 1 {
		e = e.NamedChild(0)
	}
	ev := a.eval(e, 0)
	if sc := a.scopes[len(a.scopes)-1]; sc.handler && ev.real() && !a.in.Test && a.pass == passReport && a.model == modelSecret {
		a.report(rules.IDKeyExposed, e, ev.desc+", and is returned as the http response here")
	}
	switch {
	case ev == nil:
	case ev.param > 0:
		f.retParam = ev.param - 1
	case f.ret == nil:
		f.ret = ev
	}
}

// lookup returns a name's binding in the innermost scope that has one.
func (a *analysis) lookup(name string) (*evidence, bool) {
	for i := len(a.scopes) - 1; i >= 0; i-- {
		if ev, ok := a.scopes[i].vars[name]; ok {
			return ev, true
		}
	}
	return nil, false
}

func (a *analysis) bindName(name string, ev *evidence) {
	l := strings.ToLower(name)
	if strings.HasPrefix(l, "this.") || strings.HasPrefix(l, "self.") || strings.HasPrefix(l, "$this->") || strings.HasPrefix(l, "@") {
		a.file.vars[name] = ev
		return
	}
	a.scopes[len(a.scopes)-1].vars[name] = ev
}

// sentFor returns evidence (c) for a name: it is sent to Vipps as a
// credential somewhere in its scope.
func (a *analysis) sentFor(name string) *evidence {
	for i := len(a.scopeIDs) - 1; i >= 0; i-- {
		if ev := a.sent[fmt.Sprint(a.scopeIDs[i])+"\x00"+name]; ev != nil {
			return ev
		}
	}
	return a.sent["0\x00"+name]
}

// line and col of a node in the file.
func pos(n *sitter.Node) (int, int) {
	p := n.StartPoint()
	return int(p.Row), int(p.Column)
}

func (a *analysis) report(rule string, at *sitter.Node, msg string) {
	if a.pass != passReport {
		return
	}
	line, col := pos(at)
	key := fmt.Sprintf("%s:%d", rule, line)
	if a.seen[key] {
		return
	}
	a.seen[key] = true
	end := a.lineEnd(line)
	if e := at.EndPoint(); int(e.Row) == line {
		end = int(e.Column)
	}
	a.findings = append(a.findings, Finding{Rule: rule, Line: line, Col: col, EndCol: end, Message: msg})
}

func (a *analysis) lineEnd(line int) int {
	n, start := 0, 0
	for i, c := range a.src {
		if c == '\n' {
			if n == line {
				return i - start
			}
			n++
			start = i + 1
		}
	}
	return len(a.src) - start
}

// handlerMarks in the annotations, attributes or decorators of a function
// make it an HTTP route handler (Spring, JAX-RS, ASP.NET, Flask, FastAPI,
// Django REST framework, NestJS).
var handlerMarks = []string{
	"mapping(", "mapping\n", "@get", "@post", "@put", "@delete", "@patch", "@path(", "[http", "[route",
	".route(", ".get(", ".post(", ".put(", ".delete(", ".patch(", "@api_view", "@action(",
}

// isHandler reports whether a function is an HTTP route handler, by the
// text before its parameters (and a Python decorator list around it).
func (a *analysis) isHandler(n *sitter.Node) bool {
	head := n
	if p := n.Parent(); p != nil && p.Type() == "decorated_definition" {
		head = p
	}
	end := n.EndByte()
	if pl := a.paramList(n); pl != nil {
		end = pl.StartByte()
	}
	txt := strings.ToLower(string(a.src[head.StartByte():end]))
	for _, m := range handlerMarks {
		if strings.Contains(txt, m) {
			return true
		}
	}
	return false
}
