package scanner

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/report"
)

// Misuse heuristics work on one line at a time (plus a small memory of
// variables assigned from request input). They follow names, not values:
// process.env.NEXT_PUBLIC_VIPPS_CLIENT_SECRET exposes a secret whether or
// not its value is in the repository.

// names returns the identifiers of a code line that could name a secret:
// identifier paths outside string literals, and inside strings only
// interpolations (${x}, {x}, #{x}, PHP $x). Quoted keys without spaces
// count too ('client_secret' in $opts['client_secret']).
func names(l []byte) []string {
	var out []string
	var q byte
	for i := 0; i < len(l); i++ {
		c := l[i]
		if q != 0 {
			switch {
			case c == '\\':
				i++
			case c == q:
				q = 0
			case c == '{':
				j := bytes.IndexByte(l[i:], '}')
				if j > 1 {
					out = append(out, identsIn(l[i+1:i+j])...)
					i += j
				}
			case c == '$' && q == '"' && i+1 < len(l) && (isIdentStart(l[i+1])):
				j := i + 1
				for j < len(l) && (isNameByte(l[j]) || l[j] == '>' && l[j-1] == '-') && l[j] != '.' {
					j++
				}
				out = append(out, string(l[i:j]))
				i = j - 1
			}
			continue
		}
		if isQuote(c) {
			// A quoted key: no spaces, directly used as a key or index.
			j := bytes.IndexByte(l[i+1:], c)
			if j > 0 && j < 80 && !bytes.ContainsAny(l[i+1:i+1+j], " \t{$") {
				k := i + 2 + j
				rest := bytes.TrimLeft(l[min(k, len(l)):], " ")
				if len(rest) > 0 && (rest[0] == ']' || rest[0] == ':' || rest[0] == '=') {
					out = append(out, string(l[i+1:i+1+j]))
					i = k - 1
					continue
				}
			}
			q = c
			continue
		}
		if isIdentStart(c) {
			j := i
			for j < len(l) && (isNameByte(l[j]) || l[j] == '>' && j > 0 && l[j-1] == '-') {
				j++
			}
			out = append(out, string(l[i:j]))
			i = j - 1
		}
	}
	return out
}

func isIdentStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c == '$'
}

func identsIn(b []byte) []string {
	var out []string
	for i := 0; i < len(b); i++ {
		if isIdentStart(b[i]) {
			j := i
			for j < len(b) && isNameByte(b[j]) {
				j++
			}
			out = append(out, string(b[i:j]))
			i = j
		}
	}
	return out
}

// secretName returns the first name in ns that names a Vipps secret. In a
// Vipps file a variable called just token holds the access token.
func (f *fileScan) secretName(ns []string) string {
	for _, n := range ns {
		if f.vipps && rules.Normalize(lastSegment(n)) == "token" && !strings.ContainsAny(n, "[(") {
			return n
		}
		if rules.NameMentionsSecret(n) {
			nn := rules.Normalize(n)
			if rules.NameIsOtherProvider(nn) {
				continue
			}
			if f.vipps || rules.NameIsVipps(nn) {
				return n
			}
		}
	}
	return ""
}

// maskWords on a line mean the secret is masked, measured or tested, not
// printed (rules/vocabulary.go).
var maskWords = rules.MaskMarkers()

func masked(lower []byte) bool {
	for _, w := range maskWords {
		if bytes.Contains(lower, []byte(w)) {
			return true
		}
	}
	return false
}

// logCalls start log calls (rules/vocabulary.go).
var logCalls = rules.LogCalls()

// logCall returns the index where a logging or printing call starts, or -1.
func logCall(lower []byte) int {
	best := -1
	for _, c := range logCalls {
		if i := bytes.Index(lower, []byte(c)); i >= 0 && (best < 0 || i < best) {
			if i > 0 && isNameByte(lower[i-1]) && c != "log." && !strings.HasPrefix(c, "->") {
				continue
			}
			best = i
		}
	}
	return best
}

// responseCalls write http responses (rules/vocabulary.go).
var responseCalls = rules.ResponseCalls()

// storageCalls keep values in browser or app storage (rules/vocabulary.go).
var storageCalls = rules.StorageCalls()

// respondsWith reports whether a line writes an HTTP response with a value:
// res.json(x), not the fetch client's res.json().
func respondsWith(ll []byte) bool {
	for _, c := range responseCalls {
		for off := 0; ; {
			i := bytes.Index(ll[off:], []byte(c))
			if i < 0 {
				break
			}
			i += off
			off = i + len(c)
			// res.json() reads a fetch response; res.json( at the end of
			// a line writes what the next lines hold.
			if rest := bytes.TrimLeft(ll[off:], " \t"); len(rest) == 0 || rest[0] != ')' {
				return true
			}
		}
	}
	return false
}

// balance is the number of brackets a line opens minus those it closes, so
// that a response object spread over lines (res.json({\n secret,\n})) is
// followed to its end.
func balance(ll []byte) int {
	n := 0
	for _, c := range ll {
		switch c {
		case '{', '(', '[':
			n++
		case '}', ')', ']':
			n--
		}
	}
	return n
}

// testFile reports whether a path is test code, whose fake servers and
// fixtures write tokens into responses on purpose.
func testFile(p string) bool {
	lp := strings.ToLower(p)
	return strings.HasSuffix(lp, "_test.go") || strings.Contains(lp, ".test.") || strings.Contains(lp, ".spec.") ||
		strings.Contains(lp, "/test/") || strings.Contains(lp, "/tests/") || strings.Contains(lp, "__tests__") ||
		strings.HasPrefix(lp, "test/") || strings.HasPrefix(lp, "tests/") || strings.HasSuffix(lp, "_test.py") ||
		strings.HasSuffix(lp, "test.php") || strings.HasSuffix(lp, "tests.cs")
}

// mockFile reports whether a path holds mocks, fakes, stubs or fixtures:
// they answer with tokens and URLs they made up.
func mockFile(p string) bool {
	for _, w := range rules.SplitWords(p) {
		switch w {
		case "mock", "mocks", "fake", "fakes", "stub", "stubs", "fixture", "fixtures", "cassette", "cassettes", "spec", "specs", "e2e":
			return true
		}
	}
	return strings.Contains(strings.ToLower(p), "__mocks__")
}

func containsAny(lower []byte, subs []string) bool {
	for _, s := range subs {
		if bytes.Contains(lower, []byte(s)) {
			return true
		}
	}
	return false
}

// lineState is what the line heuristics carry from one line to the next:
// whether a Markdown fence is open, and the multi-line log call or HTTP
// response body that is.
type lineState struct {
	// fenced is set inside a fenced code block of a documentation file.
	fenced bool
	// respDepth > 0 while a multi-line HTTP response body is open.
	respDepth int
	// logDepth > 0 while a log call's arguments continue; logLine and
	// logCol are where the call is.
	logDepth, logLine, logCol int
}

// misuseLines runs the line heuristics on every line.
func (f *fileScan) misuseLines() {
	var st lineState
	for n := 0; n < f.li.count(); n++ {
		f.scanMisuse(n, &st)
	}
}

// scanMisuse runs the line heuristics on line n.
func (f *fileScan) scanMisuse(n int, st *lineState) {
	l, ll := f.li.line(n), f.lowerLine(n)
	if f.prose {
		// Documentation: only its fenced code blocks are code.
		if t := bytes.TrimSpace(ll); bytes.HasPrefix(t, []byte("```")) || bytes.HasPrefix(t, []byte("~~~")) {
			st.fenced = !st.fenced
			return
		}
		if !st.fenced {
			return
		}
	}
	if len(l) == 0 || len(l) > 4096 || isComment(ll) {
		return
	}
	f.publicEnv(n, l)
	if f.isCovered(n) {
		return // logs, storage, responses and URLs: the parsed checks
	}
	if !f.vipps {
		// The other checks follow names; without Vipps signals in the
		// file only names that say vipps count (secretName checks).
		if !bytes.Contains(ll, []byte("vipps")) && !bytes.Contains(ll, []byte("mobilepay")) {
			return
		}
	}
	ns := names(l)
	// A log call's arguments may continue on the next lines; the finding
	// stays on the call's line.
	logAt, logFrom := -1, 0
	if st.logDepth > 0 {
		logAt = st.logLine
		st.logDepth = max(0, st.logDepth+balance(ll))
	} else if i := logCall(ll); i >= 0 {
		logAt, logFrom = n, i
		st.logLine, st.logDepth, st.logCol = n, max(0, balance(ll[i:])), i
	}
	if logAt >= 0 && !mockFile(f.path) {
		if name := f.secretName(names(l[logFrom:])); name != "" && !masked(ll) {
			call := f.li.line(logAt)
			col := 0
			if logAt == n {
				col = logFrom
			} else {
				col = st.logCol
			}
			f.add(rules.IDSecretLogged, f.location(logAt, col, len(call)), fmt.Sprintf("vipps secret %s is written to a log or output", name), "",
				report.LineFingerprint(rules.IDSecretLogged, f.path, string(call)))
		}
	}
	if containsAny(ll, storageCalls) && !testFile(f.path) {
		if name := f.secretName(ns); name != "" && !masked(ll) {
			f.add(rules.IDKeyExposed, f.location(n, 0, len(l)), fmt.Sprintf("vipps secret %s is kept in browser or app storage", name), "",
				report.LineFingerprint(rules.IDKeyExposed, f.path, string(l)))
		}
	}
	inResponse := st.respDepth > 0
	if st.respDepth > 0 {
		st.respDepth = max(0, st.respDepth+balance(ll))
	} else if respondsWith(ll) && !testFile(f.path) {
		inResponse = true
		st.respDepth = max(0, balance(ll))
	}
	if inResponse {
		if name := f.secretName(ns); name != "" && !masked(ll) {
			f.add(rules.IDKeyExposed, f.location(n, 0, len(l)), fmt.Sprintf("vipps secret %s is sent in an http response", name), "",
				report.LineFingerprint(rules.IDKeyExposed, f.path, string(l)))
		}
	}
	f.secretInURL(n, l, ll)
}

// commentStarts open a comment line in the languages vippslint scans.
var commentStarts = []string{"//", "#", "/*", "* ", "<!--", "--", ";", "rem "}

// isComment reports whether a (lowercased) line is a comment: the misuse
// heuristics look at code that runs, not at prose about it.
func isComment(ll []byte) bool {
	t := bytes.TrimLeft(ll, " \t")
	for _, c := range commentStarts {
		if bytes.HasPrefix(t, []byte(c)) {
			// #{...} is Ruby interpolation, #! a shebang, #[...] a PHP or
			// Rust attribute: code, not comments.
			return !bytes.HasPrefix(t, []byte("#{")) && !bytes.HasPrefix(t, []byte("#!")) && !bytes.HasPrefix(t, []byte("#["))
		}
	}
	return false
}

var publicEnvRe = regexp.MustCompile(`\b(?:NEXT_PUBLIC_|REACT_APP_|VITE_|EXPO_PUBLIC_|NUXT_PUBLIC_|GATSBY_|VUE_APP_|NG_APP_|PUBLIC_)[A-Z0-9_]+`)

// publicEnv reports browser-public env variables that name a Vipps secret.
func (f *fileScan) publicEnv(n int, l []byte) {
	if !bytes.Contains(l, []byte("_")) {
		return
	}
	// An ES import only names the variable; the lines that use it are
	// where its value goes.
	if t := bytes.TrimSpace(l); bytes.HasPrefix(t, []byte("import ")) && bytes.Contains(t, []byte(" from ")) {
		return
	}
	for _, m := range publicEnvRe.FindAllIndex(l, -1) {
		name := string(l[m[0]:m[1]])
		if emptyAssignment(l[m[1]:]) {
			continue // an empty public-prefixed assignment in a .env: no value to inline
		}
		rest := strings.TrimPrefix(name, rules.PublicEnvPrefix(name))
		k := rules.Classify(rest)
		if !k.Secret() {
			continue
		}
		nn := rules.Normalize(rest)
		if !rules.NameIsVipps(nn) && !f.vipps || rules.NameIsOtherProvider(nn) {
			continue
		}
		rule, msg := rules.IDKeyExposed, fmt.Sprintf("browser-public variable %s holds a vipps %s: it is inlined into the front-end bundle", name, k)
		if rules.NameIsPartner(nn) {
			rule, msg = rules.IDPartnerKeyExposed, fmt.Sprintf("browser-public variable %s puts a vipps partner %s in the front-end bundle, where merchants can read it", name, k)
		}
		f.add(rule, f.location(n, m[0], m[1]), msg, "", report.LineFingerprint(rule, f.path, name))
	}
}

// emptyAssignment reports whether rest, the text after a name, assigns it
// nothing: "=", `=""` or "=”" and the end of the line.
func emptyAssignment(rest []byte) bool {
	t := bytes.TrimSpace(rest)
	if len(t) == 0 || t[0] != '=' {
		return false
	}
	v := string(bytes.TrimSpace(t[1:]))
	return v == "" || v == `""` || v == "''"
}

// urlBefore reports whether the '?' at ll[q] ends a URL or path: the text
// from the last space or quote up to it holds a '/', or the '?' opens a
// string literal appended to something ("base + '?subscription-key='").
// Prose such as "`?subscription-key=`" is neither.
func urlBefore(ll []byte, q int) bool {
	i := q - 1
	for i >= 0 && !isSpace(ll[i]) && !isQuote(ll[i]) {
		i--
	}
	seg := ll[i+1 : q]
	if bytes.Contains(seg, []byte("/")) || bytes.HasPrefix(seg, []byte("http")) || bytes.HasPrefix(seg, []byte("${")) {
		return true
	}
	if len(seg) == 0 && i >= 0 && isQuote(ll[i]) {
		before := bytes.TrimRight(ll[:i], " ")
		return len(before) > 0 && bytes.IndexByte([]byte("+.&"), before[len(before)-1]) >= 0
	}
	return false
}

// secretInURL reports secret query parameters in a URL.
func (f *fileScan) secretInURL(n int, l, ll []byte) {
	q := bytes.IndexByte(ll, '?')
	if q < 0 || !urlBefore(ll, q) {
		return
	}
	if rules.HasOtherProductSignal(ll) && !rules.HasVippsSignal(ll) {
		return
	}
	for _, p := range rules.URLSecretParams() {
		for off := q; ; {
			i := bytes.Index(ll[off:], []byte(p+"="))
			if i < 0 {
				break
			}
			i += off
			off = i + len(p)
			if i == 0 || (ll[i-1] != '?' && ll[i-1] != '&') {
				continue
			}
			f.add(rules.IDSecretInURL, f.location(n, i, i+len(p)), fmt.Sprintf("vipps secret sent as url query parameter %s; urls end up in logs and browser history", p), "",
				report.LineFingerprint(rules.IDSecretInURL, f.path, string(l)))
			return
		}
	}
}
