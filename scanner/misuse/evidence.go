//go:build cgo

package misuse

import (
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/vippslint/vippslint/rules"
)

// The evidence model: eval says whether an expression evaluates to a
// Vipps secret, and why. nil means it does not (or we cannot tell, which
// for precision is the same).

func (a *analysis) eval(n *sitter.Node, depth int) *evidence {
	if n == nil || depth > maxDepth {
		return nil
	}
	s, t := a.syn, n.Type()
	switch {
	case s.comments[t], s.opaque[t], s.funcs[t]:
		return nil
	case s.idents[t]:
		return a.evalName(a.text(n))
	case s.members[t]:
		return a.evalPath(n, depth)
	case s.subscripts[t]:
		for i := 0; i < int(n.NamedChildCount()); i++ {
			if s.slices[n.NamedChild(i).Type()] {
				return nil // s[:4], s[^4..]
			}
		}
		return a.evalPath(n, depth)
	case s.calls[t]:
		ev := a.evalCall(n, depth)
		if init := n.ChildByFieldName("initializer"); init != nil {
			ev = union(ev, a.initializer(init, depth))
		}
		return ev
	case s.strs[t]:
		return union(a.literal(n), a.children(n, depth, nil))
	case s.binaries[t]:
		return a.evalBinary(n, depth)
	case s.conditionals[t]:
		cond := n.ChildByFieldName("condition")
		if cond == nil && n.NamedChildCount() >= 3 {
			cond = n.NamedChild(0)
			if t == "conditional_expression" && a.syn == pythonLang {
				cond = n.NamedChild(1) // a if cond else b
			}
		}
		return a.children(n, depth, cond)
	case s.comprehensions[t]:
		ev := a.children(n, depth, nil)
		if ev.real() && len(ev.keys) > 0 {
			// A comprehension that names a key filters it out.
			txt := rules.Normalize(a.text(n))
			return ev.without(func(k string) bool { return strings.Contains(txt, k) })
		}
		return ev
	case hasKey(s.pairs, t):
		k, v := a.pairKV(n)
		if v == nil {
			return nil
		}
		ev := a.eval(v, depth+1)
		if !k.Equal(v) {
			ev = ev.withKey(rules.Normalize(a.keyText(k)))
		}
		return ev
	case hasKey(s.assigns, t):
		if r, l := a.right(n), a.left(n); r != nil && (l == nil || !r.Equal(l)) {
			return a.eval(r, depth+1)
		}
		return nil
	case t == "anonymous_object_creation_expression":
		return a.keyedChildren(n, depth)
	}
	return a.children(n, depth, nil)
}

// children is the union of the evidence of n's named children, except skip.
func (a *analysis) children(n *sitter.Node, depth int, skip *sitter.Node) *evidence {
	var ev *evidence
	for i := 0; i < int(n.NamedChildCount()); i++ {
		c := n.NamedChild(i)
		if skip != nil && c.Equal(skip) {
			continue
		}
		ev = union(ev, a.eval(c, depth+1))
	}
	return ev
}

// initializer reads a C# collection or object initializer:
// new Dictionary<string, string> { ["key"] = v } and new Options { Key = v }
// hold v under key; { "key", v } entries hold it unkeyed.
func (a *analysis) initializer(n *sitter.Node, depth int) *evidence {
	var ev *evidence
	for i := 0; i < int(n.NamedChildCount()); i++ {
		c := n.NamedChild(i)
		l, r := c.ChildByFieldName("left"), c.ChildByFieldName("right")
		if c.Type() != "assignment_expression" || l == nil || r == nil {
			ev = union(ev, a.eval(c, depth+1))
			continue
		}
		key := a.text(l)
		if l.Type() == "element_binding_expression" {
			if args := a.args(l); len(args) > 0 {
				key = a.keyText(args[0])
			}
		}
		ev = union(ev, a.eval(r, depth+1).withKey(rules.Normalize(key)))
	}
	return ev
}

// keyedChildren reads C#'s new { Name = value } members: a name followed
// by '=' is a key, not a value.
func (a *analysis) keyedChildren(n *sitter.Node, depth int) *evidence {
	var ev *evidence
	key := ""
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		if !c.IsNamed() {
			continue
		}
		if nx := c.NextSibling(); nx != nil && !nx.IsNamed() && nx.Type() == "=" {
			key = a.text(c)
			continue
		}
		ev = union(ev, a.eval(c, depth+1).withKey(rules.Normalize(key)))
		key = ""
	}
	return ev
}

func (a *analysis) evalBinary(n *sitter.Node, depth int) *evidence {
	op := ""
	if o := n.ChildByFieldName("operator"); o != nil {
		op = a.text(o)
	} else {
		for i := 0; i < int(n.ChildCount()); i++ {
			if c := n.Child(i); !c.IsNamed() {
				op = a.text(c)
				break
			}
		}
	}
	switch strings.ToLower(op) {
	case "==", "!=", "===", "!==", "<", ">", "<=", ">=", "<=>", "in", "not in", "is", "is not", "instanceof", "=~", "!~", "-", "*", "/", "<<", ">>", "&", "|", "^":
		return nil
	case "&&", "and":
		if n.NamedChildCount() > 0 {
			return a.eval(n.NamedChild(int(n.NamedChildCount())-1), depth+1)
		}
	}
	return a.children(n, depth, nil)
}

// evalName is an identifier's evidence: what was assigned to it, what it
// is sent as, or what its name says.
func (a *analysis) evalName(name string) *evidence {
	if a.model == modelInput {
		return a.inputName(name)
	}
	ev, bound := a.lookup(name)
	if ev.real() {
		return ev
	}
	if sent := a.sentFor(name); sent != nil {
		return sent
	}
	ne := a.nameEvidence(name, name, true)
	if bound {
		if ev != nil && ev.param > 0 && ne != nil {
			// A parameter no call in the file fills: its name may say.
			return &evidence{desc: ne.desc, param: ev.param}
		}
		return ev
	}
	return ne
}

// evalPath is the evidence of a property or index access (config.secret,
// $opts['client_secret'], headers['Ocp-Apim-Subscription-Key']).
func (a *analysis) evalPath(n *sitter.Node, depth int) *evidence {
	if a.model == modelInput {
		return a.inputPath(n)
	}
	p := compact(a.text(n))
	if ev, ok := a.lookup(p); ok {
		return ev
	}
	if ev := a.sentFor(p); ev != nil {
		return ev
	}
	segs := segments(p)
	if len(segs) == 0 {
		return nil
	}
	last := rules.Normalize(segs[len(segs)-1])
	// A key of a container that holds a secret.
	if root := a.rootIdent(n); root != "" && root != p {
		if ev, ok := a.lookup(root); ok && ev != nil {
			if got := ev.get(last); got != nil {
				return got
			}
			if ev.real() && len(ev.keys) == 0 {
				return nil // a property of the secret: its length, its type
			}
		}
	}
	if last == "accesstoken" && a.tokenAPI != "" && len(segs) > 1 && !rules.IsConfigRoot(strings.Join(segs[:len(segs)-1], ".")) {
		return &evidence{desc: fmt.Sprintf("`%s` is the access_token of the %s response", p, a.tokenAPI)}
	}
	return a.nameEvidence(p, p, false)
}

// rootIdent is the text of the leftmost identifier of a member chain.
func (a *analysis) rootIdent(n *sitter.Node) string {
	for i := 0; i < 16 && n != nil; i++ {
		if a.syn.idents[n.Type()] {
			return a.text(n)
		}
		if n.NamedChildCount() == 0 {
			return ""
		}
		n = n.NamedChild(0)
	}
	return ""
}

// segments splits a name path into its names: identifiers and quoted keys
// ("settings", "VIPPS", "client_secret" in settings.VIPPS['client_secret']).
func segments(p string) []string {
	p = strings.NewReplacer("->", ".", "::", ".", "?.", ".", "!.", ".").Replace(p)
	return strings.FieldsFunc(p, func(r rune) bool {
		return !(r == '_' || r == '-' || r == ':' || r == '$' || r == '@' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
	})
}

var secretKinds = map[rules.Kind]bool{rules.KindClientSecret: true, rules.KindSubscriptionKey: true, rules.KindAccessToken: true}

// nameEvidence is evidence (b): a credential source named like a Vipps
// secret. Generic names count only in code that talks to Vipps, and only
// for settings (config roots, getters) or names the file does not assign.
func (a *analysis) nameEvidence(p, shown string, bare bool) *evidence {
	if a.model != modelSecret {
		return nil
	}
	segs := segments(p)
	if len(segs) == 0 {
		return nil
	}
	last := segs[len(segs)-1]
	if i := strings.LastIndexByte(last, ':'); i >= 0 { // Vipps:ClientSecret
		last = last[i+1:]
	}
	kind := rules.Classify(last)
	if !secretKinds[kind] && len(segs) > 1 && rules.NameIsVipps(rules.Normalize(segs[len(segs)-2])) {
		kind = rules.Classify(segs[len(segs)-2] + "_" + last) // vipps.secret
	}
	if !secretKinds[kind] {
		return nil
	}
	nn := rules.Normalize(p)
	root := ""
	if len(segs) > 1 {
		root = strings.Join(segs[:len(segs)-1], ".")
	}
	if rules.NameIsOtherProvider(nn) || rules.NameIsFake(nn) || rules.NameIsNotSecret(nn) || root != "" && rules.IsNotVippsRoot(root) {
		return nil
	}
	if rules.NameIsVipps(nn) {
		return &evidence{desc: fmt.Sprintf("`%s` names a vipps %s", shown, kind)}
	}
	if !a.talks {
		return nil
	}
	switch {
	case bare && kind == rules.KindAccessToken:
		return nil // an app's own token; Vipps's needs a settings name or the token API
	case bare, rules.IsConfigRoot(root):
		return &evidence{desc: fmt.Sprintf("`%s` is the %s setting of code that calls the vipps api", shown, kind)}
	}
	return nil
}

// literal is evidence (a): a detected Vipps key literal inside a string.
func (a *analysis) literal(n *sitter.Node) *evidence {
	if len(a.in.Keys) == 0 || a.model != modelSecret {
		return nil
	}
	txt := a.text(n)
	for _, k := range a.in.Keys {
		if strings.Contains(txt, k.Value) {
			return &evidence{desc: fmt.Sprintf("the vipps %s literal on line %d", k.Kind, k.Line+1)}
		}
	}
	return nil
}

// passthrough calls return their arguments (or receiver) in another form:
// formatting, encoding, copying, wrapping in a container.
var passthrough = map[string]bool{
	"str": true, "string": true, "tostring": true, "to_s": true, "to_str": true, "trim": true, "strip": true,
	"lstrip": true, "rstrip": true, "trimstart": true, "trimend": true, "format": true, "sprintf": true,
	"stringify": true, "dumps": true, "json_encode": true, "encodeuricomponent": true, "encodeuri": true,
	"urlencode": true, "rawurlencode": true, "quote": true, "quote_plus": true, "concat": true, "join": true,
	"inspect": true, "repr": true, "serialize": true, "to_json": true, "tojson": true, "b64encode": true,
	"btoa": true, "base64_encode": true, "encodetostring": true, "tobase64string": true, "from": true,
	"upper": true, "lower": true, "toupper": true, "tolower": true, "touppercase": true, "tolowercase": true,
	"strtolower": true, "strtoupper": true, "copy": true, "dict": true, "items": true, "values": true,
	"assign": true, "merge": true, "array_merge": true, "implode": true, "f": true, "format_map": true,
	"encode": true, "decode": true, "getbytes": true, "of": true, "mapof": true, "hashmapof": true,
	"mutablemapof": true, "listof": true, "aslist": true, "headers": true, "urlsearchparams": true, "map": true,
	"hashmap": true, "dictionary": true, "object": true, "http_build_query": true, "var_export": true,
	"print_r": true, "tojsonstring": true, "writevalueasstring": true, "serializeobject": true, "to_h": true,
	"to_hash": true, "with_indifferent_access": true, "deep_dup": true, "dup": true, "clone": true, "freeze": true,
	"tocharArray": true, "trimend()": true, "value": true, "get_value": true,
}

// sourceGetters read a setting whose name is their first argument.
var sourceGetters = map[string]bool{
	"getenv": true, "env": true, "get_env": true, "config": true, "get_option": true, "getoption": true,
	"setting": true, "getsetting": true, "getenvironmentvariable": true, "getproperty": true,
	"getparameter": true, "getconfig": true, "get_config": true, "getconfigvalue": true, "getstoreconfig": true,
	"getsecret": true, "get_secret": true, "credential": true, "credentials": true, "secret": true,
	"getrequiredsection": true, "getsection": true, "getstring": true, "required": true,
}

func (a *analysis) evalCall(n *sitter.Node, depth int) *evidence {
	al := a.argList(n)
	if al == nil {
		// Ruby's obj.attr (no arguments) reads a property.
		if n.Type() == "call" && a.syn == rubyLang {
			m := n.ChildByFieldName("method")
			switch name := strings.ToLower(a.text(m)); {
			case m == nil:
			case rules.IsMeasure(name):
				return nil // secret.present?, secret.length
			case passthrough[name]:
				return a.eval(a.receiver(n), depth+1) // secret.to_s
			}
			return a.evalPath(n, depth)
		}
		return nil
	}
	callee := a.callee(n, al)
	name := strings.ToLower(rules.CalleeName(callee))
	args := a.args(al)
	if f := a.sameFile(callee); f != nil {
		ev := f.ret
		if f.retParam >= 0 && f.retParam < len(args) {
			ev = union(ev, a.eval(args[f.retParam], depth+1))
		}
		return ev
	}
	if a.model == modelInput {
		return a.inputCall(n, name, args, depth)
	}
	if rules.IsMeasure(name) {
		return nil
	}
	if len(args) > 0 && a.isString(args[0]) && a.tokenAPI != "" && rules.Normalize(a.keyText(args[0])) == "accesstoken" {
		// body.get("access_token"), $response->json('access_token')
		return &evidence{desc: fmt.Sprintf("`%s` is the access_token of the %s response", compact(a.text(n)), a.tokenAPI)}
	}
	if len(args) > 0 && a.isString(args[0]) && (sourceGetters[name] || rules.IsConfigGetter(name)) {
		lit := strings.Trim(a.text(args[0]), "\"'`@$")
		recv := a.receiver(n)
		if recv != nil {
			if ev := a.eval(recv, depth+1); ev.real() && len(ev.keys) > 0 {
				return ev.get(rules.Normalize(lit)) // headers.get('Ocp-Apim-Subscription-Key')
			}
		}
		shown := callee + "(" + a.text(args[0]) + ")"
		if sourceGetters[name] {
			return a.nameEvidence("config."+lit, shown, false)
		}
		r := "x"
		if recv != nil {
			r = compact(a.text(recv))
		}
		return a.nameEvidence(r+"."+lit, shown, false)
	}
	if len(args) == 0 {
		// vipps.accessToken(), vippsClient.getAccessToken(): a getter named
		// like a Vipps secret is a credential source.
		if g := getterName(callee); g != "" {
			if ev := a.nameEvidence(g, callee+"()", false); ev != nil {
				return ev
			}
		}
	}
	if passthrough[name] {
		ev := a.eval(a.receiver(n), depth+1)
		for _, x := range args {
			ev = union(ev, a.eval(x, depth+1))
		}
		return ev
	}
	return nil
}

// argList is the argument list of a call, or nil.
func (a *analysis) argList(n *sitter.Node) *sitter.Node {
	return childOf(n, "arguments", a.syn.argLists)
}

// args are the arguments of an argument list, unwrapped.
func (a *analysis) args(al *sitter.Node) []*sitter.Node {
	if al.Type() == "call_suffix" {
		for i := 0; i < int(al.NamedChildCount()); i++ {
			if c := al.NamedChild(i); c.Type() == "value_arguments" {
				al = c
				break
			}
		}
		if al.Type() == "call_suffix" {
			return nil
		}
	}
	var out []*sitter.Node
	for i := 0; i < int(al.NamedChildCount()); i++ {
		c := al.NamedChild(i)
		if a.syn.comments[c.Type()] {
			continue
		}
		for (c.Type() == "argument" || c.Type() == "value_argument") && c.NamedChildCount() == 1 {
			c = c.NamedChild(0)
		}
		out = append(out, c)
	}
	return out
}

// callee is the code text of what is called: everything before the
// argument list (console.log, $this->logger->info, new Exception).
func (a *analysis) callee(n, al *sitter.Node) string {
	return compact(string(a.src[n.StartByte():al.StartByte()]))
}

// receiver is the object a method is called on, or nil.
func (a *analysis) receiver(n *sitter.Node) *sitter.Node {
	for _, f := range []string{"object", "receiver", "scope"} {
		if c := n.ChildByFieldName(f); c != nil {
			return c
		}
	}
	fun := n.ChildByFieldName("function")
	if fun == nil && n.NamedChildCount() > 0 && a.syn == kotlinLang {
		fun = n.NamedChild(0)
	}
	if fun == nil || !a.syn.members[fun.Type()] {
		return nil
	}
	for _, f := range []string{"object", "expression"} {
		if c := fun.ChildByFieldName(f); c != nil {
			return c
		}
	}
	if fun.NamedChildCount() > 0 {
		return fun.NamedChild(0)
	}
	return nil
}

func (a *analysis) isString(n *sitter.Node) bool {
	if !a.syn.strs[n.Type()] {
		return false
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		switch n.NamedChild(i).Type() {
		case "string_content", "string_fragment", "string_literal_content", "string_start", "string_end", "escape_sequence":
		default:
			return false
		}
	}
	return true
}

// pairKV returns a pair's key and value nodes.
func (a *analysis) pairKV(n *sitter.Node) (k, v *sitter.Node) {
	f := a.syn.pairs[n.Type()]
	if f[0] != "" {
		k = n.ChildByFieldName(f[0])
	}
	if f[1] != "" {
		v = n.ChildByFieldName(f[1])
	}
	c := int(n.NamedChildCount())
	if c == 0 {
		return k, v
	}
	if k == nil {
		k = n.NamedChild(0)
	}
	if v == nil {
		v = n.NamedChild(c - 1)
	}
	if n.Type() == "infix_expression" && !(c == 3 && a.text(n.NamedChild(1)) == "to") {
		return nil, nil
	}
	if c == 1 {
		k = v
	}
	return k, v
}

// keyText is a key without its quotes.
func (a *analysis) keyText(k *sitter.Node) string {
	return strings.Trim(a.text(k), "\"'`:@$ ")
}

func (a *analysis) left(n *sitter.Node) *sitter.Node {
	f := a.syn.assigns[n.Type()]
	if f[0] != "" {
		if c := n.ChildByFieldName(f[0]); c != nil {
			return c
		}
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		c := n.NamedChild(i)
		if c.Type() == "binding_pattern_kind" || c.Type() == "modifiers" {
			continue
		}
		if c.Type() == "variable_declaration" && c.NamedChildCount() > 0 {
			return c.NamedChild(0)
		}
		return c
	}
	return nil
}

func (a *analysis) right(n *sitter.Node) *sitter.Node {
	f := a.syn.assigns[n.Type()]
	if f[1] != "" {
		return n.ChildByFieldName(f[1])
	}
	c := int(n.NamedChildCount())
	if c < 2 {
		return nil
	}
	r := n.NamedChild(c - 1)
	if r.Type() == "property_initializer" || r.Type() == "equals_value_clause" {
		if r.NamedChildCount() > 0 {
			r = r.NamedChild(0)
		}
	}
	return r
}

// sentKey says what a header, field or parameter name sends to Vipps, or "".
func sentKey(k string) string {
	switch rules.Normalize(k) {
	case "clientsecret":
		return "client_secret"
	case "ocpapimsubscriptionkey", "vippssubscriptionkey":
		return "Ocp-Apim-Subscription-Key"
	case "authorization":
		return "a bearer token"
	}
	return ""
}

// collectSent records evidence (c): the names in a value sent as a Vipps
// credential.
func (a *analysis) collectSent(key string, v *sitter.Node) {
	what := sentKey(key)
	if what == "" || !a.talks {
		return
	}
	if what == "a bearer token" && !strings.Contains(strings.ToLower(a.text(v)), "bearer") {
		return
	}
	// An object a response, log or storage call writes is not sent to Vipps.
	for p, i := v.Parent(), 0; p != nil && i < 12; p, i = p.Parent(), i+1 {
		if a.syn.calls[p.Type()] {
			if al := a.argList(p); al != nil {
				c := a.callee(p, al)
				if rules.IsResponseCall(c) || rules.IsLogCall(c) || rules.IsStorageCall(c) {
					return
				}
			}
			break
		}
	}
	line, _ := pos(v)
	for _, name := range a.names(v, 0) {
		if segs := segments(name); len(segs) > 1 && rules.IsNotVippsRoot(strings.Join(segs[:len(segs)-1], ".")) {
			continue
		}
		if rules.NameIsNotSecret(rules.Normalize(name)) {
			continue // 'client_secret': self.client_secret_encrypted
		}
		k := a.scopeKey(name)
		if a.sent[k] == nil {
			a.sent[k] = &evidence{desc: fmt.Sprintf("`%s` is sent as %s on line %d", name, what, line+1)}
		}
	}
}

// names are the identifiers and member paths a value is built from.
func (a *analysis) names(n *sitter.Node, depth int) []string {
	if depth > maxDepth || a.syn.opaque[n.Type()] || a.syn.funcs[n.Type()] {
		return nil
	}
	t := n.Type()
	if a.syn.idents[t] || a.syn.members[t] || a.syn.subscripts[t] {
		return []string{compact(a.text(n))}
	}
	var out []string
	for i := 0; i < int(n.NamedChildCount()); i++ {
		out = append(out, a.names(n.NamedChild(i), depth+1)...)
	}
	return out
}

// getterName is the name path a no-argument getter reads
// (vipps.getAccessToken -> vipps.AccessToken), or "".
func getterName(callee string) string {
	segs := segments(callee)
	if len(segs) < 2 {
		return ""
	}
	last := segs[len(segs)-1]
	for _, p := range []string{"get", "fetch", "load", "read", "obtain", "request", "retrieve", "Get", "Fetch", "Load", "Read", "Obtain", "Request", "Retrieve"} {
		if strings.HasPrefix(last, p) && len(last) > len(p) {
			last = last[len(p):]
			break
		}
	}
	return strings.Join(append(segs[:len(segs)-1:len(segs)-1], last), ".")
}

// sameFile is the function of the file a call calls: a plain call, or a
// method called on this, self or $this; nil for other receivers, whose
// method of the same name may be another one.
func (a *analysis) sameFile(callee string) *fn {
	recv, name := callee, callee
	if i := strings.LastIndexAny(callee, ".>:"); i >= 0 {
		recv, name = strings.TrimRight(callee[:i+1], ".->:"), callee[i+1:]
	} else {
		recv = ""
	}
	switch strings.ToLower(recv) {
	case "", "this", "self", "$this", "static", "@", "cls":
		if f := a.funcs[name]; f != nil && !f.ambiguous {
			return f
		}
	}
	return nil
}
