package scanner

import (
	"bytes"
	"strings"
)

// lineIndex holds the start offsets of a file's lines.
type lineIndex struct {
	content []byte
	starts  []int
}

func newLineIndex(content []byte) *lineIndex {
	li := &lineIndex{content: content, starts: make([]int, 1, bytes.Count(content, []byte{'\n'})+1)}
	for i, c := range content {
		if c == '\n' && i+1 < len(content) {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

func (li *lineIndex) count() int { return len(li.starts) }

// line returns line n (0-based) without its newline or carriage return.
func (li *lineIndex) line(n int) []byte {
	if n < 0 || n >= len(li.starts) {
		return nil
	}
	s := li.starts[n]
	e := len(li.content)
	if n+1 < len(li.starts) {
		e = li.starts[n+1] - 1
	}
	l := li.content[s:e]
	if k := len(l); k > 0 && l[k-1] == '\r' {
		l = l[:k-1]
	}
	if k := len(l); k > 0 && l[k-1] == '\n' {
		l = l[:k-1]
	}
	return l
}

// indent is the width of a line's leading white space (tabs count 4).
func indent(l []byte) int {
	n := 0
	for _, c := range l {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return -1 // blank
}

// sectionKey returns the key a line opens as a section ("vipps:" in YAML,
// "\"Vipps\": {" in JSON, "[vipps]" in TOML/INI, "vipps {" in HCL), or "".
func sectionKey(l []byte) string {
	t := strings.TrimSpace(string(l))
	if t == "" || t[0] == '#' || strings.HasPrefix(t, "//") {
		return ""
	}
	if t[0] == '[' && strings.HasSuffix(t, "]") {
		return strings.Trim(t, "[] ")
	}
	for _, suf := range []string{"{", ":", "= {", "=> [", "=> array(", "= ["} {
		if strings.HasSuffix(t, suf) {
			k := strings.TrimSpace(strings.TrimSuffix(t, suf))
			k = strings.TrimSuffix(strings.TrimSpace(k), ":")
			k = strings.Trim(k, "\"'` -")
			// HCL blocks: variable "vipps_client_secret" {  -> variable vipps_client_secret
			k = strings.Join(strings.Fields(strings.NewReplacer("\"", " ", "'", " ").Replace(k)), " ")
			if len(k) > 0 && len(k) < 80 {
				return k
			}
		}
	}
	return ""
}

// sections returns the enclosing section keys of line n, innermost first:
// the nearest earlier lines with less indentation that open a section, and
// the last [table] header before n.
func (li *lineIndex) sections(n int) []string {
	var out []string
	cur := indent(li.line(n))
	if cur < 0 {
		cur = 0
	}
	tableSeen := false
	for i := n - 1; i >= 0 && len(out) < 6; i-- {
		l := li.line(i)
		in := indent(l)
		if in < 0 {
			continue
		}
		k := sectionKey(l)
		t := bytes.TrimSpace(l)
		isTable := len(t) > 0 && t[0] == '[' && t[len(t)-1] == ']'
		if isTable {
			if !tableSeen {
				out = append(out, k)
				tableSeen = true
			}
			continue
		}
		if in < cur {
			if k != "" {
				out = append(out, k)
			}
			cur = in
		}
		if cur == 0 && tableSeen {
			break
		}
	}
	return out
}
