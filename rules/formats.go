package rules

import (
	"encoding/base64"
	"encoding/json"
	"math"
	"strings"
)

// Kind is a kind of Vipps credential value.
type Kind int

// Credential kinds.
const (
	KindNone Kind = iota
	KindClientID
	KindClientSecret
	KindSubscriptionKey
	KindMSN
	KindAccessToken
	KindWebhookSecret
)

var kindNames = [...]string{"none", "client id", "client secret", "subscription key", "merchant serial number", "access token", "webhook secret"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Secret reports whether a value of this kind must be kept secret.
// A client_id and an MSN identify; they do not authenticate.
func (k Kind) Secret() bool {
	return k == KindClientSecret || k == KindSubscriptionKey || k == KindAccessToken || k == KindWebhookSecret
}

// IsTokenByte reports whether c can be part of a key-shaped value: the
// Base64 alphabets (standard and URL-safe), '~' of the Entra-style secret
// and '.' of a JWT. '=' is padding and handled by the tokenizer.
func IsTokenByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '+' || c == '/' || c == '-' || c == '_' || c == '~' || c == '.'
}

// Tokens calls yield with the start and end of every maximal key-shaped
// token of l at least minLen bytes long: a run of token bytes (IsTokenByte),
// with its '=' padding (at most two, and only when no token byte or '='
// follows them), without trailing dots (the end of a sentence). The
// scanner binds these tokens, and the documentation examples are collected
// with the same cut, so that their hashes match.
func Tokens(l []byte, minLen int, yield func(s, e int)) {
	i := 0
	for i < len(l) {
		if !IsTokenByte(l[i]) {
			i++
			continue
		}
		s := i
		for i < len(l) && IsTokenByte(l[i]) {
			i++
		}
		e := i
		j := e
		for j < len(l) && l[j] == '=' && j-e < 2 {
			j++
		}
		if j > e && (j == len(l) || !IsTokenByte(l[j]) && l[j] != '=') {
			e = j
			i = j
		}
		for e > s && l[e-1] == '.' {
			e--
		}
		if e-s >= minLen {
			yield(s, e)
		}
	}
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// ValueMatches reports whether v has the shape of a value of kind k.
func ValueMatches(k Kind, v string) bool {
	switch k {
	case KindClientID:
		return IsGUID(v)
	case KindClientSecret:
		return IsClientSecret(v)
	case KindSubscriptionKey:
		return IsSubscriptionKey(v)
	case KindMSN:
		return IsMSN(v)
	case KindAccessToken:
		return IsJWT(v)
	case KindWebhookSecret:
		return IsWebhookSecret(v)
	}
	return false
}

// ShapeOf returns the kinds whose shape v has. Several can fit: a 32-hex
// string is a subscription key, but also fits no other; a GUID only a
// client_id. Digits alone are an MSN only by name.
func ShapeOf(v string) []Kind {
	var ks []Kind
	for _, k := range []Kind{KindClientID, KindClientSecret, KindSubscriptionKey, KindAccessToken} {
		if ValueMatches(k, v) {
			ks = append(ks, k)
		}
	}
	return ks
}

// Entropy is the Shannon entropy of s in bits per byte.
func Entropy(s string) float64 {
	if s == "" {
		return 0
	}
	var n [256]int
	for i := 0; i < len(s); i++ {
		n[s[i]]++
	}
	h := 0.0
	l := float64(len(s))
	for _, c := range n {
		if c > 0 {
			p := float64(c) / l
			h -= p * math.Log2(p)
		}
	}
	return h
}

// distinct counts the distinct bytes of s.
func distinct(s string) int {
	var seen [256]bool
	n := 0
	for i := 0; i < len(s); i++ {
		if !seen[s[i]] {
			seen[s[i]] = true
			n++
		}
	}
	return n
}

// DecodeBase64 decodes standard or URL-safe Base64, padded or not.
func DecodeBase64(s string) ([]byte, bool) {
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil {
			return b, true
		}
	}
	return nil, false
}

// DecodeJWTPart decodes one JWT segment into a JSON object.
func DecodeJWTPart(seg string) (map[string]any, bool) {
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(seg, "="))
	if err != nil {
		return nil, false
	}
	var m map[string]any
	if json.Unmarshal(b, &m) != nil {
		return nil, false
	}
	return m, true
}

// IsMSN reports whether v is a Merchant Serial Number: 4 to 7 digits.
func IsMSN(v string) bool {
	if len(v) < 4 || len(v) > 7 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}
