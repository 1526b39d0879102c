package report

import (
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"s4jaDEy8iNulKQpPE0D+MrcWs2szs+qN/eqjHti08Yc=", `"s4ja…" (44 chars)`},
		{"abcdefgh", `"ab…" (8 chars)`},
		{"abc", `"…" (3 chars)`},
		{"", `"…" (0 chars)`},
	} {
		if got := Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %s, want %s", tc.in, got, tc.want)
		}
		if len(tc.in) > 8 && strings.Contains(Redact(tc.in), tc.in[4:]) {
			t.Errorf("Redact(%q) leaks the secret", tc.in)
		}
	}
}

func TestMessage(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Hard-coded key.", "hard-coded key"},
		{"URL holds a secret.", "URL holds a secret"},
		{"  spaced  ", "spaced"},
	} {
		if got := Message("%s", tc.in); got != tc.want {
			t.Errorf("Message(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
