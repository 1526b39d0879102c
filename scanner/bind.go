package scanner

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/vippslint/vippslint/rules"
)

// token is a maximal run of key characters in a line, with its byte range.
type token struct {
	s, e int
}

// tokens splits a line into maximal key-shaped runs. '=' belongs to a token
// only as trailing Base64 padding; a trailing '.' (end of a sentence) is
// dropped. Runs shorter than minLen are skipped.
func tokens(l []byte, minLen int, out []token) []token {
	out = out[:0]
	rules.Tokens(l, minLen, func(s, e int) { out = append(out, token{s, e}) })
	return out
}

// stringPrefix reports whether l[i] is a string literal prefix standing
// right before a quote, after an operator or space.
func stringPrefix(l []byte, i int) bool {
	if i+1 >= len(l) || !isQuote(l[i+1]) {
		return false
	}
	switch l[i] {
	case '@', '$':
		return true
	case 'b', 'r', 'u', 'f', 'B', 'R', 'U', 'F':
		return i == 0 || !isNameByte(l[i-1]) || stringPrefix(l, i-1)
	}
	return false
}

func isNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '.' || c == '$' || c == '-'
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

func isQuote(c byte) bool { return c == '"' || c == '\'' || c == '`' }

// genericNames bind a value without saying what it is; the real name is in
// a sibling (key="...", "key": "...", <key>...</key>).
var genericNames = map[string]bool{
	"value": true, "val": true, "string": true, "default": true, "data": true, "text": true,
	"content": true, "secret": false, "v": true, "option_value": true, "setting_value": true,
	"optionvalue": true, "defaultvalue": true, "currentvalue": true, "integer": true,
}

var (
	phpSerialName = regexp.MustCompile(`s:\d+:\\?"([^"\\]{1,100})\\?";s:\d+:\\?"$`)
	keyAttr       = regexp.MustCompile(`(?i)\b(?:key|name|id|variable|option_name|setting)\\?["']?\s*[=:]\s*\\?["']([^"']{1,100})["']`)
	plistKey      = regexp.MustCompile(`<key>([^<]{1,100})</key>`)
	xmlTag        = regexp.MustCompile(`<([A-Za-z_][\w:.-]*)([^<>]*)>\s*$`)
)

// bindName returns the name a value at l[s:] is bound to, or "". prev
// returns earlier lines (1 = the line before) for bindings that span lines.
func bindName(l []byte, s int, prev func(int) []byte) string {
	// PHP serialize(): s:13:"client_secret";s:24:"VALUE"
	if s >= 3 && l[s-1] == '"' && (l[s-2] == ':' || l[s-2] == '\\') {
		if m := phpSerialName.FindSubmatch(l[:s]); m != nil {
			return string(m[1])
		}
	}
	i := s - 1
	// Skip quotes, escapes and space between value and operator, and string
	// prefixes: @"..." and $"..." (C#, Objective-C), b"..." r"..." (Python).
	for i >= 0 && (isQuote(l[i]) || l[i] == '\\' || isSpace(l[i]) || l[i] == '*' || stringPrefix(l, i)) {
		i--
	}
	// A YAML list item ("- value") continues the key on the line before.
	if i >= 0 && l[i] == '-' && len(bytes.TrimSpace(l[:i])) == 0 {
		i = -1
	}
	if i < 0 {
		return nameFromPrevLine(prev)
	}
	switch c := l[i]; {
	case c == '=' || c == ':':
		j := i - 1
		if c == '=' && j >= 0 && (l[j] == ':' || l[j] == '!' || l[j] == '=') {
			j--
		}
		if c == ':' && j >= 0 && l[j] == ':' { // Ruby symbol hash or C++ scope: skip
			j--
		}
		name := nameBefore(l, j)
		if genericNames[strings.ToLower(name)] {
			if sib := siblingName(l[:i], prev); sib != "" {
				return sib
			}
		}
		return name
	case c == '>':
		if i > 0 && l[i-1] == '=' { // => (PHP, Ruby)
			return nameBefore(l, i-2)
		}
		if m := xmlTag.FindSubmatch(l[:i+1]); m != nil {
			if a := keyAttr.FindSubmatch(m[2]); a != nil {
				return string(a[1])
			}
			tag := string(m[1])
			if genericNames[strings.ToLower(tag)] {
				return siblingName(l[:i+1-len(m[0])], prev)
			}
			return tag
		}
	case c == ',':
		name := nameBefore(l, i-1)
		if genericNames[strings.ToLower(name)] {
			return siblingName(l[:i], prev)
		}
		return name
	case c == '(':
		return nameBefore(l, i-1)
	case c == '|':
		if i > 0 && l[i-1] == '|' { // a || 'default'
			return nameBefore(l, i-2)
		}
		// Markdown table: the column's header, else the previous cell.
		if h := tableHeader(l, i, prev); h != "" {
			return h
		}
		cell := l[:i]
		if j := bytes.LastIndexByte(cell, '|'); j >= 0 {
			cell = cell[j+1:]
		}
		return strings.TrimSpace(strings.Trim(strings.TrimSpace(string(cell)), "`*_"))
	case c == '?' && i > 0 && l[i-1] == '?':
		return nameBefore(l, i-2)
	case isNameByte(c):
		// "Bearer VALUE", "--client-secret VALUE", "or 'default'"
		w := i
		for w >= 0 && isNameByte(l[w]) {
			w--
		}
		word := string(l[w+1 : i+1])
		switch {
		case strings.EqualFold(word, "bearer"):
			return "bearer"
		case strings.HasPrefix(word, "-") && len(word) > 2:
			return word
		case word == "or":
			return nameBefore(l, w)
		}
	}
	return ""
}

// tableHeader returns the header of the Markdown table column whose cell
// opens at l[i] ('|'), when the value's own row is below a |---| rule. It
// tries the column first; a header that names no credential yields "".
func tableHeader(l []byte, i int, prev func(int) []byte) string {
	col := bytes.Count(l[:i+1], []byte("|"))
	if bytes.HasPrefix(bytes.TrimSpace(l), []byte("|")) {
		col--
	}
	for k := 1; k < maxSectionLines; k++ {
		p := prev(k)
		t := bytes.TrimSpace(p)
		if len(t) == 0 || t[0] != '|' {
			return ""
		}
		if bytes.Trim(t, "|-: ") == nil || len(bytes.Trim(t, "|-: ")) == 0 {
			cells := bytes.Split(bytes.Trim(bytes.TrimSpace(prev(k+1)), "|"), []byte("|"))
			if col >= 0 && col < len(cells) {
				h := strings.Trim(strings.TrimSpace(string(cells[col])), "`*_ ")
				if rules.Classify(h) != rules.KindNone {
					return h
				}
			}
			return ""
		}
	}
	return ""
}

// nameBefore reads the name that ends at l[j] (skipping space, quotes and
// brackets): an identifier path, a quoted key or a header name.
func nameBefore(l []byte, j int) string {
	for j >= 0 && (isSpace(l[j]) || l[j] == ']' || l[j] == ')') {
		j--
	}
	if j < 0 {
		return ""
	}
	if isQuote(l[j]) {
		q := l[j]
		e := j
		j--
		for j >= 0 && l[j] != q && e-j < 120 {
			j--
		}
		if j < 0 || l[j] != q {
			return ""
		}
		return string(l[j+1 : e])
	}
	e := j + 1
	for j >= 0 && (isNameByte(l[j]) || l[j] == '>' && j > 0 && l[j-1] == '-' || l[j] == '-' && j+1 < len(l) && l[j+1] == '>') {
		j--
	}
	// An escape inside a string literal ("...\nVIPPS_SECRET=...") is not
	// part of the name.
	if j >= 0 && l[j] == '\\' && j+2 < e && strings.IndexByte("ntr", l[j+1]) >= 0 {
		j++
	}
	return string(l[j+1 : e])
}

// siblingName finds the real key of a generic "value": a key="..." or
// "key": "..." on the same line, or on one of the two lines before.
func siblingName(left []byte, prev func(int) []byte) string {
	if m := keyAttr.FindSubmatch(left); m != nil {
		return string(m[1])
	}
	for k := 1; k <= 2; k++ {
		p := prev(k)
		if p == nil {
			break
		}
		if m := plistKey.FindSubmatch(p); m != nil {
			return string(m[1])
		}
		if m := keyAttr.FindSubmatch(p); m != nil {
			return string(m[1])
		}
	}
	return ""
}

// nameFromPrevLine binds a value that starts its line to a name that ends
// the line before ("client_secret:" then the value, or <key>..</key> in a
// property list).
func nameFromPrevLine(prev func(int) []byte) string {
	p := prev(1)
	if p == nil {
		return ""
	}
	if m := plistKey.FindSubmatch(p); m != nil {
		return string(m[1])
	}
	t := strings.TrimSpace(string(p))
	for _, suf := range []string{":", "=", ": |", ": >", ": |-", ": >-", ": |+", ": >+"} {
		if strings.HasSuffix(t, suf) {
			b := []byte(strings.TrimSuffix(t, suf))
			return nameBefore(b, len(b)-1)
		}
	}
	return ""
}

// proseLabelLines is how far above a value a Markdown label may stand: a
// heading or list item naming the variable, then a sentence or two, then
// the value.
const proseLabelLines = 6

// maxLabelWords is the most words a label's text may have to be read as a
// name as a whole; longer text is a sentence, whose identifiers may still
// be names (VIPPS_CLIENT_SECRET).
const maxLabelWords = 3

var (
	mdHeading  = regexp.MustCompile(`^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$`)
	mdListItem = regexp.MustCompile(`^\s*(?:[-*+]|\d+[.)])\s+(.+)$`)
	mdBold     = regexp.MustCompile(`\*\*([^*]{1,100})\*\*|__([^_]{1,100})__`)
	labelWord  = regexp.MustCompile(`[A-Za-z][A-Za-z0-9_.-]{2,}`)
)

// proseLabel binds a value in prose to the name that a Markdown heading,
// list item or bold label at most proseLabelLines above it mentions
// ("### 1. VIPPS_CLIENT_SECRET", "- Client secret", "**Subscription key**"),
// when that name's kind fits the value's shape. A heading ends the search:
// labels of another section do not reach into this one. It returns the
// name and the label's text.
//
// left is the value's own line up to the value: its bold label or list
// item is tried first ("- **Client secret** (test): VALUE").
func proseLabel(left []byte, prev func(int) []byte, v string) (name, label string) {
	for k := 0; k <= proseLabelLines; k++ {
		p := left
		if k > 0 {
			p = prev(k)
		}
		if p == nil {
			return "", ""
		}
		var texts []string
		h := mdHeading.FindSubmatch(p)
		if h != nil {
			texts = append(texts, string(h[1]))
		} else if m := mdListItem.FindSubmatch(p); m != nil {
			texts = append(texts, string(m[1]))
		}
		for _, m := range mdBold.FindAllSubmatch(p, -1) {
			texts = append(texts, string(m[1])+string(m[2]))
		}
		for _, t := range texts {
			if n := labelName(t, v); n != "" {
				return n, t
			}
		}
		if h != nil {
			return "", ""
		}
	}
	return "", ""
}

// labelName is the credential name a label's text mentions whose kind fits
// v: the whole text ("Client secret") or one of its words
// ("VIPPS_CLIENT_SECRET" in "1. VIPPS_CLIENT_SECRET (rotated)").
func labelName(text, v string) string {
	text = strings.Trim(strings.TrimSpace(text), "`*_:")
	// A label names a thing ("Client secret", "New subscription key"); a
	// sentence that mentions secrets ("Each webhook has a unique secret")
	// is no label.
	if len(strings.Fields(text)) <= maxLabelWords {
		if k := rules.Classify(text); k != rules.KindNone && rules.ValueMatches(k, v) {
			return text
		}
	}
	for _, w := range labelWord.FindAllString(text, -1) {
		if k := rules.Classify(w); k != rules.KindNone && rules.ValueMatches(k, v) {
			return w
		}
	}
	return ""
}
