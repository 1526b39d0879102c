package scanner

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/report"
)

// requestSources are request input (rules/vocabulary.go).
var requestSources = rules.RequestSources()

// merchantSettings are settings a merchant edits (rules/vocabulary.go).
var merchantSettings = rules.MerchantSettings()

// allowChecks on a line that mentions a tainted variable sanitise it.
var allowChecks = []string{
	"includes(", "in_array(", "array_key_exists(", "isset($", " in ", ".contains(", "containskey(", ".has(",
	"indexof(", "allowed", "allowlist", "whitelist", "permitted", "authorized", "authorised", "canactfor",
	"belongsto", "owns", "slices.contains(",
}

// constCompare matches a comparison with a non-empty constant (msn !== '123456'),
// which pins the value; a presence check (msn == "") does not.
var constCompare = regexp.MustCompile(`(?:===|!==|==|!=)\s*(?:['"][^'"]+['"]|\d{4,7}\b)|(?:['"][^'"]+['"]|\b\d{4,7})\s*(?:===|!==|==|!=)`)

var (
	// An assignment: not ==, ===, => or =~.
	assignRe = regexp.MustCompile(`^\s*(?:const|let|var|val|final|my|local|\w+(?:<[^>]*>)?\s+)?\s*(\$?[A-Za-z_][\w.\->]*|\{[^}]*\}|\[[^\]]*\])\s*(?::=|\?\?=|=)(?:\s*([^=>~\s].*))?$`)
	// Parameters bound from the request: ASP.NET [FromQuery], Spring
	// @RequestParam, NestJS @Query('msn') msn, FastAPI msn: str = Query(...).
	paramRe = regexp.MustCompile(`(?i)(?:\[from(?:query|body|form|header|route)[^\]]*\]|@(?:requestparam|pathvariable|requestheader|requestbody|query|body|param|headers)\b(?:\([^)]*\))?)\s*(?:[\w<>\[\]?]+\s+)?([A-Za-z_]\w*)|([A-Za-z_]\w*)\s*:\s*[\w\[\]|. ]+=\s*(?:query|header|body|form|path|cookie)\(`)
	funcRe  = regexp.MustCompile(`^\s*(?:(?:public|private|protected|static|async|export|internal|override)\s+)*(?:def |function |func |fun |sub )|=>\s*\{\s*$|\)\s*\{\s*$`)
	// Lines that open a block but not a function.
	controlRe = regexp.MustCompile(`^\s*(?:\}\s*)?(?:if|else|elif|elsif|for|foreach|while|switch|catch|try|do|using|lock|with|except|when|unless|case|select)\b`)
)

type taint struct {
	line int
	why  string
}

// msn reports Merchant-Serial-Number values that come from request input.
func (f *fileScan) msn(n int, l, ll []byte) {
	if f.taints == nil {
		f.taints = map[string]taint{}
	}
	// A route declaration names the parameters that come from the path
	// (Symfony #[Route('/m/{msn}')], Flask '<msn>', ASP.NET [HttpGet("{msn}")]);
	// a Python route decorator makes the handler's parameters input.
	if routeRe.Match(l) {
		for _, m := range placeholderRe.FindAllSubmatch(l, -1) {
			name := m[1]
			if len(name) == 0 {
				name = m[2]
			}
			f.routeNames = append(f.routeNames, strings.ToLower(string(name)))
		}
		if bytes.HasPrefix(bytes.TrimSpace(ll), []byte("@")) && pyRouteRe.Match(ll) {
			f.pyHandler = true
		}
	}
	if funcRe.Match(ll) && !controlRe.Match(ll) {
		// A new function: forget what earlier functions assigned, but not
		// the parameters of a signature spread over the lines before.
		start := f.signatureStart(n)
		for v, t := range f.taints {
			if t.line < start {
				delete(f.taints, v)
			}
		}
		for _, name := range f.routeNames {
			f.taints[name] = taint{n, "a route parameter"}
		}
		f.routeNames = f.routeNames[:0]
	}
	if f.pyHandler && bytes.Contains(ll, []byte("def ")) || f.pyParams {
		f.pythonParams(n, l, ll)
	}
	// JavaScript handlers that destructure the request event
	// (SvelteKit, Remix: async ({ params, request, cookies }) => ...).
	if m := destructRe.FindSubmatch(ll); m != nil && bytes.Contains(m[1], []byte("request")) {
		for _, name := range []string{"params", "url", "cookies", "query"} {
			if mentionsWhole(m[1], name) {
				f.taints[name] = taint{n, "the request event's " + name}
			}
		}
	}
	// Parameters bound from the request ([FromQuery] string msn).
	if bytes.Contains(ll, []byte("[from")) || bytes.IndexByte(ll, '@') >= 0 || bytes.Contains(ll, []byte("= query(")) ||
		bytes.Contains(ll, []byte("= header(")) || bytes.Contains(ll, []byte("= body(")) || bytes.Contains(ll, []byte("= form(")) ||
		bytes.Contains(ll, []byte("= path(")) || bytes.Contains(ll, []byte("= cookie(")) {
		for _, m := range paramRe.FindAllSubmatch(l, -1) {
			name := string(m[1])
			if name == "" {
				name = string(m[2])
			}
			f.taints[strings.ToLower(name)] = taint{n, "request parameter " + strings.Fields(string(m[0]))[0]}
		}
	}
	sink := msnSink(ll)
	if sink < 0 {
		f.trackAssign(n, l, ll)
		return
	}
	// The value side: what follows the header or field name, its closing
	// quote or bracket, and the separator (':' inside a header string).
	val := sink
	for val < len(ll) && (isNameByte(ll[val]) || isQuote(ll[val]) || ll[val] == ']') {
		val++
	}
	if why := sourceIn(ll[val:], f.partner); why != "" {
		f.reportMSN(n, sink, len(l), why)
		return
	}
	// Identifiers on the value side, inside strings too ("...: $msn",
	// ': ' . $salesUnit): a header line is short and its words are code.
	for _, id := range identsIn(l[val:]) {
		root := strings.ToLower(rootOf(id))
		if t, ok := f.taints[root]; ok && n-t.line < 80 {
			f.reportMSN(n, sink, len(l), fmt.Sprintf("%s (assigned on line %d)", t.why, t.line+1))
			return
		}
	}
	f.trackAssign(n, l, ll)
}

var (
	// routeRe: a line that declares a route with a path template.
	routeRe = regexp.MustCompile(`(?i)^\s*(?:#\[route|@route|\[(?:http\w*|route)\s*\(|@\w*mapping\s*\(|@(?:app|router|bp|blueprint|api|\w+_bp|\w+_router)\.(?:route|get|post|put|patch|delete|api_route)\s*\()`)
	// placeholderRe: {msn}, {msn:int}, <msn>, <int:msn> in a route template.
	placeholderRe = regexp.MustCompile(`\{([A-Za-z_]\w*)(?::[^}]*)?\}|<(?:\w+:)?([A-Za-z_]\w*)>`)
	pyRouteRe     = regexp.MustCompile(`^\s*@(?:app|router|bp|blueprint|api|\w+_bp|\w+_router)\.(?:route|get|post|put|patch|delete|api_route)\s*\(`)
	// destructRe: a destructured first parameter ({ params, request }).
	destructRe = regexp.MustCompile(`\(\s*\{([^}]*)\}\s*(?::\s*[\w.<>]+)?\s*\)\s*(?:=>|\{)`)
	// pyParamRe: a Python parameter name at the start of a parameter.
	pyParamRe = regexp.MustCompile(`(?:^|[(,])\s*\*{0,2}([A-Za-z_]\w*)\s*(?:[:=,)]|$)`)
)

// serverParams are handler parameters that are not request input.
var serverParams = map[string]bool{
	"self": true, "cls": true, "request": true, "req": true, "db": true, "session": true, "settings": true,
	"user": true, "current_user": true, "background_tasks": true, "response": true, "config": true, "cfg": true,
}

// pythonParams taints the parameters of a Python route handler (FastAPI
// and Flask pass path, query and body values as arguments), except those
// resolved on the server (Depends(...), Security(...)).
func (f *fileScan) pythonParams(n int, l, ll []byte) {
	f.pyParams = !bytes.Contains(ll, []byte("):")) && !bytes.Contains(ll, []byte(") ->"))
	f.pyHandler = false
	text := l
	if i := bytes.Index(ll, []byte("def ")); i >= 0 {
		if j := bytes.IndexByte(l[i:], '('); j >= 0 {
			text = l[i+j:]
		}
	}
	for _, part := range splitTop(text) {
		lp := bytes.ToLower(part)
		if bytes.Contains(lp, []byte("depends(")) || bytes.Contains(lp, []byte("security(")) {
			continue
		}
		if m := pyParamRe.FindSubmatch(part); m != nil {
			if name := strings.ToLower(string(m[1])); !serverParams[name] {
				f.taints[name] = taint{n, "a route handler parameter"}
			}
		}
	}
}

// splitTop splits a parameter list at the commas outside brackets, so that
// x: Annotated[T, Depends(f)] stays one parameter. The opening bracket of the
// list itself does not count.
func splitTop(b []byte) [][]byte {
	var parts [][]byte
	depth, start := 0, 0
	for i, c := range b {
		switch c {
		case '(', '[', '{':
			if !(c == '(' && depth == 0 && start == 0 && i == bytes.IndexByte(b, '(')) {
				depth++
			} else {
				start = i + 1
			}
		case ')', ']', '}':
			depth--
		case ',':
			if depth <= 0 {
				parts = append(parts, b[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, b[start:])
}

// signatureStart is the line where the bracket that line n closes was
// opened: the first line of a signature spread over several lines.
func (f *fileScan) signatureStart(n int) int {
	depth := 0
	for i := n; i >= 0 && n-i < 30; i-- {
		l := f.lowerLine(i)
		for j := len(l) - 1; j >= 0; j-- {
			switch l[j] {
			case ')':
				depth++
			case '(':
				depth--
				if depth == 0 {
					return i
				}
			}
		}
	}
	return n
}

// msnSink returns where the MSN header or body field is named on a line
// that sets it, or -1.
func msnSink(ll []byte) int {
	for _, k := range []string{"merchant-serial-number", "merchant_serial_number", "merchantserialnumber"} {
		i := bytes.Index(ll, []byte(k))
		if i < 0 {
			continue
		}
		rest := ll[i+len(k):]
		quoted := len(rest) > 0 && isQuote(rest[0])
		after := bytes.TrimLeft(rest, "\"'`] ")
		// A read of the incoming header (x = req.headers['merchant-serial-number'])
		// is a source, not a sink; only a value that follows counts. An
		// unquoted name followed by ',', ')' or '}' is a parameter, a route
		// template or a destructuring pattern (f(string merchantSerialNumber),
		// '/m/{merchantSerialNumber}', const { merchantSerialNumber } = req.body):
		// it declares a name. A quoted header name followed by ',' is an
		// argument: Add("Merchant-Serial-Number", msn).
		switch {
		case len(after) == 0, after[0] == ')', after[0] == ';':
			return -1
		case !quoted && (after[0] == ',' || after[0] == '}'), declares(ll, i):
			return -1
		}
		return i
	}
	return -1
}

// declWords stand before a name that a statement declares.
var declWords = []string{"var", "let", "const", "val", "string", "int", "long", "str", "final", "my", "local", "dim", "auto"}

// declares reports whether the field name at ll[i:] is a local variable or
// parameter being declared or assigned ($merchantSerialNumber = ...,
// merchant_serial_number = ..., string merchantSerialNumber), not a field of
// an outgoing request.
func declares(ll []byte, i int) bool {
	before := bytes.TrimRight(ll[:i], " \t")
	if len(before) > 0 && before[len(before)-1] == '$' {
		return true // PHP local variable
	}
	for _, w := range declWords {
		if bytes.HasSuffix(before, []byte(w)) && (len(before) == len(w) || !isNameByte(before[len(before)-len(w)-1])) {
			return true
		}
	}
	if len(bytes.TrimSpace(before)) == 0 {
		// The first word of the line: an assignment to a local name, unless
		// it is an object literal's key (merchantSerialNumber: x).
		rest := bytes.TrimLeft(ll[i:], "abcdefghijklmnopqrstuvwxyz_-0123456789 ")
		return len(rest) > 0 && rest[0] == '=' && (len(rest) == 1 || rest[1] != '=' && rest[1] != '>')
	}
	if m := assignRe.FindSubmatchIndex(ll); m != nil && m[2] <= i && i < m[3] {
		lhs := ll[m[2]:m[3]]
		return lhs[0] == '{' || lhs[0] == '['
	}
	return false
}

// sourceIn names the request source in s, or "".
func sourceIn(s []byte, partner bool) string {
	for _, src := range requestSources {
		for off := 0; ; {
			i := bytes.Index(s[off:], []byte(src))
			if i < 0 {
				break
			}
			i += off
			off = i + len(src)
			if i > 0 && isNameByte(s[i-1]) && s[i-1] != '.' && src[0] != '[' && src[0] != '$' && src[0] != '@' && src[0] != '.' {
				continue
			}
			if src[0] == '.' && (bytes.HasSuffix(s[:i], []byte("$this->")) || bytes.HasSuffix(s[:i], []byte("this")) || i > 0 && s[i-1] == '>') {
				continue // $this->getParameter() reads configuration
			}
			if lookedUp(s[:i]) {
				continue
			}
			return strings.Trim(strings.TrimRight(src, "([."), ".")
		}
	}
	if partner {
		for _, src := range merchantSettings {
			if bytes.Contains(s, []byte(src)) {
				return "merchant-editable setting " + strings.TrimRight(src, "([")
			}
		}
	}
	return ""
}

// lookupCalls are methods whose result is a server-side record or table
// entry chosen by their argument, not the argument itself.
var lookupCalls = map[string]bool{
	"find": true, "findone": true, "findbyid": true, "findbypk": true, "findunique": true, "findfirst": true,
	"findorfail": true, "firstorfail": true, "first": true, "where": true, "get": true, "get_object_or_404": true,
	"get_or_404": true, "lookup": true, "load": true, "fetch_by": true, "find_by": true, "find_by!": true,
	"filter": true, "getvalueordefault": true, "trygetvalue": true, "getordefault": true, "byid": true,
}

// lookedUp reports whether a source at the end of before is used as a key
// into something else: a table (MSN_BY_MARKET[req.query.market]) or a
// lookup call (Store.findOne({ where: { id: req.params.storeId } }),
// merchants.get(req.query.shop)). The value is then chosen on the server.
func lookedUp(before []byte) bool {
	depth := 0
	for i := len(before) - 1; i >= 0; i-- {
		switch c := before[i]; c {
		case ')', ']', '}':
			depth++
		case '(', '[', '{':
			if depth > 0 {
				depth--
				continue
			}
			if c == '{' {
				continue // an object literal inside the call: look further out
			}
			j := i - 1
			for j >= 0 && (isNameByte(before[j]) || before[j] == '!') && before[j] != '.' {
				j--
			}
			name := strings.ToLower(string(before[j+1 : i]))
			if c == '[' {
				// x[input]: a table, unless x is itself request input.
				return name != "" && sourceAt(before[:i]) == ""
			}
			if lookupCalls[name] {
				return true
			}
			for _, p := range []string{"find", "lookup", "filter", "where", "get_object", "select", "search", "query", "fetch_"} {
				if strings.HasPrefix(name, p) {
					return true
				}
			}
			if name != "" {
				return false // a conversion such as int(...) or trim(...) keeps the input
			}
		}
	}
	return false
}

// sourceAt returns the request source that ends at the end of s, or "".
func sourceAt(s []byte) string {
	for _, src := range requestSources {
		t := strings.TrimRight(src, "([")
		if bytes.HasSuffix(s, []byte(t)) {
			return t
		}
	}
	return ""
}

func rootOf(id string) string {
	id = strings.TrimPrefix(id, "$")
	if i := strings.IndexAny(id, ".[-"); i > 0 {
		return id[:i]
	}
	return id
}

// trackAssign remembers variables assigned from request input, and forgets
// them when a later line checks them against an allowlist.
func (f *fileScan) trackAssign(n int, l, ll []byte) {
	m := assignRe.FindSubmatch(ll)
	if m != nil {
		lhs, rhs := string(m[1]), m[2]
		why := sourceIn(rhs, f.partner)
		if why == "" {
			why = f.taintedIn(rhs)
		}
		if why != "" {
			for _, v := range strings.FieldsFunc(lhs, func(r rune) bool { return r == '{' || r == '}' || r == ',' || r == ' ' || r == '[' || r == ']' }) {
				v = strings.TrimSpace(strings.SplitN(v, ":", 2)[len(strings.SplitN(v, ":", 2))-1])
				if r := strings.ToLower(rootOf(v)); r != "" {
					f.taints[r] = taint{n, why}
				}
			}
			return
		}
		// Reassigned from something else: no longer tainted.
		delete(f.taints, strings.ToLower(rootOf(lhs)))
	}
	if len(f.taints) == 0 {
		return
	}
	for v := range f.taints {
		if mentionsWhole(ll, v) && (containsAny(ll, allowChecks) || constCompare.Match(ll)) {
			delete(f.taints, v)
		}
	}
}

// mentionsWhole reports whether ll uses the variable v itself (msn, $msn),
// not only a field of it (body.amount does not check body).
func mentionsWhole(ll []byte, v string) bool {
	if v == "" {
		return false
	}
	for off := 0; ; {
		i := bytes.Index(ll[off:], []byte(v))
		if i < 0 {
			return false
		}
		i += off
		off = i + len(v)
		if i > 0 && (isNameByte(ll[i-1]) && ll[i-1] != '$') {
			continue
		}
		if off < len(ll) && (isNameByte(ll[off]) || ll[off] == '[') {
			continue
		}
		return true
	}
}

// taintedIn names the tainted variable that an expression passes on as it
// is or through a conversion (msn = str(raw), store = cookieStore.get('x')),
// or "" when there is none or it is only a lookup key (table[raw]).
func (f *fileScan) taintedIn(rhs []byte) string {
	for _, id := range identsIn(rhs) {
		root := strings.ToLower(rootOf(id))
		t, ok := f.taints[root]
		if !ok {
			continue
		}
		at := bytes.Index(bytes.ToLower(rhs), []byte(strings.ToLower(id)))
		if at >= 0 && lookedUp(bytes.ToLower(rhs[:at])) {
			continue
		}
		return t.why
	}
	return ""
}

func (f *fileScan) reportMSN(n, s, e int, why string) {
	// Test code asserts on headers; it does not send them.
	if !f.vipps && !f.partner || testFile(f.path) {
		return
	}
	f.add(rules.IDMutableMSN, f.location(n, s, e), "merchant-serial-number comes from "+why+"; a caller can pick another merchant", "",
		report.LineFingerprint(rules.IDMutableMSN, f.path, string(f.li.line(n))))
}
