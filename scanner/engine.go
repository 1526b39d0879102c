package scanner

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/report"
	"github.com/vippslint/vippslint/scanner/suppress"
)

// Options configure an Engine.
type Options struct {
	// NoRedact prints secrets in full in messages and snippets.
	NoRedact bool
	// MerchantVisible are doublestar globs (relative, slash-separated) of
	// paths a merchant can read.
	MerchantVisible []string
	// ReportUnusedIgnores reports vippslint:ignore directives that
	// suppressed nothing.
	ReportUnusedIgnores bool
	// ReportLoneClientIDs reports a client_id even when no client secret
	// or subscription key of its set is in the file.
	ReportLoneClientIDs bool
	// Now is the scan time that access tokens' expiry is judged against
	// (zero: the time New is called). Tests fix it.
	Now time.Time
}

// Engine scans file content. It is safe for concurrent use.
type Engine struct {
	opts    Options
	anchors []anchor
	filter  *gramFilter
	pool    sync.Pool
}

type anchor struct {
	word, needle  []byte
	at            int // where needle starts in word
	before, after [][]byte
}

type scratch struct {
	lower []byte
	toks  []token
}

// New returns an Engine.
func New(opts Options) *Engine {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	e := &Engine{opts: opts}
	for _, a := range rules.Anchors() {
		x := anchor{word: []byte(a.Word), needle: []byte(a.Needle), at: strings.Index(a.Word, a.Needle)}
		if a.Needle == "" || x.at < 0 {
			x.needle, x.at = x.word, 0
		}
		for _, b := range a.Before {
			x.before = append(x.before, []byte(b))
		}
		for _, b := range a.After {
			x.after = append(x.after, []byte(b))
		}
		e.anchors = append(e.anchors, x)
	}
	e.filter = newGramFilter(e.anchors)
	e.pool.New = func() any { return &scratch{} }
	return e
}

// lockfiles hold hashes that look like keys and never hold keys.
var lockfiles = map[string]bool{
	"package-lock.json": true, "yarn.lock": true, "pnpm-lock.yaml": true, "go.sum": true,
	"cargo.lock": true, "composer.lock": true, "gemfile.lock": true, "poetry.lock": true,
	"pipfile.lock": true, "packages.lock.json": true, "npm-shrinkwrap.json": true, "bun.lock": true,
	"flake.lock": true, "podfile.lock": true, "pubspec.lock": true, "mix.lock": true, "uv.lock": true,
}

// lowerASCII writes the ASCII-lowercased src into dst (grown as needed),
// eight bytes at a time: a byte in 'A'..'Z' gets 0x20 added, every other
// byte (including non-ASCII) is copied.
func lowerASCII(dst, src []byte) []byte {
	if cap(dst) < len(src) {
		dst = make([]byte, len(src), len(src)+len(src)/4)
	}
	dst = dst[:len(src)]
	const hi = 0x8080808080808080
	n := len(src) &^ 7
	for i := 0; i < n; i += 8 {
		x := binary.LittleEndian.Uint64(src[i:])
		h := x & 0x7f7f7f7f7f7f7f7f
		geA := h + 0x3f3f3f3f3f3f3f3f // bit 7 set where byte >= 'A'
		gtZ := h + 0x2525252525252525 // bit 7 set where byte > 'Z'
		upper := geA &^ gtZ &^ x & hi
		binary.LittleEndian.PutUint64(dst[i:], x|upper>>2)
	}
	for i := n; i < len(src); i++ {
		c := src[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return dst
}

// prefilter reports whether content (in any case) holds an anchor.
func (e *Engine) prefilter(content []byte) bool { return e.filter.match(content) }

// near reports whether one of words ends (suffix) or starts (prefix) s,
// allowing one separator between.
func near(s []byte, words [][]byte, suffix bool) bool {
	for _, w := range words {
		if suffix {
			t := bytes.TrimRight(s, "-_ .")
			if bytes.HasSuffix(t, w) && len(s)-len(t) <= 1 {
				return true
			}
		} else {
			t := bytes.TrimLeft(s, "-_ .")
			if bytes.HasPrefix(t, w) && len(s)-len(t) <= 1 {
				return true
			}
		}
	}
	return false
}

// Scan returns the findings in one file. p is slash-separated, relative to
// the report root. Inline vippslint:ignore directives are applied. Every
// file is scanned, vippslint's own reports included: only Walk skips a
// report, and only one that IsOwnReport proves redacted. Content in UTF-16
// or UTF-8 with a BOM is decoded first; findings point at the original
// file's lines and byte columns.
func (e *Engine) Scan(p string, content []byte) []report.Finding {
	fs, _ := e.ScanWithExpired(p, content)
	return fs
}

// scan scans content as the file p. facts, when not nil, are those of the
// whole file that content is a window of (see ScanReader); the window is
// then scanned without a prefilter.
func (e *Engine) scan(p string, content []byte, facts *fileFacts) ([]report.Finding, []Expired) {
	if lockfiles[strings.ToLower(path.Base(p))] {
		return nil, nil
	}
	sc := e.pool.Get().(*scratch)
	defer e.pool.Put(sc)
	lp := strings.ToLower(p)
	if facts == nil && !e.prefilter(content) && !strings.Contains(lp, "vipps") && !strings.Contains(lp, "mobilepay") {
		return nil, nil
	}
	sc.lower = lowerASCII(sc.lower, content)
	if facts == nil {
		facts = &fileFacts{clientDirective: rules.ClientDirective(content[:min(len(content), headBytes)])}
		facts.add(sc.lower)
	}
	f := &fileScan{e: e, path: p, content: content, lower: sc.lower, li: newLineIndex(content), sc: sc, facts: facts}
	f.run()
	return f.suppress(), f.expired
}

// IsOwnReport reports whether content is a JSON or SARIF report written by
// vippslint that provably holds nothing to find: every key-shaped value in
// it is in redacted form. Its snippets and messages quote the idioms
// vippslint reports, so scanning an earlier report (--output results.sarif
// in the scanned tree) would only report the report. A report written with
// --no-redact, or anything else that holds a key, is not skipped: it is a
// leak like any other file.
func IsOwnReport(content []byte) bool {
	head := bytes.TrimSpace(content[:min(len(content), ownReportHead)])
	if len(head) == 0 || head[0] != '{' || !bytes.Contains(head, []byte(`"vippslint"`)) {
		return false
	}
	var doc map[string]any
	dec := json.NewDecoder(bytes.NewReader(content))
	dec.UseNumber()
	if dec.Decode(&doc) != nil || dec.More() {
		return false
	}
	if !isVippslintReport(doc) {
		return false
	}
	return !holdsKey(doc, "")
}

// isVippslintReport reports whether a decoded JSON document is vippslint's
// JSON report ("tool": "vippslint") or SARIF log (every run's driver is
// vippslint).
func isVippslintReport(doc map[string]any) bool {
	if doc["tool"] == "vippslint" {
		return true
	}
	runs, ok := doc["runs"].([]any)
	if !ok || len(runs) == 0 {
		return false
	}
	for _, r := range runs {
		run, _ := r.(map[string]any)
		tool, _ := run["tool"].(map[string]any)
		driver, _ := tool["driver"].(map[string]any)
		if driver["name"] != "vippslint" {
			return false
		}
	}
	return true
}

// holdsKey reports whether a decoded JSON value holds a key-shaped string
// (report.KeySpans) in any key or value, except the fingerprints vippslint
// writes (32 lowercase hex digits under "fingerprint" or
// "partialFingerprints"), which are hashes, and the documentation's
// examples.
func holdsKey(v any, key string) bool {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if holdsKeyText(k) {
				return true
			}
			if key == "partialFingerprints" || k == "fingerprint" {
				if s, ok := val.(string); ok && report.IsFingerprint(s) {
					continue
				}
			}
			if holdsKey(val, k) {
				return true
			}
		}
	case []any:
		for _, val := range x {
			if holdsKey(val, key) {
				return true
			}
		}
	case string:
		return holdsKeyText(x)
	case json.Number:
		return holdsKeyText(x.String())
	}
	return false
}

// holdsKeyText reports whether s holds a key-shaped value other than the
// documentation's published examples (which the rules' help quotes).
func holdsKeyText(s string) bool {
	for _, sp := range report.KeySpans(s) {
		if !rules.IsDocExample(s[sp[0]:sp[1]]) {
			return true
		}
	}
	return false
}

// cand is a key-shaped value bound to a credential name.
type cand struct {
	kind     rules.Kind
	value    string
	name     string
	line     int // 0-based
	s, e     int // byte range in the line
	strong   bool
	partner  bool
	needsSet bool
	// expires is an access token's exp claim (zero when it has none).
	expires time.Time
	// env is "test" or "production" when a label beside the value says so.
	env string
}

// member is a value bound to a set-member name ("id", "subscriptionId",
// "VIPPS_USERNAME"): a part of a key set only in the group of a secret.
type member struct {
	n     int
	t     token
	kind  rules.Kind
	value string
	name  string
}

// Windows and caps of the line engine.
const (
	// maxValueLen: a token longer than this is data (a bundle, an
	// embedded image), never a key.
	maxValueLen = 2048
	// maxSectionLines bounds the walk up and down to the edges of the
	// section that holds a line.
	maxSectionLines = 200
	// siblingLines is the window, in lines each side, searched for the
	// siblings (client_id, subscription key) that make a "secret" a client
	// secret rather than a webhook's.
	siblingLines = 3
	// looseBlockLines is the window each side of a line that stands in no
	// section.
	looseBlockLines = 6
	// headBytes is how much of a file's start holds its directives and
	// its format's signature (openapi, swagger).
	headBytes = 512
	// ownReportHead is how much of a JSON file is read to tell vippslint's
	// own report.
	ownReportHead = 4096
)

// setGroupLines is how far a member may stand from the secret of its group
// (an object literal, a config section, a .env group); a blank line ends a
// group sooner.
const setGroupLines = 6

type fileScan struct {
	members []member
	e       *Engine
	path    string
	content []byte
	lower   []byte
	li      *lineIndex
	sc      *scratch
	facts   *fileFacts

	vipps      bool   // Vipps signals in the file or its path
	hasMSN     bool   // the file names the Merchant-Serial-Number
	partner    bool   // the file speaks of partner keys
	clientSide string // why the file ships to a browser or phone
	merchant   bool   // a merchant_visible path
	k8sSecret  bool

	cands    []cand
	findings []report.Finding
	expired  []Expired // Vipps access tokens not reported because they had expired
	seen     map[string]bool
	// prose is set for documentation files.
	prose bool
	// covered marks the lines the parsed misuse checks own.
	covered []bool
}

func (f *fileScan) lowerLine(n int) []byte {
	l := f.li.line(n)
	s := f.li.starts[n]
	return f.lower[s : s+len(l)]
}

func (f *fileScan) prev(n int) func(int) []byte {
	return func(k int) []byte {
		if n-k < 0 {
			return nil
		}
		return f.li.line(n - k)
	}
}

func (f *fileScan) run() {
	lp := strings.ToLower(f.path)
	f.vipps = f.facts.vippsSignal || strings.Contains(lp, "vipps") || strings.Contains(lp, "mobilepay")
	f.partner = f.facts.partner
	f.hasMSN = f.facts.hasMSN
	f.clientSide = rules.ClientSide(f.path)
	if f.clientSide == "" {
		f.clientSide = f.facts.clientDirective
	}
	for _, g := range f.e.opts.MerchantVisible {
		if ok, _ := doublestar.Match(g, f.path); ok {
			f.merchant = true
			break
		}
	}
	f.k8sSecret = f.facts.k8sSecret
	switch strings.ToLower(path.Ext(f.path)) {
	case ".md", ".markdown", ".rst", ".adoc", ".txt":
		f.prose = true
	}

	for n := 0; n < f.li.count(); n++ {
		f.scanValues(n)
	}
	f.bindMembers()
	f.settleContext()
	f.emitLeaks()
	f.emitSets()
	f.parsed()
	f.misuseLines()
	f.msnLines()
	f.envMismatch()
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

// scanValues finds the key-shaped values of line n and binds them.
func (f *fileScan) scanValues(n int) {
	l := f.li.line(n)
	if len(l) < 8 {
		return
	}
	f.sc.toks = tokens(l, 4, f.sc.toks)
	for _, t := range f.sc.toks {
		v := l[t.s:t.e]
		size := len(v)
		digits := size <= 7 && isDigits(v)
		if !digits && size < 16 {
			continue
		}
		if size > maxValueLen {
			continue
		}
		// Basic auth: base64(client_id:client_secret).
		if t.s >= 6 && strings.EqualFold(string(l[t.s-6:t.s]), "basic ") {
			f.basicAuth(n, t, string(v))
			continue
		}
		shapes := rules.ShapeOf(string(v))
		if len(shapes) == 0 && !digits && !rules.IsWebhookSecret(string(v)) && !(f.k8sSecret && size >= 16) {
			continue
		}
		name := bindName(l, t.s, f.prev(n))
		label := ""
		if f.prose && (name == "" || !rules.ValueMatches(rules.Classify(name), string(v))) {
			// Prose names the variable in a heading, list item or bold
			// label a few lines above the value.
			if ln, lt := proseLabel(l[:t.s], f.prev(n), string(v)); ln != "" {
				name, label = ln, lt
			}
		}
		if name == "" {
			continue
		}
		kind := rules.Classify(name)
		if kind == rules.KindNone || !rules.ValueMatches(kind, string(v)) && !f.k8sSecret {
			// The statement's target or the enclosing block may say more:
			// config.subscription_key = ENV.fetch('X', '...'), or
			// variable "vipps_client_secret" { default = "..." }.
			for _, alt := range []string{lhsName(l, t.s), f.sectionName(n, name)} {
				if k := rules.Classify(alt); k != rules.KindNone && rules.ValueMatches(k, string(v)) {
					name, kind = alt, k
					break
				}
			}
		}
		if kind == rules.KindNone {
			kind = f.contextKind(n, name, string(v))
		}
		if kind == rules.KindNone {
			if mk := rules.SetMemberKind(name); mk != rules.KindNone && rules.ValueMatches(mk, string(v)) {
				f.members = append(f.members, member{n: n, t: t, kind: mk, value: string(v), name: name})
			}
			continue
		}
		value := string(v)
		if f.k8sSecret && !rules.ValueMatches(kind, value) {
			if dec, ok := rules.DecodeBase64(value); ok && printable(dec) {
				value = strings.TrimSpace(string(dec))
			}
		}
		before := len(f.cands)
		f.addCand(n, t, kind, value, name)
		if f.prose && len(f.cands) > before {
			// "(production)" or "test key" beside the value or in its label.
			rest := string(l[:t.s]) + " " + string(l[t.e:])
			if env := rules.EnvOfWords(rest); env != "" {
				f.cands[before].env = env
			} else {
				f.cands[before].env = rules.EnvOfWords(label)
			}
		}
	}
}

// contextKind classifies values whose name alone says too little: a JWT
// in a token variable of a Vipps file (or whose claims name Vipps), and a
// bare "secret" in a Vipps webhook registration or settings blob.
func (f *fileScan) contextKind(line int, name, v string) rules.Kind {
	n := rules.Normalize(name)
	switch {
	case rules.IsJWT(v) && (rules.JWTIsVipps(v) || f.vipps && strings.HasSuffix(n, "token")):
		return rules.KindAccessToken
	case n == "secret" || n == "hmacsecret" || n == "signingsecret" || n == "signingkey":
		// Beside a client_id or subscription key, "secret" is the client
		// secret (a plugin's settings); in a webhook registration it is the
		// webhook's HMAC secret.
		win := f.window(line, siblingLines)
		siblings := bytes.Contains(win, []byte("clientid")) || bytes.Contains(win, []byte("client_id")) ||
			bytes.Contains(win, []byte("subscription")) || bytes.Contains(win, []byte("apim"))
		switch {
		case n == "secret" && siblings && f.vipps && rules.IsClientSecret(v):
			return rules.KindClientSecret
		case (bytes.Contains(win, []byte("webhook")) || strings.Contains(strings.ToLower(f.path), "webhook")) && rules.IsWebhookSecret(v):
			return rules.KindWebhookSecret
		case n == "secret" && f.vipps && rules.IsClientSecret(v):
			return rules.KindClientSecret
		}
	}
	return rules.KindNone
}

// window is the lowercased text of lines n-k..n+k.
func (f *fileScan) window(n, k int) []byte {
	lo, hi := max(n-k, 0), min(n+k, f.li.count()-1)
	return f.lower[f.li.starts[lo] : f.li.starts[hi]+len(f.li.line(hi))]
}

// block is the lowercased text of the section that holds line n (in
// indented formats, from its opening line to the next line indented no
// deeper), or the lines n-6..n+6 when the line is in no section.
func (f *fileScan) block(n int) []byte {
	cur := indent(f.li.line(n))
	open := -1
	for i := n - 1; i >= 0 && n-i < maxSectionLines; i-- {
		in := indent(f.li.line(i))
		if in >= 0 && in < cur && sectionKey(f.li.line(i)) != "" {
			open = i
			break
		}
	}
	if open < 0 || cur <= 0 {
		return f.window(n, looseBlockLines)
	}
	base := indent(f.li.line(open))
	end := n
	for i := n + 1; i < f.li.count() && i-n < maxSectionLines; i++ {
		if in := indent(f.li.line(i)); in >= 0 && in <= base {
			break
		}
		end = i
	}
	return f.lower[f.li.starts[open] : f.li.starts[end]+len(f.li.line(end))]
}

// enclosingString is the quoted string a token sits in ("arn:aws:...:secret:x"),
// or "" when it is not quoted.
func enclosingString(l []byte, t token) string {
	i := t.s - 1
	for i >= 0 && !isQuote(l[i]) {
		i--
	}
	if i < 0 {
		return ""
	}
	j := bytes.IndexByte(l[t.e:], l[i])
	if j < 0 {
		return ""
	}
	return string(l[i+1 : t.e+j])
}

// lhsName is the target of the assignment a value at l[s:] sits in
// ("config.subscription_key" in config.subscription_key = f('X', '...')).
func lhsName(l []byte, s int) string {
	for i := 0; i < s; i++ {
		if l[i] == '=' && (i+1 >= len(l) || l[i+1] != '=' && l[i+1] != '>') && (i == 0 || !strings.ContainsRune("=!<>:", rune(l[i-1]))) {
			return nameBefore(l, i-1)
		}
	}
	return ""
}

// sectionName is the innermost enclosing section of line n, for values
// bound to a generic name ("default", "value").
func (f *fileScan) sectionName(n int, name string) string {
	if !genericNames[strings.ToLower(name)] {
		return ""
	}
	if secs := f.li.sections(n); len(secs) > 0 {
		return secs[0]
	}
	return ""
}

func printable(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c > 0x7e {
			return false
		}
	}
	return len(b) > 0
}

func (f *fileScan) basicAuth(n int, t token, v string) {
	dec, ok := rules.DecodeBase64(v)
	if !ok {
		return
	}
	id, secret, ok := strings.Cut(string(dec), ":")
	if !ok || !rules.IsGUID(id) || !rules.IsClientSecret(secret) {
		return
	}
	f.addCand(n, t, rules.KindClientID, id, "client_id (Basic auth)")
	f.addCand(n, t, rules.KindClientSecret, secret, "client_secret (Basic auth)")
}

// addCand keeps a bound value that has the right shape, is no placeholder
// and is not another product's.
func (f *fileScan) addCand(n int, t token, kind rules.Kind, value, name string) {
	// Placeholders first: a value made of words or of the wrong shape for
	// its name is never a key, whatever else the file says.
	if rules.IsPlaceholder(value) || !rules.ValueMatches(kind, value) || rules.IsReference(enclosingString(f.li.line(n), t)) {
		return
	}
	nn := rules.Normalize(name)
	if rules.NameIsFake(nn) {
		return
	}
	var expires time.Time
	if kind == rules.KindAccessToken {
		var live bool
		if expires, live = f.liveToken(name, value); !live {
			f.addExpired(n, t, expires)
			return
		}
	}
	secs := f.li.sections(n)
	strong := rules.NameIsVipps(nn)
	other := rules.NameIsOtherProvider(nn)
	partner := rules.NameIsPartner(nn)
	for _, s := range secs {
		sn := rules.Normalize(s)
		strong = strong || rules.NameIsVipps(sn)
		other = other || rules.NameIsOtherProvider(sn)
		partner = partner || rules.NameIsPartner(sn)
	}
	if kind == rules.KindAccessToken && rules.JWTIsVipps(value) {
		strong = true
	}
	if !strong {
		if other {
			return
		}
		if win := f.block(n); rules.HasOtherProductSignal(win) && !rules.HasVippsSignal(win) {
			return
		}
	}
	f.cands = append(f.cands, cand{kind: kind, value: value, name: name, line: n, s: t.s, e: t.e,
		strong: strong, partner: partner, needsSet: !strong && !f.vipps, expires: expires})
}

// liveToken judges a JWT by its claims: it is a Vipps access token when
// its issuer or audience names Vipps, or when it is bound to a token name
// in a Vipps file and its issuer could have issued it; and it still works
// when it has not expired at scan time. The jwt.io sample and tokens
// without exp in documentation are examples.
func (f *fileScan) liveToken(name, v string) (expires time.Time, live bool) {
	claims, ok := rules.JWTClaims(v)
	if !ok || rules.JWTIsSample(claims) {
		return expires, false
	}
	vipps := rules.JWTIsVipps(v) ||
		f.vipps && rules.Classify(name) == rules.KindAccessToken && !rules.JWTIssuerIsForeign(claims)
	if !vipps {
		return expires, false
	}
	exp, has := rules.JWTExpiry(claims)
	switch {
	case !has:
		return expires, !f.docFile()
	case !exp.After(f.e.opts.Now):
		return exp, false
	}
	return exp, true
}

// docFile reports whether the file is documentation: prose, a docs tree,
// an OpenAPI or Swagger spec, a Postman collection.
func (f *fileScan) docFile() bool {
	if f.prose {
		return true
	}
	lp := "/" + strings.ToLower(f.path)
	for _, d := range []string{"/docs/", "/doc/", "/documentation/", "/apidocs/", ".postman_collection.json"} {
		if strings.Contains(lp, d) {
			return true
		}
	}
	head := f.lower[:min(len(f.lower), headBytes)]
	return bytes.Contains(head, []byte("openapi")) || bytes.Contains(head, []byte("swagger"))
}

// bindMembers adds the members that stand in the group of a found client
// secret or subscription key: within setGroupLines of it, with no blank
// line between.
func (f *fileScan) bindMembers() {
	var secrets []int
	for _, c := range f.cands {
		if c.kind == rules.KindClientSecret || c.kind == rules.KindSubscriptionKey {
			secrets = append(secrets, c.line)
		}
	}
	for _, m := range f.members {
		for _, s := range secrets {
			if s != m.n && abs(s-m.n) <= setGroupLines && !f.blankBetween(s, m.n) {
				f.addCand(m.n, m.t, m.kind, m.value, m.name)
				break
			}
		}
	}
}

// blankBetween reports whether a blank line stands between lines a and b.
func (f *fileScan) blankBetween(a, b int) bool {
	for i := min(a, b) + 1; i < max(a, b); i++ {
		if len(bytes.TrimSpace(f.li.line(i))) == 0 {
			return true
		}
	}
	return false
}

// settleContext keeps values without Vipps context only when the file holds
// a complete key set.
func (f *fileScan) settleContext() {
	var id, secret, key bool
	for _, c := range f.cands {
		id = id || c.kind == rules.KindClientID
		secret = secret || c.kind == rules.KindClientSecret
		key = key || c.kind == rules.KindSubscriptionKey
	}
	set := id && secret && key
	kept := f.cands[:0]
	for _, c := range f.cands {
		if c.needsSet && !set {
			continue
		}
		if c.kind == rules.KindAccessToken && !c.strong && !f.vipps {
			continue
		}
		kept = append(kept, c)
	}
	f.cands = kept
}

// display is how a secret appears in messages and snippets.
func (f *fileScan) display(v string) string {
	if f.e.opts.NoRedact {
		return v
	}
	return report.Redact(v)
}

// location builds a Location for bytes [s,e) of line n, with a redacted
// snippet of the line.
func (f *fileScan) location(n, s, e int) report.Location {
	l := f.li.line(n)
	return report.Location{
		Path: f.path, Line: n + 1, Col: s + 1, EndLine: n + 1, EndCol: e + 1,
		ColUTF16: report.UTF16Col(l, s+1), EndColUTF16: report.UTF16Col(l, e+1),
		Snippet: f.snippet(n, s, e),
	}
}

// snippet is line n around bytes [s,e) (report.Excerpt), with every
// candidate value on it and every other key-shaped value redacted. A
// merchant serial number identifies a sales unit (users see it in the
// app) and is shown, as in the messages that name it.
func (f *fileScan) snippet(n, s, e int) string {
	var spans [][2]int
	for _, c := range f.cands {
		if c.line == n && c.kind != rules.KindMSN {
			spans = append(spans, [2]int{c.s, c.e})
		}
	}
	return report.Excerpt(string(f.li.line(n)), s, e, spans, f.e.opts.NoRedact)
}

var kindRule = map[rules.Kind]string{
	rules.KindClientID:        rules.IDClientID,
	rules.KindClientSecret:    rules.IDClientSecret,
	rules.KindSubscriptionKey: rules.IDSubscriptionKey,
	rules.KindAccessToken:     rules.IDAccessToken,
	rules.KindWebhookSecret:   rules.IDWebhookSecret,
}

// lineKeys are the key-shaped values and candidate values of line n.
func (f *fileScan) lineKeys(n int) []string {
	l := string(f.li.line(n))
	var keys []string
	for _, sp := range report.KeySpans(l) {
		keys = append(keys, l[sp[0]:sp[1]])
	}
	for _, c := range f.cands {
		if c.line == n {
			keys = append(keys, c.value)
		}
	}
	return keys
}

// add records a finding. Its message may quote a name taken from the line
// (a binder can mistake part of a key for a name); any piece of a key on
// the line is redacted in it.
func (f *fileScan) add(rule string, loc report.Location, msg, secret, fp string) *report.Finding {
	key := fmt.Sprintf("%s:%d:%d", rule, loc.Line, loc.Col)
	if f.seen == nil {
		f.seen = map[string]bool{}
	}
	if f.seen[key] {
		return nil
	}
	f.seen[key] = true
	r, _ := rules.ByID(rule)
	if !f.e.opts.NoRedact {
		msg = report.RedactFragments(msg, f.lineKeys(loc.Line-1))
	}
	f.findings = append(f.findings, report.Finding{RuleID: rule, Level: string(r.Level), Message: msg, Location: loc, Secret: secret, Fingerprint: fp})
	return &f.findings[len(f.findings)-1]
}

func (f *fileScan) emitLeaks() {
	lone := !f.hasSetSecret()
	for _, c := range f.cands {
		rule, ok := kindRule[c.kind]
		if !ok || c.kind == rules.KindClientID && lone && !f.e.opts.ReportLoneClientIDs {
			continue
		}
		loc := f.location(c.line, c.s, c.e)
		msg := fmt.Sprintf("vipps %s %s bound to %s", c.kind, f.display(c.value), c.name)
		if !c.expires.IsZero() {
			msg += ", expires " + c.expires.Format(time.RFC3339)
		}
		if fd := f.add(rule, loc, msg, c.value, report.SecretFingerprint(rule, c.value)); fd != nil {
			if !c.expires.IsZero() {
				fd.Properties = map[string]any{"expires": c.expires.Format(time.RFC3339)}
			}
			if c.env != "" {
				if fd.Properties == nil {
					fd.Properties = map[string]any{}
				}
				fd.Properties["environment"] = c.env
			}
		}
		if !c.kind.Secret() {
			continue
		}
		pub := rules.PublicEnvPrefix(lastSegment(c.name))
		if (c.partner || f.partnerPath()) && (f.clientSide != "" || pub != "") && !f.merchant {
			// A partner key in a browser or app is both: a secret that
			// reaches a phone, and a partner key merchants can read.
			f.exposed(c, loc, pub)
		}
		switch {
		case f.merchant || (c.partner || f.partnerPath()) && (f.clientSide != "" || pub != ""):
			where := "a merchant_visible path"
			if !f.merchant {
				where = f.clientSide
				if pub != "" {
					where = "the browser-public " + pub + " variable"
				}
			}
			f.add(rules.IDPartnerKeyExposed, loc, fmt.Sprintf("vipps %s %s is in %s that merchants can read; partner keys act for every merchant", c.kind, f.display(c.value), where),
				c.value, report.SecretFingerprint(rules.IDPartnerKeyExposed, c.value))
		default:
			f.exposed(c, loc, pub)
		}
	}
}

// hasSetSecret reports whether the file holds a secret of a key set (a
// client secret or a subscription key): only then is a client_id, the set's
// user name, worth a finding.
func (f *fileScan) hasSetSecret() bool {
	for _, c := range f.cands {
		if c.kind == rules.KindClientSecret || c.kind == rules.KindSubscriptionKey {
			return true
		}
	}
	return false
}

// exposed reports a secret that ships to a browser or phone, if it does.
func (f *fileScan) exposed(c cand, loc report.Location, pub string) {
	switch {
	case pub != "":
		f.add(rules.IDKeyExposed, loc, fmt.Sprintf("vipps %s %s is in the browser-public %s variable %s", c.kind, f.display(c.value), pub, lastSegment(c.name)),
			c.value, report.SecretFingerprint(rules.IDKeyExposed, c.value))
	case f.clientSide != "":
		f.add(rules.IDKeyExposed, loc, fmt.Sprintf("vipps %s %s ships to a browser or phone: the file is %s", c.kind, f.display(c.value), f.clientSide),
			c.value, report.SecretFingerprint(rules.IDKeyExposed, c.value))
	}
}

func (f *fileScan) partnerPath() bool { return strings.Contains(strings.ToLower(f.path), "partner") }

// lastSegment is the last dotted part of a name: process.env.X -> X.
func lastSegment(name string) string {
	if i := strings.LastIndexAny(name, ".>:"); i >= 0 {
		return name[i+1:]
	}
	return name
}

// emitSets correlates the parts of key sets: each client secret with the
// nearest client_id and subscription key (and MSN) in the file.
func (f *fileScan) emitSets() {
	// nearest is the closest part of a kind; when labels say which
	// environment values are for, a part of the same environment first.
	nearest := func(kind rules.Kind, line int, env string) *cand {
		var best *cand
		for i := range f.cands {
			c := &f.cands[i]
			if c.kind != kind {
				continue
			}
			if best == nil || env != "" && (c.env == env) != (best.env == env) && c.env == env ||
				(env == "" || (c.env == env) == (best.env == env)) && abs(c.line-line) < abs(best.line-line) {
				best = c
			}
		}
		return best
	}
	for _, c := range f.cands {
		if c.kind != rules.KindClientSecret {
			continue
		}
		id, key := nearest(rules.KindClientID, c.line, c.env), nearest(rules.KindSubscriptionKey, c.line, c.env)
		if id == nil || key == nil {
			continue
		}
		msn := nearest(rules.KindMSN, c.line, c.env)
		env := c.env
		if env == "" {
			env = f.setEnv()
		}
		set := &report.CredentialSet{ClientID: id.value, ClientSecret: c.value, SubscriptionKey: key.value, Env: env, Management: f.management()}
		parts := "client_id, client_secret and subscription key"
		related := []report.Related{
			{Location: f.location(id.line, id.s, id.e), Message: "client_id"},
			{Location: f.location(key.line, key.s, key.e), Message: "subscription key"},
		}
		if msn != nil {
			set.MSN = msn.value
			parts += " with merchant serial number " + msn.value
			related = append(related, report.Related{Location: f.location(msn.line, msn.s, msn.e), Message: "merchant serial number"})
		}
		fp := report.SecretFingerprint(rules.IDCredentialSet, id.value+"\x00"+c.value+"\x00"+key.value)
		if fd := f.add(rules.IDCredentialSet, f.location(c.line, c.s, c.e), "complete vipps key set in one file: "+parts, c.value, fp); fd != nil {
			fd.Related = related
			fd.Set = set
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// setEnv says which environment the file's keys are for, when it can.
func (f *fileScan) setEnv() string {
	test, prod := f.facts.testHost, f.facts.prodHost
	switch {
	case test && !prod:
		return "test"
	case prod && !test:
		return "production"
	}
	return rules.EnvOfWords(f.path)
}

func (f *fileScan) management() bool { return f.facts.management }

// fileFacts are what the scan of one line may ask about the whole file.
// add ORs in those of a piece of it, so a file read as a stream has the
// same facts as one read whole.
type fileFacts struct {
	vippsSignal, partner, hasMSN, k8sSecret bool
	testHost, prodHost, management          bool
	clientDirective                         string // from the file's first headBytes
}

// add records the facts of lowercased text.
func (ff *fileFacts) add(lower []byte) {
	has := func(s string) bool { return bytes.Contains(lower, []byte(s)) }
	ff.vippsSignal = ff.vippsSignal || rules.HasVippsSignal(lower)
	ff.partner = ff.partner || has("partner")
	ff.hasMSN = ff.hasMSN || has("merchant-serial-number") || has("merchant_serial_number") || has("merchantserialnumber")
	ff.k8sSecret = ff.k8sSecret || has("kind: secret")
	ff.testHost = ff.testHost || has("apitest.vipps.no")
	ff.prodHost = ff.prodHost || has("api.vipps.no")
	ff.management = ff.management || has("/miami/v1/token") || has("management_key") || has("accounting_key") || has("managementkey")
}

// suppress applies the file's vippslint:ignore directives and reports the
// malformed ones (and, if asked, the unused ones).
func (f *fileScan) suppress() []report.Finding {
	ds := suppress.Parse(f.content)
	if len(ds) == 0 {
		return f.findings
	}
	kept := f.findings[:0]
	for _, fd := range f.findings {
		if !suppress.Match(ds, fd.RuleID, fd.Location.Line) {
			kept = append(kept, fd)
		}
	}
	for _, d := range ds {
		msg := ""
		switch {
		case d.Problem != "":
			msg = "malformed vippslint:ignore: " + d.Problem
		case !d.Used && f.e.opts.ReportUnusedIgnores:
			msg = "vippslint:ignore " + strings.Join(d.Rules, ",") + " matched no finding; remove it"
		default:
			continue
		}
		loc := report.Location{Path: f.path, Line: d.Line, Col: d.Col, EndLine: d.Line, EndCol: d.Col + len(suppress.Marker),
			ColUTF16: report.UTF16Col(f.li.line(d.Line-1), d.Col), EndColUTF16: report.UTF16Col(f.li.line(d.Line-1), d.Col+len(suppress.Marker))}
		kept = append(kept, report.Finding{RuleID: rules.IDDirective, Level: string(rules.Warning), Message: msg, Location: loc,
			Fingerprint: report.LineFingerprint(rules.IDDirective, f.path, string(f.li.line(d.Line-1)))})
	}
	return kept
}
