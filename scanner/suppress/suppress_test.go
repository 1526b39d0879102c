package suppress

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	src := []byte("a\n// vippslint:ignore vipps-client-secret fixture key\nx = 1 # vippslint:ignore vipps-mutable-msn,vipps-client-id ok here\n<!-- vippslint:ignore * generated docs -->\n/* vippslint:ignore vipps-client-id */\n-- vippslint:ignore\n")
	ds := Parse(src)
	if len(ds) != 5 {
		t.Fatalf("got %d directives, want 5", len(ds))
	}
	cases := []struct {
		rule string
		line int
		want bool
	}{
		{"vipps-client-secret", 2, true},
		{"vipps-client-secret", 3, true},
		{"vipps-client-secret", 4, true}, // the * on line 4
		{"vipps-client-secret", 1, false},
		{"vipps-client-id", 3, true},
		{"vipps-client-id", 6, false}, // line 5 has no reason
		{"vipps-subscription-key", 7, false},
	}
	for _, c := range cases {
		if got := Match(ds, c.rule, c.line); got != c.want {
			t.Errorf("Match(%s, %d) = %v, want %v", c.rule, c.line, got, c.want)
		}
	}
	if ds[2].Reason != "generated docs" {
		t.Errorf("reason %q lost the comment closer handling", ds[2].Reason)
	}
	if ds[3].Problem == "" || ds[4].Problem == "" {
		t.Errorf("directives without reason or rule must be malformed: %+v %+v", ds[3], ds[4])
	}
	if ds := Parse([]byte("// vippslint:ignore vipps-clinet-id typo\n")); len(ds) != 1 || !strings.Contains(ds[0].Problem, "unknown rule") {
		t.Errorf("a misspelt rule must be reported: %+v", ds)
	}
	prose := "// Suppress with //vippslint:ignore RULE reason\nfmt.Println(\"vippslint:ignore x\")\n// see the vippslint:ignore docs\n"
	if ds := Parse([]byte(prose)); len(ds) != 0 {
		t.Errorf("prose and strings are not directives: %+v", ds[0])
	}
	if Parse([]byte("no directives here")) != nil {
		t.Error("expected nil for content without a marker")
	}
}

// TestTrailingCoversOwnLine: a directive after code covers its own line
// only; a comment alone on its line covers the next line too.
func TestTrailingCoversOwnLine(t *testing.T) {
	for _, c := range []struct {
		name, src string
		line      int
		want      bool
	}{
		{"env trailing, same line", "A=1 # vippslint:ignore * fixture\nB=2\n", 1, true},
		{"env trailing, next line", "A=1 # vippslint:ignore * fixture\nB=2\n", 2, false},
		{"js object trailing, next line", "  secret: 'x', // vippslint:ignore * fixture\n  key: 'y',\n", 2, false},
		{"alone, next line", "# vippslint:ignore * fixture\nB=2\n", 2, true},
		{"alone indented, next line", "    // vippslint:ignore * fixture\n    key: 'y',\n", 2, true},
		{"block before code, next line", "/* vippslint:ignore * fixture */ a = 1\nb = 2\n", 2, false},
		{"block before code, same line", "/* vippslint:ignore * fixture */ a = 1\nb = 2\n", 1, true},
		{"html alone, next line", "<!-- vippslint:ignore * generated docs -->\nkey\n", 2, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Match(Parse([]byte(c.src)), "vipps-client-secret", c.line); got != c.want {
				t.Errorf("Match(line %d) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
