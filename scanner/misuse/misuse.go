package misuse

import (
	"bytes"
	"path"
	"strings"
)

// Input is one file to check.
type Input struct {
	Path    string
	Content []byte
	// Lower is Content lowercased (ASCII), as the scanner already has it.
	Lower []byte
	// Keys are the Vipps key literals the leak rules found in the file.
	Keys []Key
	// Test is set for test code, whose fakes answer with tokens on purpose.
	Test bool
	// MSN is set when the file names the Merchant-Serial-Number: only
	// then does vipps-mutable-msn run. Vipps says the file (or its path)
	// speaks of Vipps; Partner that it speaks of partner keys, whose
	// merchant-editable settings are then sources too.
	MSN, Vipps, Partner bool
}

// Key is a detected Vipps key literal.
type Key struct {
	Value string
	Kind  string // "client secret", "subscription key", ...
	Line  int    // 0-based
}

// Finding is a misuse in a parsed file. Line is 0-based, Col and EndCol are
// byte offsets in the line.
type Finding struct {
	Rule         string
	Line         int
	Col, EndCol  int
	Message      string
	SnippetLines int
}

// Result is what Check found, and which lines it covered: the line-level
// checks leave those lines alone.
type Result struct {
	Findings []Finding
	// Covered[i] is true when line i was parsed (or would have been,
	// without cgo).
	Covered []bool
}

// NoticeNoCgo is what the CLI prints once per scan when Enabled is false.
const NoticeNoCgo = "parsed misuse checks (vipps-secret-logged, vipps-key-exposed, vipps-secret-in-url, vipps-mutable-msn, vipps-env-mismatch in JavaScript, TypeScript, Python, PHP, C#, Java, Kotlin and Ruby) are off: this binary was built without cgo (CGO_ENABLED=0)"

// MaxParseBytes caps the files that are parsed: integration code is
// smaller (in 72 real Vipps integrations the largest source file under the
// cap is a 460 KB generated model), while minified bundles of megabytes
// are not where a secret's data flow is written. Larger files get the
// line-level checks.
const MaxParseBytes = 1 << 20

// language names the grammar a file (or a block of one) is parsed with.
type language string

const (
	langJS     language = "javascript"
	langTS     language = "typescript"
	langTSX    language = "tsx"
	langPython language = "python"
	langPHP    language = "php"
	langCSharp language = "csharp"
	langJava   language = "java"
	langKotlin language = "kotlin"
	langRuby   language = "ruby"
)

var extLang = map[string]language{
	".js": langJS, ".mjs": langJS, ".cjs": langJS, ".jsx": langJS,
	".ts": langTS, ".mts": langTS, ".cts": langTS, ".tsx": langTSX,
	".py": langPython, ".php": langPHP, ".phtml": langPHP, ".cs": langCSharp,
	".java": langJava, ".kt": langKotlin, ".kts": langKotlin, ".rb": langRuby, ".rake": langRuby,
}

// fenceLang maps a Markdown fence's info string to a language.
var fenceLang = map[string]language{
	"js": langJS, "javascript": langJS, "jsx": langJS, "node": langJS, "mjs": langJS,
	"ts": langTS, "typescript": langTS, "tsx": langTSX, "py": langPython, "python": langPython,
	"php": langPHP, "cs": langCSharp, "csharp": langCSharp, "c#": langCSharp, "java": langJava,
	"kotlin": langKotlin, "kt": langKotlin, "ruby": langRuby, "rb": langRuby,
}

// region is a part of a file parsed as one language. Text has the file's
// length and line structure, with everything outside the region blanked,
// so that positions in the parse are positions in the file.
type region struct {
	lang        language
	text        []byte
	first, last int // lines, 0-based, inclusive
}

// regions returns the parts of a file that are parsed, or nil when its
// language is not one of them.
func regions(p string, content []byte) []region {
	ext := strings.ToLower(path.Ext(p))
	if l, ok := extLang[ext]; ok {
		return []region{{lang: l, text: content, first: 0, last: bytes.Count(content, []byte{'\n'})}}
	}
	switch ext {
	case ".vue", ".svelte", ".html", ".htm":
		return scriptBlocks(content)
	case ".md", ".markdown", ".mdx":
		return fences(content)
	}
	return nil
}

// blank returns a copy of content with bytes outside [s,e) turned into
// spaces, newlines kept.
func blank(content []byte, s, e int) []byte {
	out := make([]byte, len(content))
	for i, c := range content {
		if (i < s || i >= e) && c != '\n' {
			c = ' '
		}
		out[i] = c
	}
	return out
}

func lineOf(content []byte, off int) int { return bytes.Count(content[:off], []byte{'\n'}) }

// scriptBlocks finds <script> elements: JavaScript, or TypeScript with
// lang="ts".
func scriptBlocks(content []byte) []region {
	var out []region
	lower := bytes.ToLower(content)
	for off := 0; ; {
		i := bytes.Index(lower[off:], []byte("<script"))
		if i < 0 {
			return out
		}
		i += off
		gt := bytes.IndexByte(lower[i:], '>')
		if gt < 0 {
			return out
		}
		tag := lower[i : i+gt]
		start := i + gt + 1
		end := bytes.Index(lower[start:], []byte("</script"))
		if end < 0 {
			end = len(content)
		} else {
			end += start
		}
		off = end
		if bytes.Contains(tag, []byte("src=")) || bytes.Contains(tag, []byte("json")) || bytes.Contains(tag, []byte("text/template")) {
			continue
		}
		lang := langJS
		if bytes.Contains(tag, []byte(`lang="ts"`)) || bytes.Contains(tag, []byte(`lang='ts'`)) || bytes.Contains(tag, []byte(`lang="typescript"`)) {
			lang = langTS
		}
		out = append(out, region{lang: lang, text: blank(content, start, end), first: lineOf(content, start), last: lineOf(content, end)})
	}
}

// fences finds the fenced code blocks of Markdown in a parsed language.
func fences(content []byte) []region {
	var out []region
	lines := bytes.SplitAfter(content, []byte{'\n'})
	off, open, openAt, startLine := 0, false, 0, 0
	var lang language
	var marker []byte
	for n, l := range lines {
		t := bytes.TrimSpace(l)
		switch {
		case !open && (bytes.HasPrefix(t, []byte("```")) || bytes.HasPrefix(t, []byte("~~~"))):
			open, marker = true, t[:3]
			info := strings.ToLower(strings.TrimSpace(string(bytes.TrimLeft(t, "`~"))))
			if f := strings.Fields(info); len(f) > 0 {
				info = strings.Trim(f[0], "{}.")
			}
			lang = fenceLang[info]
			openAt, startLine = off+len(l), n+1
		case open && bytes.HasPrefix(t, marker):
			open = false
			if lang != "" {
				out = append(out, region{lang: lang, text: blank(content, openAt, off), first: startLine, last: n - 1})
			}
		}
		off += len(l)
	}
	return out
}

// Parsed reports whether files at path are parsed (all of them, or their
// <script> blocks or code fences) by the checks of this package.
func Parsed(p string) bool {
	ext := strings.ToLower(path.Ext(p))
	switch ext {
	case ".vue", ".svelte", ".html", ".htm", ".md", ".markdown", ".mdx":
		return true
	}
	_, ok := extLang[ext]
	return ok
}
