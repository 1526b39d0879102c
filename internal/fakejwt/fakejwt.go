// Package fakejwt builds JSON Web Tokens for tests: real claims, a fake
// signature, so the scanner judges them by their claims as it does real
// tokens.
package fakejwt

import (
	"encoding/base64"
	"encoding/json"
	"testing"
)

// New is a token with the given claims and a fake signature.
func New(t testing.TB, claims map[string]any) string {
	t.Helper()
	seg := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return base64.RawURLEncoding.EncodeToString(b)
	}
	return seg(map[string]string{"typ": "JWT", "alg": "RS256"}) + "." + seg(claims) + ".c2lnLTdRa2Z3M1hwTDl2Wm0yTmM4"
}
