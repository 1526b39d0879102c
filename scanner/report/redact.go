package report

// Redaction of key-shaped values in any text vippslint prints: snippets,
// messages, notices and errors. A finding's own value is redacted where it
// is found; this catches every other key on the line (an old secret in a
// comment beside a client_id) and keys pasted where no rule looks (a
// config value, an ignore comment's rule list).

import (
	"encoding/base64"
	"encoding/hex"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vippslint/vippslint/rules"
)

// keyLens are the lengths of the key shapes found inside a run of token
// bytes: Base64 of 16, 20 and 32 bytes (unpadded 22, 27, 43; padded 24,
// 28, 44), 32 hex digits, a GUID (36) and the Entra-style "Q~" form (40).
var keyLens = []int{22, 24, 27, 28, 32, 36, 40, 43, 44}

// Redaction limits.
const (
	// minJWT is the shortest text redacted as a JSON Web Token.
	minJWT = 30
	// maxBasic is the longest run decoded to look for key-shaped values in
	// a Base64 payload (HTTP Basic credentials are about 110 bytes).
	maxBasic = 512
	// SnippetMax is how many bytes of a line a snippet shows, centred on
	// the finding when the line is longer.
	SnippetMax = 200
	// redactMargin is how far beyond a snippet's window key-shaped values
	// are looked for, so a key that crosses the window's edge is redacted
	// whole. The longest key shape (a JWT) is shorter in practice.
	redactMargin = 4096
)

// isRunByte reports whether c can be part of a run that may hold a key.
func isRunByte(c byte) bool { return rules.IsTokenByte(c) || c == '=' }

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// KeyShaped reports whether v as a whole has the shape of a key vippslint
// protects: a GUID, 32 hex digits, Base64 of 16, 20 or 32 bytes (standard
// or URL-safe, padded or not), the 40-character "Q~" form or a JWT. It is
// looser than the detectors: redacting a look-alike costs nothing.
func KeyShaped(v string) bool {
	switch len(v) {
	case 36:
		return rules.IsGUID(v)
	case 32:
		if _, err := hex.DecodeString(v); err == nil {
			return true
		}
	case 40:
		if v[4] == 'Q' && v[5] == '~' {
			return true
		}
	}
	if isJWTShape(v) {
		return true
	}
	return isKeyBase64(v)
}

func isKeyBase64(v string) bool {
	padded := strings.HasSuffix(v, "=")
	switch len(v) {
	case 24, 28, 44:
		if !padded {
			return false
		}
		for _, enc := range []*base64.Encoding{base64.StdEncoding.Strict(), base64.URLEncoding.Strict()} {
			if b, err := enc.DecodeString(v); err == nil && (len(b) == 16 || len(b) == 20 || len(b) == 32) {
				return true
			}
		}
	case 22, 27, 43:
		// Unpadded: skip identifiers of one case without digits.
		if padded || !mixedOrDigit(v) {
			return false
		}
		for _, enc := range []*base64.Encoding{base64.RawStdEncoding.Strict(), base64.RawURLEncoding.Strict()} {
			if b, err := enc.DecodeString(v); err == nil && (len(b) == 16 || len(b) == 20 || len(b) == 32) {
				return true
			}
		}
	}
	return false
}

func mixedOrDigit(v string) bool {
	var up, lo, dg bool
	for i := 0; i < len(v); i++ {
		c := v[i]
		up = up || 'A' <= c && c <= 'Z'
		lo = lo || 'a' <= c && c <= 'z'
		dg = dg || '0' <= c && c <= '9'
	}
	return dg || up && lo
}

// isJWTShape reports whether v looks like a JWT: "eyJ", three dot-separated
// Base64url segments, whatever they decode to.
func isJWTShape(v string) bool {
	if len(v) < minJWT || !strings.HasPrefix(v, "eyJ") || strings.Count(v, ".") != 2 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !isAlnum(c) && c != '-' && c != '_' && c != '.' && c != '=' {
			return false
		}
	}
	return !strings.HasSuffix(v, ".")
}

// jwtEnd is the end of the JWT-shaped text starting at run[i:], or -1.
func jwtEnd(run string, i int) int {
	if !strings.HasPrefix(run[i:], "eyJ") {
		return -1
	}
	j, dots := i, 0
	for j < len(run) && (isAlnum(run[j]) || run[j] == '-' || run[j] == '_' || run[j] == '.' || run[j] == '=') {
		if run[j] == '.' {
			if dots == 2 {
				break
			}
			dots++
		}
		j++
	}
	if isJWTShape(run[i:j]) {
		return j
	}
	return -1
}

// pathSegment reports whether run[i:e], a piece of a longer run, is an
// unpadded Base64-length piece of a file path: it starts the run with a
// slash, follows one, or ends at one. (A key after "=" that happens to
// start with a slash is not a path.) Temporary directories (/tmp/TestX3769696928/001) have that
// shape, and an error naming a file must keep its path readable. Padded
// Base64, hex, GUIDs and JWTs inside a path are still redacted, and so is a
// run that is key-shaped as a whole.
func pathSegment(run string, i, e int) bool {
	switch e - i {
	case 22, 27, 43:
	default:
		return false
	}
	return i == 0 && run[0] == '/' || i > 0 && run[i-1] == '/' || e < len(run) && run[e] == '/'
}

// holdsEncodedKey reports whether v is Base64 of text that holds a key
// (HTTP Basic credentials: base64(client_id:client_secret)).
func holdsEncodedKey(v string) bool {
	if len(v) < 40 || len(v) > maxBasic {
		return false
	}
	b, ok := rules.DecodeBase64(v)
	if !ok || !utf8.Valid(b) {
		return false
	}
	return len(KeySpans(string(b))) > 0
}

// KeySpans returns the byte ranges [start, end) of the key-shaped values in
// s, in order and not overlapping. A key is found inside a run of token
// bytes when it starts the run or follows a separator (. - _ / + ~ =) and
// ends the run or is followed by one, so client-secret=<key> and
// prefix.<jwt> are found too.
func KeySpans(s string) [][2]int {
	var spans [][2]int
	for i := 0; i < len(s); {
		if !isRunByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isRunByte(s[j]) {
			j++
		}
		if j-i >= keyLens[0] {
			for _, sp := range runSpans(s[i:j]) {
				spans = append(spans, [2]int{sp[0] + i, sp[1] + i})
			}
		}
		i = j
	}
	return spans
}

// runSpans finds the keys of one run of token bytes. Matches may overlap
// (client-secret-<guid>: "client-secret-ce38af1d" is Base64-shaped too);
// overlapping matches are merged, so a key is never cut in two.
func runSpans(run string) [][2]int {
	if holdsEncodedKey(run) || KeyShaped(run) {
		return [][2]int{{0, len(run)}}
	}
	var spans [][2]int
	add := func(s, e int) {
		if n := len(spans); n > 0 && s < spans[n-1][1] {
			spans[n-1][1] = max(spans[n-1][1], e)
			return
		}
		spans = append(spans, [2]int{s, e})
	}
	for i := 0; i < len(run); i++ {
		if i > 0 && isAlnum(run[i-1]) {
			continue // a key starts the run or follows a separator
		}
		if e := jwtEnd(run, i); e > 0 {
			add(i, e)
			continue
		}
		j := i
		for j < len(run) && j-i <= maxBasic && run[j] != '.' && run[j] != '~' {
			j++
		}
		if holdsEncodedKey(run[i:j]) {
			add(i, j)
			continue
		}
		for k := len(keyLens) - 1; k >= 0; k-- {
			// The key ends the run or a separator follows; '=' would
			// extend it (padding).
			e := i + keyLens[k]
			if e > len(run) || e < len(run) && (isAlnum(run[e]) || run[e] == '=') {
				continue
			}
			if pathSegment(run, i, e) {
				continue
			}
			if KeyShaped(run[i:e]) {
				add(i, e)
				break
			}
		}
	}
	return spans
}

// RedactKeys returns s with every key-shaped value replaced by its
// redacted form (Redact).
func RedactKeys(s string) string {
	spans := KeySpans(s)
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		b.WriteString(s[last:sp[0]])
		b.WriteString(Redact(s[sp[0]:sp[1]]))
		last = sp[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// minFragment is the shortest piece of a key that RedactFragments hides.
const minFragment = 8

// RedactFragments redacts every run of token bytes in msg that is a piece
// (minFragment bytes or more) of one of keys: a message that quotes a name
// or an expression from a line must not quote part of a key on it.
func RedactFragments(msg string, keys []string) string {
	if len(keys) == 0 {
		return msg
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(msg); {
		if !isRunByte(msg[i]) {
			i++
			continue
		}
		j := i
		for j < len(msg) && isRunByte(msg[j]) {
			j++
		}
		if j-i >= minFragment && fragmentOf(msg[i:j], keys) {
			b.WriteString(msg[last:i])
			b.WriteString(Redact(msg[i:j]))
			last = j
		}
		i = j
	}
	if last == 0 {
		return msg
	}
	b.WriteString(msg[last:])
	return b.String()
}

// fragmentOf reports whether run, or a piece of it between separators, is
// part of one of keys.
func fragmentOf(run string, keys []string) bool {
	for _, k := range keys {
		if len(k) >= minFragment && strings.Contains(k, run) {
			return true
		}
	}
	for _, piece := range strings.FieldsFunc(run, func(r rune) bool { return r < 0x80 && !isAlnum(byte(r)) }) {
		if len(piece) < minFragment {
			continue
		}
		for _, k := range keys {
			if strings.Contains(k, piece) {
				return true
			}
		}
	}
	return false
}

// Excerpt is the snippet of a line for a finding at bytes [s, e): the
// whole line when it is short, else SnippetMax bytes centred on the
// finding, marked "…" where cut. Unless keep is set, every key-shaped
// value and every span in extra (values the detectors found) is redacted
// whole, even where it crosses the cut.
func Excerpt(line string, s, e int, extra [][2]int, keep bool) string {
	lo, hi := 0, len(line)
	if len(line) > SnippetMax {
		mid := (max(0, min(s, len(line))) + max(0, min(e, len(line)))) / 2
		lo = max(0, mid-SnippetMax/2)
		hi = min(len(line), lo+SnippetMax)
		lo = max(0, hi-SnippetMax)
		for lo > 0 && !utf8.RuneStart(line[lo]) {
			lo--
		}
		for hi < len(line) && !utf8.RuneStart(line[hi]) {
			hi++
		}
	}
	var spans [][2]int
	if !keep {
		wlo, whi := max(0, lo-redactMargin), min(len(line), hi+redactMargin)
		for _, sp := range KeySpans(line[wlo:whi]) {
			spans = append(spans, [2]int{sp[0] + wlo, sp[1] + wlo})
		}
		spans = append(spans, extra...)
		sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	}
	var b strings.Builder
	if lo > 0 {
		b.WriteString("…")
	}
	pos := lo
	for _, sp := range spans {
		if sp[1] <= pos || sp[0] >= hi {
			continue
		}
		if sp[0] > pos {
			b.WriteString(line[pos:sp[0]])
		}
		b.WriteString(Redact(line[max(sp[0], 0):min(sp[1], len(line))]))
		pos = sp[1]
	}
	if pos < hi {
		b.WriteString(line[pos:hi])
	}
	out := strings.TrimSpace(b.String())
	if hi < len(line) {
		out += "…"
	}
	return strings.ToValidUTF8(out, "\uFFFD")
}

// redacted is a copy of r whose printable text holds no key-shaped value:
// messages and snippets unless r.NoRedact, notices always (an error never
// needs the key it names).
func (r *Run) redacted() *Run {
	c := *r
	c.Notices = make([]Notice, len(r.Notices))
	for i, n := range r.Notices {
		n.Message = RedactKeys(n.Message)
		c.Notices[i] = n
	}
	if r.NoRedact {
		return &c
	}
	c.Findings = make([]Finding, len(r.Findings))
	for i, f := range r.Findings {
		f.Message = RedactKeys(f.Message)
		f.Location.Snippet = RedactKeys(f.Location.Snippet)
		if len(f.Related) > 0 {
			rel := make([]Related, len(f.Related))
			for j, x := range f.Related {
				x.Message = RedactKeys(x.Message)
				x.Location.Snippet = RedactKeys(x.Location.Snippet)
				rel[j] = x
			}
			f.Related = rel
		}
		c.Findings[i] = f
	}
	return &c
}
