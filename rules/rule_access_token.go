package rules

import (
	"strings"
	"time"
)

// IsJWT reports whether v is a JSON Web Token whose header and payload
// decode to JSON objects.
func IsJWT(v string) bool {
	if !strings.HasPrefix(v, "eyJ") || len(v) < 40 {
		return false
	}
	parts := strings.Split(v, ".")
	if len(parts) != 3 || parts[2] == "" {
		return false
	}
	h, ok := DecodeJWTPart(parts[0])
	if !ok || h["alg"] == nil {
		return false
	}
	_, ok = DecodeJWTPart(parts[1])
	return ok
}

// JWTIsVipps reports whether a token's claims point at Vipps MobilePay.
func JWTIsVipps(v string) bool {
	parts := strings.Split(v, ".")
	if len(parts) != 3 {
		return false
	}
	claims, ok := DecodeJWTPart(parts[1])
	if !ok {
		return false
	}
	for _, k := range []string{"iss", "aud", "app_name", "appid"} {
		if s, ok := claims[k].(string); ok && (strings.Contains(strings.ToLower(s), "vipps") || strings.Contains(strings.ToLower(s), "mobilepay")) {
			return true
		}
	}
	return false
}

// JWTClaims decodes a token's payload, the claims.
func JWTClaims(v string) (map[string]any, bool) {
	parts := strings.Split(v, ".")
	if len(parts) != 3 {
		return nil, false
	}
	return DecodeJWTPart(parts[1])
}

// JWTExpiry returns a token's exp claim (seconds since the epoch).
func JWTExpiry(claims map[string]any) (time.Time, bool) {
	if exp, ok := claims["exp"].(float64); ok {
		return time.Unix(int64(exp), 0).UTC(), true
	}
	return time.Time{}, false
}

// JWTIsSample reports whether claims are those of the jwt.io sample token
// (sub 1234567890, name John Doe), which every tutorial copies.
func JWTIsSample(claims map[string]any) bool {
	return claims["sub"] == "1234567890" && claims["name"] == "John Doe"
}

// tokenIssuers are the issuers of Vipps MobilePay access tokens besides
// Vipps's own hosts: the Access token API returns Microsoft Entra tokens
// (iss https://sts.windows.net/<tenant>/).
var tokenIssuers = []string{"vipps", "mobilepay", "sts.windows.net", "login.microsoftonline.com"}

// JWTIssuerIsForeign reports whether a token names an issuer that cannot
// have issued a Vipps access token: the app's own JWTs, another provider's.
func JWTIssuerIsForeign(claims map[string]any) bool {
	iss, ok := claims["iss"].(string)
	if !ok || iss == "" {
		return false
	}
	iss = strings.ToLower(iss)
	for _, t := range tokenIssuers {
		if strings.Contains(iss, t) {
			return false
		}
	}
	return true
}

func accessTokenRule() Rule {
	return Rule{
		ID:               IDAccessToken,
		Name:             "VippsAccessToken",
		Short:            "vipps access token (JWT) kept in code, fixtures or logs",
		Full:             "A Vipps MobilePay access token (a JWT from /accesstoken/get or /miami/v1/token) is kept in a file. It works until it expires (up to 24 hours) and acts with the rights of its key set.",
		Level:            Warning,
		Precision:        "medium",
		SecuritySeverity: "6.5",
		CWE:              []string{"CWE-798", "CWE-532"},
		Kind:             KindAccessToken,
		Help: `# Vipps access token kept in a file

Access tokens from ` + "`POST /accesstoken/get`" + ` are bearer tokens: anyone who has one
can call the API as the sales unit until it expires. Tokens copied into test
fixtures, Postman collections or logs usually outlive their purpose.

Vippslint decodes the token's claims and reports it only when

- its issuer or audience names Vipps MobilePay, or it is bound to a token
  name (` + "`access_token`" + `, ` + "`Authorization: Bearer`" + `) in a file with Vipps
  context and its issuer could have issued it (Vipps or Microsoft Entra,
  which issues the Access token API's tokens); and
- it has not expired at scan time (` + "`exp`" + `; ` + "`--now`" + ` sets the scan time). An
  expired token grants nothing. The message says when it expires.

The jwt.io sample token and tokens without an ` + "`exp`" + ` claim in documentation
are examples, never findings. Replace recorded tokens with obviously fake
ones; tokens cannot be revoked, so rotate the key set if the token is fresh.
` + rotateHelp,
		Positives: []Sample{
			{Path: "tests/fixtures/vipps_token.json", Line: 2, Content: "{\n  \"access_token\": \"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2FwaXRlc3QudmlwcHMubm8vYWNjZXNzdG9rZW4iLCJzdWIiOiI3YzFiYjVmNSIsImV4cCI6MTg5MzQ1NjAwMH0.ZmFrZS1zaWduYXR1cmUtMDEyMzQ1Njc4OQ\",\n  \"token_type\": \"Bearer\"\n}\n"},
			{Path: "requests.http", Line: 3, Content: "GET https://api.vipps.no/epayment/v1/payments/abc\nOcp-Apim-Subscription-Key: {{subscriptionKey}}\nAuthorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJtZXJjaGFudC1hcGkiLCJzdWIiOiI3YzFiYjVmNSIsImV4cCI6MTg5MzQ1NjAwMH0.ZmFrZS1zaWduYXR1cmUtOTg3NjU0MzIxMA\n"},
		},
		Negatives: []Sample{
			{Path: "docs/partner.md", Content: "Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1Ni <snip>\nMerchant-Serial-Number: 123456\n"},
			{Path: "auth_test.js", Content: "// our own login tokens\nconst token = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJtZXJjaGFudC1hcGkiLCJzdWIiOiI3YzFiYjVmNSIsImV4cCI6MTg5MzQ1NjAwMH0.ZmFrZS1zaWduYXR1cmUtOTg3NjU0MzIxMA';\n"},
			{Path: "vipps.py", Content: "# vipps\naccess_token = response.json()['access_token']\n"},
			// The first positive's twin, expired on 2024-06-01.
			{Path: "tests/fixtures/vipps_token.json", Content: "{\n  \"access_token\": \"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2FwaXRlc3QudmlwcHMubm8vYWNjZXNzdG9rZW4vIiwiYXVkIjoiaHR0cHM6Ly9hcGkudmlwcHMubm8iLCJleHAiOjE3MTcyMDAwMDAsInN1YiI6IjVmMGMyYTcxIn0.Q2hHc3VkT1pYbW5sc0tQZ2tGcQ\",\n  \"token_type\": \"Bearer\"\n}\n"},
		},
	}
}
