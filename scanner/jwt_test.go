package scanner

import (
	"testing"
	"time"

	"github.com/vippslint/vippslint/internal/fakejwt"
	"github.com/vippslint/vippslint/rules"
)

// scanTime is the fixed scan time of the token tests.
var scanTime = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

// jwt builds a token with the given claims and a fake signature.
func jwt(t *testing.T, claims map[string]any) string { return fakejwt.New(t, claims) }

// TestAccessTokenClaims judges JWTs by their claims at a fixed scan time:
// each case that must be reported has a twin that must not.
func TestAccessTokenClaims(t *testing.T) {
	entra := "https://sts.windows.net/5b8e1f2a-93c4-4d7e-a0b6-2f9c8d1e3a47/"
	vipps := "https://apitest.vipps.no/accesstoken/"
	at := func(d time.Duration) float64 { return float64(scanTime.Add(d).Unix()) }
	e := New(Options{Now: scanTime})
	for _, c := range []struct {
		name, path, content string
		claims              map[string]any
		want                bool
	}{
		{"expires one minute after the scan", "tests/vipps_token.json", "{\n  \"access_token\": \"%s\"\n}\n",
			map[string]any{"iss": vipps, "exp": at(time.Minute)}, true},
		{"expired one minute before the scan", "tests/vipps_token.json", "{\n  \"access_token\": \"%s\"\n}\n",
			map[string]any{"iss": vipps, "exp": at(-time.Minute)}, false},
		{"entra token in a vipps token response", "fixtures/vipps/token.json", "{\n  \"token_type\": \"Bearer\",\n  \"access_token\": \"%s\"\n}\n",
			map[string]any{"iss": entra, "aud": "00000002-0000-0000-c000-000000000000", "exp": at(time.Hour)}, true},
		{"the app's own jwt in a vipps file", "fixtures/vipps/token.json", "{\n  \"token_type\": \"Bearer\",\n  \"access_token\": \"%s\"\n}\n",
			map[string]any{"iss": "https://auth.myshop.example", "exp": at(time.Hour)}, false},
		{"vipps audience, any name", "src/session.ts", "// vipps checkout\nconst t = '%s';\n",
			map[string]any{"aud": "https://api.vipps.no", "exp": at(time.Hour)}, true},
		{"no vipps claim, generic name", "src/session.ts", "// vipps checkout\nconst idToken = '%s';\n",
			map[string]any{"aud": "my-app", "exp": at(time.Hour)}, false},
		{"no exp in code", "src/vipps.ts", "// vipps\nconst accessToken = '%s';\n",
			map[string]any{"iss": vipps}, true},
		{"no exp in documentation", "docs/vipps.md", "Authorization: Bearer %s\n",
			map[string]any{"iss": vipps}, false},
		{"the jwt.io sample", "src/vipps.ts", "// vipps\nconst accessToken = '%s';\n",
			map[string]any{"sub": "1234567890", "name": "John Doe", "iat": 1516239022, "iss": vipps}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			tok := jwt(t, c.claims)
			var got []string
			for _, f := range e.Scan(c.path, []byte(sprintf(c.content, tok))) {
				if f.RuleID == rules.IDAccessToken {
					got = append(got, f.Message)
					if exp, ok := c.claims["exp"].(float64); ok && f.Properties["expires"] != time.Unix(int64(exp), 0).UTC().Format(time.RFC3339) {
						t.Errorf("properties.expires = %v", f.Properties["expires"])
					}
				}
			}
			if (len(got) > 0) != c.want {
				t.Errorf("reported %v, want reported: %v", got, c.want)
			}
		})
	}
}

func sprintf(format, tok string) string {
	out := []byte{}
	for i := 0; i < len(format); i++ {
		if format[i] == '%' && i+1 < len(format) && format[i+1] == 's' {
			out = append(out, tok...)
			i++
			continue
		}
		out = append(out, format[i])
	}
	return string(out)
}
