// Package session issues Handelsbro's own session tokens (HS256 JWTs) after a back office
// user has signed in with Vipps Login. These tokens are the app's, not Vipps keys: the
// browser keeps them and sends them back.
package session

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"time"
)

// Issuer signs session tokens with the app's own key (SESSION_SIGNING_KEY).
type Issuer struct {
	key []byte
	ttl time.Duration
}

// NewIssuer returns an issuer for the given signing key.
func NewIssuer(signingKey string, ttl time.Duration) *Issuer {
	return &Issuer{key: []byte(signingKey), ttl: ttl}
}

// Issue returns a session token for the subject (the Vipps Login "sub" claim).
func (i *Issuer) Issue(sub, name string) (string, error) {
	header := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
	claims, err := json.Marshal(map[string]any{
		"sub":  sub,
		"name": name,
		"iss":  "handelsbro-backoffice",
		"exp":  time.Now().Add(i.ttl).Unix(),
	})
	if err != nil {
		return "", fmt.Errorf("session: claims: %w", err)
	}
	unsigned := header + "." + base64.RawURLEncoding.EncodeToString(claims)
	mac := hmac.New(sha256.New, i.key)
	mac.Write([]byte(unsigned))
	return unsigned + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil)), nil
}
