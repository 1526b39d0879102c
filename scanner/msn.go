package scanner

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/report"
)

// The line-level vipps-mutable-msn check, for the files the parsed checks
// (package misuse) do not cover: Go under `vippslint scan`, and languages
// vippslint does not parse. It follows a variable assigned from request
// input to the Merchant-Serial-Number header or field, line by line.

// requestSources are request input (rules/vocabulary.go).
var requestSources = rules.RequestSources()

// merchantSettings are settings a merchant edits (rules/vocabulary.go).
var merchantSettings = rules.MerchantSettings()

// allowChecks on a line that mentions a tainted variable sanitise it
// (rules/vocabulary.go).
var allowChecks = rules.AllowMarkers()

// constCompare matches a comparison with a non-empty constant (msn != "123456"),
// which pins the value; a presence check (msn == "") does not.
var constCompare = regexp.MustCompile(`(?:===|!==|==|!=)\s*(?:['"][^'"]+['"]|\d{4,7}\b)|(?:['"][^'"]+['"]|\b\d{4,7})\s*(?:===|!==|==|!=)`)

var (
	// An assignment: not ==, ===, => or =~.
	assignRe = regexp.MustCompile(`^\s*(?:const|let|var|val|final|my|local|\w+(?:<[^>]*>)?\s+)?\s*(\$?[A-Za-z_][\w.\->]*|\{[^}]*\}|\[[^\]]*\])\s*(?::=|\?\?=|=)(?:\s*([^=>~\s].*))?$`)
	funcRe   = regexp.MustCompile(`^\s*(?:(?:public|private|protected|static|async|export|internal|override)\s+)*(?:def |function |func |fun |sub )|=>\s*\{\s*$|\)\s*\{\s*$`)
	// Lines that open a block but not a function.
	controlRe = regexp.MustCompile(`^\s*(?:\}\s*)?(?:if|else|elif|elsif|for|foreach|while|switch|catch|try|do|using|lock|with|except|when|unless|case|select)\b`)
)

type taint struct {
	line int
	why  string
}

// msnTracker is the line-level check's state: the variables that hold
// request input, in the function being read.
type msnTracker struct {
	f      *fileScan
	taints map[string]taint
}

// msnLines runs the line-level check on the code lines the parsed checks
// do not cover.
func (f *fileScan) msnLines() {
	if !f.hasMSN {
		return
	}
	t := &msnTracker{f: f, taints: map[string]taint{}}
	fenced := false
	for n := 0; n < f.li.count(); n++ {
		l, ll := f.li.line(n), f.lowerLine(n)
		if f.prose {
			// Documentation: only its fenced code blocks are code.
			if tl := bytes.TrimSpace(ll); bytes.HasPrefix(tl, []byte("```")) || bytes.HasPrefix(tl, []byte("~~~")) {
				fenced = !fenced
				continue
			}
			if !fenced {
				continue
			}
		}
		if len(l) == 0 || len(l) > 4096 || isComment(ll) || f.isCovered(n) {
			continue
		}
		t.line(n, l, ll)
	}
}

// line reports a Merchant-Serial-Number set from request input on line n.
func (t *msnTracker) line(n int, l, ll []byte) {
	if funcRe.Match(ll) && !controlRe.Match(ll) {
		// A new function: forget what earlier functions assigned.
		clear(t.taints)
	}
	sink := msnSink(ll)
	if sink < 0 {
		t.trackAssign(n, ll)
		return
	}
	// The value side: what follows the header or field name, its closing
	// quote or bracket, and the separator (':' inside a header string).
	val := sink
	for val < len(ll) && (isNameByte(ll[val]) || isQuote(ll[val]) || ll[val] == ']') {
		val++
	}
	if why := sourceIn(ll[val:], t.f.partner); why != "" {
		t.f.reportMSN(n, sink, len(l), why)
		return
	}
	// Identifiers on the value side, inside strings too ("...: $msn",
	// ': ' . $salesUnit): a header line is short and its words are code.
	for _, id := range identsIn(l[val:]) {
		root := strings.ToLower(rootOf(id))
		if tt, ok := t.taints[root]; ok && n-tt.line < 80 {
			t.f.reportMSN(n, sink, len(l), fmt.Sprintf("%s (assigned on line %d)", tt.why, tt.line+1))
			return
		}
	}
	t.trackAssign(n, ll)
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
			if rules.IsLineLookup(name) {
				return true
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
func (t *msnTracker) trackAssign(n int, ll []byte) {
	m := assignRe.FindSubmatch(ll)
	if m != nil {
		lhs, rhs := string(m[1]), m[2]
		why := sourceIn(rhs, t.f.partner)
		if why == "" {
			why = t.taintedIn(rhs)
		}
		if why != "" {
			for _, v := range strings.FieldsFunc(lhs, func(r rune) bool { return r == '{' || r == '}' || r == ',' || r == ' ' || r == '[' || r == ']' }) {
				v = strings.TrimSpace(strings.SplitN(v, ":", 2)[len(strings.SplitN(v, ":", 2))-1])
				if r := strings.ToLower(rootOf(v)); r != "" {
					t.taints[r] = taint{n, why}
				}
			}
			return
		}
		// Reassigned from something else: no longer tainted.
		delete(t.taints, strings.ToLower(rootOf(lhs)))
	}
	if len(t.taints) == 0 {
		return
	}
	for v := range t.taints {
		if mentionsWhole(ll, v) && (containsAny(ll, allowChecks) || constCompare.Match(ll)) {
			delete(t.taints, v)
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
func (t *msnTracker) taintedIn(rhs []byte) string {
	for _, id := range identsIn(rhs) {
		root := strings.ToLower(rootOf(id))
		tt, ok := t.taints[root]
		if !ok {
			continue
		}
		at := bytes.Index(bytes.ToLower(rhs), []byte(strings.ToLower(id)))
		if at >= 0 && lookedUp(bytes.ToLower(rhs[:at])) {
			continue
		}
		return tt.why
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
