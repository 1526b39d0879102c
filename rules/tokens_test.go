package rules

import (
	"reflect"
	"testing"
)

// TestTokens: the cut that the scanner binds and the documentation
// examples are hashed with. Padding belongs to a token only at its end,
// a sentence's dot never does, and short runs are left out.
func TestTokens(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{`secret: "Rk3vT9pQ2mXw7LzB0nYc5A=="`, []string{"secret", "Rk3vT9pQ2mXw7LzB0nYc5A=="}},
		{`key=Rk3vT9pQ2mXw7LzB0nYc5A==x`, []string{"key", "Rk3vT9pQ2mXw7LzB0nYc5A", "x"}}, // '=' then a token byte: no padding
		{`a===b`, []string{"a", "b"}},
		{`The id is 6c1f0a9e-4b7d-4e2a-9f35-d08b7e1c2a64.`, []string{"The", "id", "is", "6c1f0a9e-4b7d-4e2a-9f35-d08b7e1c2a64"}},
		{`... .`, nil},
	} {
		var got []string
		Tokens([]byte(c.line), 1, func(s, e int) { got = append(got, c.line[s:e]) })
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokens(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	var long []string
	Tokens([]byte("id 6c1f0a9e-4b7d-4e2a-9f35-d08b7e1c2a64 ok"), 16, func(s, e int) { long = append(long, "x") })
	if len(long) != 1 {
		t.Errorf("minLen 16 kept %d tokens, want the GUID only", len(long))
	}
}
