//go:build cgo

package misuse

import (
	"fmt"
	"regexp"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/vippslint/vippslint/rules"
)

// vipps-mutable-msn.
//
// This rule follows request input (model input) where the others follow
// secrets; the data flow (assignments, destructuring, containers,
// parameters and returns of functions in the file) is the same.
//
// Sources:
//   - request input, by the code that reads it (rules.RequestSources:
//     req.query, $_POST, request.args, Request.Query, params[...],
//     call.parameters), and whatever a method of it returns
//     (searchParams.get('msn'), body.getMsn());
//   - handler parameters the framework fills from the request: marked so
//     (rules.IsRequestParam: [FromQuery], @RequestParam, @Query('msn'),
//     Query(...)), named in the route template ({msn}, <msn>), any
//     parameter of a Python route handler but those the server fills
//     (rules.IsServerParam, Depends), and the fields of a destructured
//     request event ({ params, url, cookies }: rules.IsRequestEventField);
//   - in partner code, settings a merchant edits (rules.MerchantSettings:
//     get_option, $this->settings[...], Configuration::get).
//
// Sinks: the value of a Merchant-Serial-Number header or merchantSerialNumber
// field: an object, dict, array or hash entry, a named argument, an
// assignment to headers[...] or to a field, a header call with the name and
// the value (headers.set, Headers.Add, .header), a setter
// (setMerchantSerialNumber), a "Merchant-Serial-Number: ..." header line.
// Not sinks: the entries of an object given to a lookup (rules.IsLookupCall),
// a record write (rules.IsRecordWrite: Merchant.create), a log or a response.
//
// Sanitizers: a check of the value against an allowlist (includes, in_array,
// contains, in: rules.IsAllowCall; a function named like isAllowed or
// belongsTo: rules.AllowWords), a comparison with a non-empty constant or
// with a value that is not request input (the authenticated merchant's MSN),
// and any call other than a conversion (rules.IsInputConversion): a lookup
// keyed by the input (Store.find(id), MSN_BY_MARKET[market]) chooses a
// value on the server.

// msnField is the normalized name of the header and of the body field.
const msnField = "merchantserialnumber"

func isMSNKey(k string) bool { return rules.Normalize(k) == msnField }

// The source vocabulary as norm spells code.
var (
	requestSources   = normAll(rules.RequestSources())
	merchantSettings = normAll(rules.MerchantSettings())
)

func normAll(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		out = append(out, norm(s))
	}
	return out
}

// norm is code text as the source vocabulary spells it: lowercase, without
// white space, with -> and :: as dots.
func norm(s string) string {
	return strings.NewReplacer("?->", ".", "->", ".", "::", ".", "?.", ".").Replace(strings.ToLower(compact(s)))
}

func isNameChar(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_'
}

// sourceIn returns the entry of srcs that normalized code t reads, or "".
// The entry must start the code or one of its names (request.args in
// flask.request.args) before the first call or index, so that a source in
// an argument (merchants.get(req.query.shop)) does not count.
func sourceIn(t string, srcs []string, request bool) string {
	for strings.HasPrefix(t, "(") || strings.HasPrefix(t, "await") {
		t = strings.TrimPrefix(strings.TrimPrefix(t, "("), "await") // (await cookies()).get('msn')
	}
	head := len(t)
	if i := strings.IndexAny(t, "(["); i >= 0 {
		head = i
	}
	for _, s := range srcs {
		if s == "" {
			continue
		}
		for off := 0; off < len(t); {
			i := strings.Index(t[off:], s)
			if i < 0 {
				break
			}
			i += off
			off = i + 1
			if i > head {
				break
			}
			if i > 0 && isNameChar(s[0]) && !strings.ContainsRune(".$\\", rune(t[i-1])) {
				continue
			}
			if request && ownMethod(strings.TrimSuffix(t[:i], ".")) {
				continue // $this->getParameter('app.vipps.msn') reads configuration
			}
			if request && s[0] == '.' && !requestish(t[:i]) {
				continue // paymentMethod.GetParameter(...) reads a setting, request.getParameter(...) input
			}
			if end := i + len(s); isNameChar(s[len(s)-1]) && end < len(t) && isNameChar(t[end]) {
				continue
			}
			return s
		}
	}
	return ""
}

// requestish reports whether the object a method is called on is named as
// a request (request, req, httpRequest, servletRequest).
func requestish(recv string) bool {
	if i := strings.LastIndexAny(recv, ".)"); i >= 0 {
		recv = recv[i+1:]
	}
	return strings.Contains(recv, "req")
}

// ownMethod reports whether code before a method call is the object itself.
func ownMethod(before string) bool {
	switch before {
	case "this", "$this", "self", "@":
		return true
	}
	return false
}

// shorten cuts code text for a message.
func shorten(s string) string {
	const max = 60
	if len(s) > max {
		return s[:max] + "…"
	}
	return s
}

func (a *analysis) sourceEvidence(n *sitter.Node, kind, code string) *evidence {
	line, _ := pos(n)
	return &evidence{desc: fmt.Sprintf("%s `%s` on line %d", kind, shorten(code), line+1)}
}

// inputName is an identifier's evidence of request input: what was bound
// to it, or a superglobal ($_POST) or Rails' params.
func (a *analysis) inputName(name string) *evidence {
	ev, bound := a.lookup(name)
	switch {
	case ev.real() && a.isGuarded(name):
		return nil
	case bound:
		return ev
	}
	n := norm(name)
	for _, s := range requestSources {
		if t := strings.TrimRight(s, "([."); t == n && (t != s || strings.HasPrefix(t, "$_")) {
			return &evidence{desc: fmt.Sprintf("request input `%s`", name)}
		}
	}
	return nil
}

// inputPath is the evidence of request input of a property or index
// access: a field of a value that holds it, or a read of a source.
func (a *analysis) inputPath(n *sitter.Node) *evidence {
	p := compact(a.text(n))
	if ev, ok := a.lookup(p); ok {
		if ev.real() && a.isGuarded(p) {
			return nil
		}
		return ev
	}
	if root := a.rootIdent(n); root != "" && root != p {
		if ev, ok := a.lookup(root); ok {
			switch {
			case ev == nil:
				return nil // a value made on the server
			case ev.real() && a.isGuarded(p):
				return nil
			case ev.real() && len(ev.keys) > 0:
				segs := segments(p)
				return ev.get(rules.Normalize(segs[len(segs)-1]))
			case ev.real():
				return ev // a field of request input
			}
		}
	}
	if a.isGuarded(p) {
		return nil
	}
	return a.source(n, p)
}

// source is the evidence of code that reads request input or, in partner
// code, a setting a merchant edits; nil when its root names a value of
// the file's own (a request it builds).
func (a *analysis) source(n *sitter.Node, code string) *evidence {
	if root := a.rootIdent(n); root != "" {
		if ev, ok := a.lookup(root); ok && ev == nil {
			return nil
		}
	}
	t := norm(code)
	if sourceIn(t, requestSources, true) != "" {
		return a.sourceEvidence(n, "request input", code)
	}
	if a.in.Partner && sourceIn(t, merchantSettings, false) != "" {
		return a.sourceEvidence(n, "merchant-editable setting", code)
	}
	return nil
}

// inputCall is the evidence of request input of a call: a read of a
// source (request.args.get('msn'), $request->input('msn')), a method of
// request input (searchParams.get, body.getMsn()), or a conversion of it.
// Any other call chooses its result by its arguments, on the server.
func (a *analysis) inputCall(n *sitter.Node, name string, args []*sitter.Node, depth int) *evidence {
	code := compact(a.text(n))
	if ev := a.source(n, code); ev != nil {
		return ev
	}
	if c := n.ChildByFieldName("constructor"); c != nil {
		name = strings.ToLower(rules.CalleeName(a.text(c))) // new URL(request.url)
	}
	convert := rules.IsInputConversion(name) || passthrough[name]
	if !convert && rules.IsMeasure(name) {
		return nil // its length, a presence test, a hash
	}
	if recv := a.receiver(n); recv != nil {
		ev := a.eval(recv, depth+1)
		switch {
		case ev.real() && len(ev.keys) > 0 && len(args) > 0 && a.isString(args[0]):
			return ev.get(rules.Normalize(a.keyText(args[0]))) // data.get('msn')
		case ev.real() && len(ev.keys) == 0:
			return ev
		}
	}
	if !convert {
		return nil
	}
	var ev *evidence
	for _, x := range args {
		ev = union(ev, a.eval(x, depth+1))
	}
	return ev
}

// placeholderRe finds the names in a route template: {msn}, {msn:int},
// <msn>, <int:msn>.
var placeholderRe = regexp.MustCompile(`\{([A-Za-z_]\w*)(?::[^}]*)?\}|<(?:\w+:)?([A-Za-z_]\w*)>`)

func placeholders(s string) map[string]bool {
	out := map[string]bool{}
	for _, m := range placeholderRe.FindAllStringSubmatch(s, -1) {
		out[strings.ToLower(m[1]+m[2])] = true
	}
	return out
}

// markRe finds the annotation, attribute or default that binds a
// parameter from the request, to name it in a message.
var markRe = regexp.MustCompile(`@\w+|\[From\w+\]?|\b(?:Query|Header|Path|Body|Form|Cookie)\(`)

// pyRouteMarks in a Python function's decorators make it a route handler
// whose parameters the framework fills from the request (FastAPI, Flask).
var pyRouteMarks = []string{".route(", ".get(", ".post(", ".put(", ".delete(", ".patch(", ".api_route("}

// inputParams binds the parameters of a function that the framework fills
// from the request.
func (a *analysis) inputParams(n *sitter.Node, sc *scope) {
	pl := a.paramList(n)
	if pl == nil || a.syn.idents[pl.Type()] {
		return
	}
	head := n
	if p := n.Parent(); p != nil && p.Type() == "decorated_definition" {
		head = p
	}
	headText := string(a.src[head.StartByte():pl.StartByte()])
	route := placeholders(headText)
	// app.MapGet("/m/{msn}", (string msn) => ...), Route::post('/m/{msn}', function ($msn) ...)
	for p, i := n.Parent(), 0; p != nil && i < 3; p, i = p.Parent(), i+1 {
		if a.syn.calls[p.Type()] {
			if al := a.argList(p); al != nil {
				if args := a.args(al); len(args) > 0 && a.isString(args[0]) {
					for k := range placeholders(a.text(args[0])) {
						route[k] = true
					}
				}
			}
			break
		}
	}
	pyRoute := false
	if a.syn == pythonLang && !head.Equal(n) {
		lh := strings.ToLower(headText)
		for _, m := range pyRouteMarks {
			if strings.Contains(lh, m) {
				pyRoute = true
			}
		}
	}
	i, mods := 0, ""
	for j := 0; j < int(pl.NamedChildCount()); j++ {
		p := pl.NamedChild(j)
		if a.syn.comments[p.Type()] {
			continue
		}
		if p.Type() == "parameter_modifiers" {
			mods = a.text(p) // Kotlin: @RequestHeader("X") before msn: String
			continue
		}
		i++
		txt := mods + " " + a.text(p)
		mods = ""
		if rules.IsServerResolved(txt) {
			continue
		}
		if t := p.Type(); t == "object_pattern" || t == "required_parameter" && strings.HasPrefix(strings.TrimSpace(txt), "{") {
			a.eventFields(p, txt, sc)
			continue
		}
		name := a.paramName(p)
		why := ""
		switch key := strings.ToLower(strings.TrimPrefix(name, "$")); {
		case name == "":
		case rules.IsRequestParam(txt):
			why = "bound from the request"
			if m := markRe.FindString(txt); m != "" {
				why = m
			}
		case route[key]:
			why = "of the route"
		case pyRoute && !rules.IsServerParam(key):
			why = "of a route handler"
		}
		if why != "" {
			line, _ := pos(p)
			sc.vars[name] = &evidence{desc: fmt.Sprintf("request parameter %s `%s` on line %d", why, name, line+1), param: i}
		}
	}
}

// eventFields binds the request input among the names destructured from
// a request event: ({ params, request, url }) in SvelteKit or Remix.
func (a *analysis) eventFields(p *sitter.Node, txt string, sc *scope) {
	if !strings.Contains(strings.ToLower(txt), "request") {
		return
	}
	line, _ := pos(p)
	var walk func(x *sitter.Node, depth int)
	walk = func(x *sitter.Node, depth int) {
		if depth > 4 {
			return
		}
		if t := x.Type(); t == "shorthand_property_identifier_pattern" || a.syn.idents[t] {
			if name := a.text(x); rules.IsRequestEventField(name) {
				sc.vars[name] = &evidence{desc: fmt.Sprintf("the request event's `%s` on line %d", name, line+1)}
			}
			return
		}
		for i := 0; i < int(x.NamedChildCount()); i++ {
			walk(x.NamedChild(i), depth+1)
		}
	}
	walk(p, 0)
}

// msnNode finds the guards (pass flow) and the sinks that are not calls or
// assignments (pass report): object entries and header lines.
func (a *analysis) msnNode(n *sitter.Node, t string) {
	s := a.syn
	switch a.pass {
	case passFlow:
		switch {
		case s.calls[t]:
			a.guardCall(n)
		case s.binaries[t], s.compares[t]:
			a.guardCompare(n)
		}
	case passReport:
		switch {
		case hasKey(s.pairs, t):
			if k, v := a.pairKV(n); k != nil && v != nil && !k.Equal(v) && isMSNKey(a.keyText(k)) {
				a.reportMSN(n, v, a.eval(v, 0))
			}
		case t == "shorthand_property_identifier" && isMSNKey(a.text(n)):
			a.reportMSN(n, n, a.eval(n, 0)) // { merchantSerialNumber }
		case s.strs[t]:
			a.msnString(n)
		}
	}
}

// msnString reports a header line "Merchant-Serial-Number: " . $msn.
func (a *analysis) msnString(n *sitter.Node) {
	if p := n.Parent(); p != nil && a.syn.strs[p.Type()] {
		return
	}
	lt := strings.TrimLeft(strings.ToLower(a.text(n)), "\"'`@$fr")
	if !strings.HasPrefix(lt, "merchant-serial-number") || !strings.HasPrefix(strings.TrimLeft(lt[len("merchant-serial-number"):], " "), ":") {
		return
	}
	ev := a.children(n, 0, nil) // "Merchant-Serial-Number: $msn"
	if p := n.Parent(); !ev.real() && p != nil && a.syn.binaries[p.Type()] {
		ev = a.eval(p, 0)
	}
	a.reportMSN(n, n, ev)
}

// msnAssign reports headers['Merchant-Serial-Number'] = v,
// body.merchantInfo.merchantSerialNumber = v and C#'s object initializer
// { MerchantSerialNumber = v }; not a local variable or this.x, which the
// flow follows to where they are sent.
func (a *analysis) msnAssign(n, l, r *sitter.Node, ev *evidence) {
	if a.pass != passReport {
		return
	}
	t := l.Type()
	switch {
	case a.syn.members[t] || a.syn.subscripts[t]:
		segs := segments(compact(a.text(l)))
		if len(segs) < 2 || !isMSNKey(segs[len(segs)-1]) {
			return
		}
		switch strings.ToLower(segs[0]) {
		case "this", "self", "$this", "@":
			if len(segs) == 2 {
				return
			}
		}
		if strings.HasPrefix(segs[len(segs)-1], "@") {
			return
		}
	case a.syn.idents[t] && isMSNKey(a.text(l)):
		if p := n.Parent(); p == nil || p.Type() != "initializer_expression" {
			return
		}
	default:
		return
	}
	a.reportMSN(l, r, ev)
}

// readerPrefixes start the names of calls that read a header, not set it.
var readerPrefixes = []string{"get", "fetch", "has", "contains", "remove", "delete", "pop", "read", "exists", "is"}

// msnCall reports headers.set('Merchant-Serial-Number', v), .header(...),
// Headers.Add(...), Map.of(...) and setMerchantSerialNumber(v).
func (a *analysis) msnCall(n *sitter.Node, callee string, args []*sitter.Node) {
	name := strings.ToLower(rules.CalleeName(callee))
	switch {
	case len(args) >= 2 && a.isString(args[0]) && isMSNKey(a.keyText(args[0])):
		for _, p := range readerPrefixes {
			if strings.HasPrefix(name, p) {
				return
			}
		}
		a.reportMSN(args[0], args[1], a.eval(args[1], 0))
	case len(args) == 1 && (isMSNKey(name) || isMSNKey(strings.TrimPrefix(name, "set")) || isMSNKey(strings.TrimPrefix(name, "with"))):
		a.reportMSN(n, args[0], a.eval(args[0], 0))
	}
}

// reportMSN reports request input v sent as the MSN at node at.
func (a *analysis) reportMSN(at, v *sitter.Node, ev *evidence) {
	if !ev.real() || a.pass != passReport || a.notSent(at) || a.callerOwnsKeys(at, v, ev) {
		return
	}
	what := shorten(compact(a.text(v)))
	msg := fmt.Sprintf("`%s` comes from %s and is sent as Merchant-Serial-Number here; a caller can pick another merchant", what, ev.desc)
	if strings.Contains(ev.desc, "`"+what+"`") {
		msg = ev.desc + " is sent as Merchant-Serial-Number here; a caller can pick another merchant"
	}
	a.report(rules.IDMutableMSN, at, msg)
}

// callerOwnsKeys reports whether the request that supplies the MSN also
// supplies the client secret or subscription key it is sent with
// (body.clientSecret beside body.merchantSerialNumber): then the caller
// holds the keys, and the MSN picks only among its own merchants.
func (a *analysis) callerOwnsKeys(at, v *sitter.Node, ev *evidence) bool {
	var prefixes []string
	if r := a.rootIdent(v); r != "" && r != compact(a.text(v)) {
		prefixes = append(prefixes, r)
	}
	if i := strings.IndexByte(ev.desc, '`'); i >= 0 {
		if j := strings.IndexByte(ev.desc[i+1:], '`'); j > 0 {
			src := ev.desc[i+1 : i+1+j]
			if k := strings.LastIndexAny(src, ".[>"); k > 0 {
				prefixes = append(prefixes, strings.TrimRight(src[:k], ".-[?"))
			}
		}
	}
	fn := at
	for fn != nil && !a.syn.funcs[fn.Type()] {
		fn = fn.Parent()
	}
	if fn == nil || len(prefixes) == 0 {
		return false
	}
	body := compact(a.text(fn))
	for _, p := range prefixes {
		if p == "" {
			continue // an empty prefix would match everywhere, forever
		}
		for off := 0; ; {
			i := strings.Index(body[off:], p)
			if i < 0 {
				break
			}
			off += i + len(p)
			rest := strings.TrimLeft(body[off:], ".-[>?'\"")
			end := strings.IndexFunc(rest, func(r rune) bool {
				return !(r == '_' || r == '-' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
			})
			if end < 0 {
				end = len(rest)
			}
			switch rules.Classify(rest[:end]) {
			case rules.KindClientSecret, rules.KindSubscriptionKey:
				return true
			}
		}
	}
	return false
}

// notSent reports whether the object that holds node n goes to a lookup,
// a log or a response rather than to Vipps.
func (a *analysis) notSent(n *sitter.Node) bool {
	for p, i := n.Parent(), 0; p != nil && i < 12; p, i = p.Parent(), i+1 {
		if !a.syn.calls[p.Type()] {
			continue
		}
		al := a.argList(p)
		if al == nil {
			return false
		}
		c := a.callee(p, al)
		name := rules.CalleeName(c)
		// Merchant.create({ merchantSerialNumber }) keeps a record; session.headers.update({...}) sends
		record := rules.IsRecordWrite(name) && !strings.Contains(strings.ToLower(c), "header")
		return record || rules.IsLookupCall(name) || rules.IsLogCall(c) || rules.IsResponseCall(c)
	}
	return false
}

// guardKey keys a guarded name by the scope that binds it (or its root),
// so that a check in a nested callback guards the handler's variable.
func (a *analysis) guardKey(name string) string {
	root := name
	if segs := segments(name); len(segs) > 0 {
		root = segs[0]
	}
	for _, c := range []string{name, root} {
		for i := len(a.scopes) - 1; i >= 0; i-- {
			if _, ok := a.scopes[i].vars[c]; ok {
				return fmt.Sprint(a.scopeIDs[i]) + "\x00" + name
			}
		}
	}
	return "0\x00" + name
}

func (a *analysis) isGuarded(name string) bool { return a.guards[a.guardKey(name)] }

// guard marks the name x reads (through conversions) as checked.
func (a *analysis) guard(x *sitter.Node) {
	for i := 0; i < 4 && x != nil && a.syn.calls[x.Type()]; i++ {
		al := a.argList(x)
		if al == nil {
			break
		}
		name := rules.CalleeName(a.callee(x, al))
		args := a.args(al)
		switch {
		case rules.IsInputConversion(name) && len(args) == 1:
			x = args[0] // String(msn)
		case len(args) == 0:
			x = a.receiver(x) // msn.trim()
		default:
			return
		}
	}
	if x == nil {
		return
	}
	if t := x.Type(); a.syn.idents[t] || a.syn.members[t] || a.syn.subscripts[t] {
		a.guards[a.guardKey(compact(a.text(x)))] = true
	}
}

// guardNames guards the names a lookup's arguments hold: plain names and
// shorthand or keyed entries of its objects.
func (a *analysis) guardNames(n *sitter.Node, depth int) {
	if depth > 8 {
		return
	}
	t := n.Type()
	switch {
	case a.syn.idents[t] || a.syn.members[t] || a.syn.subscripts[t] || t == "shorthand_property_identifier":
		a.guards[a.guardKey(compact(a.text(n)))] = true
		return
	case a.syn.funcs[t]:
		return
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		a.guardNames(n.NamedChild(i), depth+1)
	}
}

// nullish values pin nothing: comparing with them tests presence.
var nullish = map[string]bool{"": true, "null": true, "none": true, "nil": true, "undefined": true, "true": true, "false": true, "0": true, "[]": true, "{}": true, "string.empty": true}

// pins reports whether comparing with x fixes a value: a non-empty
// constant, or a value that is not request input (the session's merchant).
func (a *analysis) pins(x *sitter.Node) bool {
	if x == nil {
		return false
	}
	txt := strings.ToLower(strings.TrimSpace(strings.Trim(a.text(x), "\"'`@$ ")))
	if nullish[txt] {
		return false
	}
	return !a.eval(x, 0).real()
}

// operator is the text of a binary expression's operator.
func (a *analysis) operator(n *sitter.Node) string {
	if o := n.ChildByFieldName("operator"); o != nil {
		return a.text(o)
	}
	for i := 0; i < int(n.ChildCount()); i++ {
		if c := n.Child(i); !c.IsNamed() {
			return a.text(c)
		}
	}
	return ""
}

// guardCompare: msn === '212345', $msn !== $user->msn, msn in ALLOWED.
func (a *analysis) guardCompare(n *sitter.Node) {
	if n.NamedChildCount() < 2 {
		return
	}
	l, r := n.NamedChild(0), n.NamedChild(int(n.NamedChildCount())-1)
	switch strings.ToLower(a.operator(n)) {
	case "==", "===", "!=", "!==", "eq", "ne", "<=>":
		if a.pins(r) {
			a.guard(l)
		}
		if a.pins(l) {
			a.guard(r)
		}
	case "in", "not in", "not", "!in":
		if !a.syn.strs[r.Type()] && !a.eval(r, 0).real() {
			a.guard(l)
		}
	}
}

// guardCall: ALLOWED.includes(msn), in_array($msn, $allowed),
// user.canActFor(msn), msn.equals(user.getMsn()).
func (a *analysis) guardCall(n *sitter.Node) {
	al := a.argList(n)
	if al == nil {
		return
	}
	name := strings.ToLower(rules.CalleeName(a.callee(n, al)))
	args := a.args(al)
	recv := a.receiver(n)
	switch {
	case rules.IsAllowCall(name):
		if recv != nil && a.eval(recv, 0).real() {
			return // msn.includes('-') tests the input's text
		}
		for _, x := range args {
			a.guard(x)
		}
	case rules.NameChecksAllow(name):
		for _, x := range args {
			a.guard(x)
		}
	case rules.IsLookupCall(name) && rules.NamesOwner(a.text(al)):
		// Store.findFirst({ where: { msn, ownerId: user.id } }): the value
		// is looked up among the signed-in user's own
		a.guardNames(al, 0)
	case name == "equals" || name == "equalsignorecase" || name == "equal?" || name == "eql?":
		ops := args
		if recv != nil && len(args) == 1 {
			ops = []*sitter.Node{recv, args[0]}
		}
		if len(ops) == 2 {
			if a.pins(ops[1]) {
				a.guard(ops[0])
			}
			if a.pins(ops[0]) {
				a.guard(ops[1])
			}
		}
	}
}
