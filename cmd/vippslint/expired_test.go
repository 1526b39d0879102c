package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vippslint/vippslint/internal/fakejwt"
)

// TestExpiredTokensVerbose: at a fixed --now, a Vipps access token that
// expired a day before is no finding in scan, git and staged; each run
// lists it as a note in the JSON notices, and on stderr only with
// --verbose, by path, line and expiry, never the token. Its twin, expiring
// one minute after --now, is a finding and listed nowhere as expired.
func TestExpiredTokensVerbose(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	const name = "tests/vipps_token.json"
	for _, c := range []struct {
		what    string
		exp     time.Time
		finding bool
	}{
		{"expired a day before --now", now.Add(-24 * time.Hour), false},
		{"expires one minute after --now", now.Add(time.Minute), true},
	} {
		tok := fakejwt.New(t, map[string]any{"iss": "https://apitest.vipps.no/accesstoken/", "exp": c.exp.Unix(), "sub": "5f2c8a91-0d3e-4b7a-9c61-e84f2b0a7d35"})
		content := fmt.Sprintf("{\n  \"access_token\": \"%s\"\n}\n", tok)
		tr := newTestRepo(t)
		tr.commit("add a token", map[string]string{name: content})
		staged := stagedRepo(t, map[string]string{name: content})
		note := name + ": line 2: a Vipps access token that expired " + c.exp.Format(time.RFC3339) + ", not reported"
		for _, cmd := range [][]string{{"scan", tr.dir}, {"git", tr.dir}, {"staged", staged}} {
			for _, verbose := range []bool{false, true} {
				args := []string{cmd[0], "--now", now.Format(time.RFC3339), "--format", "json"}
				if verbose {
					args = append(args, "--verbose")
				}
				code, out, stderr := runCLI(t, append(args, cmd[1])...)
				r := decodeJSON(t, []byte(out))
				where := fmt.Sprintf("%s, %s, verbose=%v", c.what, cmd[0], verbose)
				var rules []string
				for _, f := range r.Findings {
					rules = append(rules, f.Rule)
				}
				if want := map[bool]int{true: 1, false: 0}[c.finding]; code != want || len(rules) != 0 != c.finding ||
					c.finding && !strings.Contains(strings.Join(rules, " "), "vipps-access-token") {
					t.Errorf("%s: exit %d, findings %v", where, code, rules)
				}
				var listed int
				for _, n := range r.Notices {
					if strings.Contains(n.Message, "expired") {
						listed++
						if n.Level != "note" || n.Path != name || !strings.HasPrefix(n.Path+": "+n.Message, note) {
							t.Errorf("%s: notice %+v, want %q", where, n, note)
						}
					}
				}
				if listed != map[bool]int{true: 0, false: 1}[c.finding] {
					t.Errorf("%s: %d expired-token notices: %+v", where, listed, r.Notices)
				}
				if got, want := strings.Contains(stderr, note), verbose && !c.finding; got != want {
					t.Errorf("%s: stderr lists the token: %v, want %v\n%s", where, got, want, stderr)
				}
				if !verbose && strings.Contains(stderr, "expired") {
					t.Errorf("%s: stderr without --verbose speaks of an expired token:\n%s", where, stderr)
				}
				if strings.Contains(out+stderr, strings.Split(tok, ".")[1]) {
					t.Errorf("%s: the token is printed", where)
				}
			}
		}
	}
}
