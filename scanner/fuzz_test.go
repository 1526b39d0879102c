package scanner

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vippslint/vippslint/rules"
)

// FuzzScan feeds arbitrary bytes to the engine: it must not panic, every
// location must lie inside the input, and no message or snippet may hold a
// full secret.
func FuzzScan(f *testing.F) {
	for _, r := range rules.All() {
		for _, s := range append(r.Positives, r.Negatives...) {
			f.Add(s.Path, []byte(s.Content))
		}
	}
	f.Add("a.env", []byte("VIPPS_CLIENT_SECRET=\xff\xfeWAWaB27SsyM5HC1PY0Pmdg==\r\n\x00"))
	f.Add("x.yaml", []byte("kind: Secret\ndata:\n  client_secret: ===\n"))
	e := New(Options{ReportUnusedIgnores: true})
	f.Fuzz(func(t *testing.T, path string, content []byte) {
		lines := strings.Count(string(content), "\n") + 1
		for _, fd := range e.Scan(path, content) {
			if fd.Location.Line < 1 || fd.Location.Line > lines || fd.Location.Col < 1 {
				t.Fatalf("location %+v outside the input (%d lines)", fd.Location, lines)
			}
			if !utf8.ValidString(fd.Location.Snippet) {
				t.Fatalf("snippet is not valid UTF-8: %q", fd.Location.Snippet)
			}
			if fd.Secret != "" && len(fd.Secret) >= 8 && (strings.Contains(fd.Message, fd.Secret) || strings.Contains(fd.Location.Snippet, fd.Secret)) {
				t.Fatalf("secret printed in full: %q", fd.Message)
			}
		}
	})
}

// FuzzBind checks the tokenizer and name binder on arbitrary lines.
func FuzzBind(f *testing.F) {
	for _, l := range []string{
		`VIPPS_CLIENT_SECRET=abc`, `"ClientSecret": "x"`, `s:13:"client_secret";s:24:"`, `<key>k</key>`,
		`-H "Ocp-Apim-Subscription-Key: `, `| client_secret | `, `Bearer `, `ENV['X'] || '`, `a ?? "`,
	} {
		f.Add([]byte(l))
	}
	f.Fuzz(func(t *testing.T, l []byte) {
		for _, tk := range tokens(l, 1, nil) {
			if tk.s < 0 || tk.e > len(l) || tk.s >= tk.e {
				t.Fatalf("bad token %v in %q", tk, l)
			}
			_ = bindName(l, tk.s, func(int) []byte { return l })
		}
		_ = bindName(l, len(l), func(int) []byte { return nil })
		_ = names(l)
	})
}
