package scanner

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/report"
)

// Request input in the common web stacks (lowercased). A value read from
// one of these is chosen by whoever sends the request.
var requestSources = []string{
	// Node (Express, Koa, Fastify, Next), browser URLs
	"req.query", "req.body", "req.params", "req.headers", "req.cookies", "req.get(", "req.param(", "req.header(",
	"ctx.query", "ctx.request.body", "ctx.params", "ctx.request.query", "request.query", "request.body",
	"request.params", "searchparams.get(", "event.querystringparameters", "event.pathparameters", "event.body",
	"formdata.get(", "await request.json()", "req.nexturl.searchparams",
	// PHP (plain, Laravel, Symfony, Magento, PrestaShop)
	"$_get", "$_post", "$_request", "$_cookie", "$_server['http_", "$request->input(", "$request->get(",
	"$request->query->", "$request->request->", "$request->headers->", "$request->cookies->",
	"$request->attributes->", "request('", "request(\"", "$request->json(", "$request->all(", "$request->cookie(",
	"$request->string(", "$request->integer(", "$request->validated(", "$request->safe(", "$request->only(",
	"$request->query(", "$request->post(", "$request->header(", "$request->route(", "request()->", "input::get(",
	"$this->request->getparam(", "$this->getrequest()->getparam(", "tools::getvalue(", "filter_input(",
	// Python (Flask, Django, FastAPI)
	"request.args", "request.form", "request.json", "request.get_json", "request.values", "request.data",
	"request.get[", "request.post[", "request.get.get(", "request.post.get(", "request.cookies", "request.headers",
	"request.meta", "request.query_params", "request.path_params",
	// ASP.NET, Java
	"request.querystring", "request.form[", "httpcontext.request", "[fromquery", "[frombody", "[fromform",
	"[fromheader", "[fromroute", "@requestparam", "@pathvariable", "@requestheader", "@requestbody",
	"getparameter(", "getheader(",
	// Ruby, Go
	"params[", "params.fetch(", "params.require(", "cookies[", "c.query(", "c.param(", "c.postform(", "c.getheader(",
	"r.url.query()", "r.formvalue(", "r.postformvalue(", "r.header.get(", "r.pathvalue(", "mux.vars(", "chi.urlparam(",
	"c.queryparam(", "c.formvalue(", "c.params(", "c.bodyparser(", "c.shouldbind", "c.bind(", "c.cookie(",
}

// merchantSettings are settings a merchant edits in a plugin or portal.
var merchantSettings = []string{
	"get_option(", "->get_option(", "$this->settings[", "configuration::get(", "scopeconfig->getvalue(",
	"getstoreconfig(", "merchant.settings", "shop.settings", "store.settings", "tenant.settings",
	"merchantsettings", "shopsettings", "get_theme_mod(",
}

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
	if funcRe.Match(ll) && !controlRe.Match(ll) {
		clear(f.taints)
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
			f.taints[strings.ToLower(name)] = taint{n, "request parameter " + strings.ToLower(strings.Fields(string(m[0]))[0])}
		}
	}
	sink := msnSink(ll)
	if sink < 0 {
		f.trackAssign(n, l, ll)
		return
	}
	// The value side: what follows the header or field name and its
	// closing quote or bracket.
	val := sink
	for val < len(ll) && (isNameByte(ll[val]) || isQuote(ll[val]) || ll[val] == ']') {
		val++
	}
	if why := sourceIn(ll[val:], f.partner); why != "" {
		f.reportMSN(n, sink, len(l), why)
		return
	}
	for _, id := range names(l[val:]) {
		root := strings.ToLower(rootOf(id))
		if t, ok := f.taints[root]; ok && n-t.line < 80 {
			f.reportMSN(n, sink, len(l), fmt.Sprintf("%s (assigned on line %d)", t.why, t.line+1))
			return
		}
	}
	f.trackAssign(n, l, ll)
}

// msnSink returns where the MSN header or body field is named on a line
// that sets it, or -1.
func msnSink(ll []byte) int {
	for _, k := range []string{"merchant-serial-number", "merchant_serial_number", "merchantserialnumber"} {
		if i := bytes.Index(ll, []byte(k)); i >= 0 {
			after := bytes.TrimLeft(ll[i+len(k):], "\"'`] ")
			// A read of the incoming header (x = req.headers['merchant-serial-number'])
			// is a source, not a sink; only a value that follows counts.
			if len(after) == 0 || after[0] == ')' || after[0] == ';' {
				return -1
			}
			return i
		}
	}
	return -1
}

// sourceIn names the request source in s, or "".
func sourceIn(s []byte, partner bool) string {
	for _, src := range requestSources {
		if i := bytes.Index(s, []byte(src)); i >= 0 {
			if i > 0 && isNameByte(s[i-1]) && s[i-1] != '.' && src[0] != '[' && src[0] != '$' && src[0] != '@' {
				continue
			}
			if lookedUp(s[:i]) {
				continue
			}
			return strings.TrimRight(src, "([.")
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

// lookedUp reports whether the text before a source ends inside a lookup
// such as allowed[ or merchants.get(: the value is chosen from a server-side
// table, not taken as it is.
func lookedUp(before []byte) bool {
	t := bytes.TrimRight(before, " ")
	for _, w := range []string{"allowed", "merchants", "msns", "lookup", "map", "table", "registry", "shops", "stores"} {
		for _, open := range []string{"[", ".get(", "(", "->get("} {
			if bytes.HasSuffix(t, []byte(w+open)) {
				return true
			}
		}
	}
	return false
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
		if why := sourceIn(rhs, f.partner); why != "" {
			for _, v := range strings.FieldsFunc(lhs, func(r rune) bool { return r == '{' || r == '}' || r == ',' || r == ' ' || r == '[' || r == ']' }) {
				v = strings.TrimSpace(strings.SplitN(v, ":", 2)[len(strings.SplitN(v, ":", 2))-1])
				f.taints[strings.ToLower(rootOf(v))] = taint{n, why}
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
		if bytes.Contains(ll, []byte(v)) && (containsAny(ll, allowChecks) || constCompare.Match(ll)) {
			delete(f.taints, v)
		}
	}
}

func (f *fileScan) reportMSN(n, s, e int, why string) {
	if !f.vipps && !f.partner {
		return
	}
	f.add(rules.IDMutableMSN, f.location(n, s, e), "merchant-serial-number comes from "+why+"; a caller can pick another merchant", "",
		report.LineFingerprint(rules.IDMutableMSN, f.path, string(f.li.line(n))))
}
