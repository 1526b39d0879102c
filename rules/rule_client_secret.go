package rules

import (
	"encoding/base64"
	"strings"
)

// Entropy floors (Shannon bits per character) below which a value of a
// client secret's shape is text, not random bytes. Base64 of 16 random bytes
// has about 4.2 bits per character over its 22 to 24 characters; words and
// repeated padding fall well below these.
const (
	// MinSecretEntropyPadded is the floor for padded Base64 (24, 28 or 44
	// characters ending in '='), whose length already says Base64.
	MinSecretEntropyPadded = 3.3
	// MinSecretEntropyRaw is the floor for unpadded Base64, which an
	// identifier or a word run can imitate: it needs more.
	MinSecretEntropyRaw = 3.6
)

// IsClientSecret reports whether v has the shape of a Vipps client_secret:
// Base64 of 16, 20 or 32 bytes (standard or URL-safe; padded, or unpadded
// with mixed character classes) or the 40-character "xxxNQ~..." form.
func IsClientSecret(v string) bool {
	switch len(v) {
	case 24, 28, 44:
		want := map[int]int{24: 16, 28: 20, 44: 32}[len(v)]
		if !strings.HasSuffix(v, "=") {
			return false
		}
		for _, enc := range []*base64.Encoding{base64.StdEncoding.Strict(), base64.URLEncoding.Strict()} {
			if b, err := enc.DecodeString(v); err == nil && len(b) == want {
				return mixedClasses(v) && Entropy(v) >= MinSecretEntropyPadded
			}
		}
	case 22, 27, 43:
		if b, err := base64.RawURLEncoding.Strict().DecodeString(v); err == nil && (len(b) == 16 || len(b) == 20 || len(b) == 32) {
			return mixedClasses(v) && hasDigit(v) && Entropy(v) >= MinSecretEntropyRaw
		}
		if b, err := base64.RawStdEncoding.Strict().DecodeString(v); err == nil && (len(b) == 16 || len(b) == 20 || len(b) == 32) {
			return mixedClasses(v) && hasDigit(v) && Entropy(v) >= MinSecretEntropyRaw
		}
	case 40:
		return isTildeSecret(v)
	}
	return false
}

// isTildeSecret matches the 40-character form: three characters, a digit,
// "Q~", then 34 characters of [A-Za-z0-9_~.-].
func isTildeSecret(v string) bool {
	if len(v) != 40 || v[4] != 'Q' || v[5] != '~' || v[3] < '0' || v[3] > '9' {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(IsTokenByte(c) && c != '+' && c != '/') {
			return false
		}
	}
	return mixedClasses(v)
}

func mixedClasses(v string) bool {
	var up, lo bool
	for i := 0; i < len(v); i++ {
		c := v[i]
		up = up || 'A' <= c && c <= 'Z'
		lo = lo || 'a' <= c && c <= 'z'
	}
	return up && lo
}

func hasDigit(v string) bool { return strings.ContainsAny(v, "0123456789") }

func clientSecretRule() Rule {
	return Rule{
		ID:               IDClientSecret,
		Name:             "VippsClientSecret",
		Short:            "vipps client_secret in source or config",
		Full:             "A Vipps MobilePay client_secret (the sales unit's password for the Access token API) is written into a file. Whoever holds it, with the client_id and a subscription key, can move money.",
		Level:            Error,
		Precision:        "high",
		SecuritySeverity: "9.1",
		CWE:              []string{"CWE-798"},
		Kind:             KindClientSecret,
		Help: `# Vipps client_secret in source or config

The ` + "`client_secret`" + ` is the "password" of a Vipps MobilePay sales unit. With the
` + "`client_id`" + ` and a subscription key it gets an access token from
` + "`POST /accesstoken/get`" + ` and can create payments, captures and refunds.

Vippslint reports a Base64 value of 16, 20 or 32 bytes (or the 40-character
` + "`xxx8Q~...`" + ` form) bound to a client-secret name (` + "`client_secret`" + `,
` + "`VIPPS_CLIENT_SECRET`" + `, ` + "`ClientSecret`" + `, ` + "`client_secret`" + ` header) in a file with Vipps
context. Placeholders, the documentation's example ` + "`Y8Kteew6GE3ZmeycEt6egg==`" + `,
encrypted values and secret-store references are not reported.
` + rotateHelp,
		Positives: []Sample{
			{Path: ".env", Line: 2, Content: "VIPPS_CLIENT_ID=ba4e7647-05c5-4edd-b624-04ab8616469c\nVIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg==\n"},
			{Path: "config/application.yml", Line: 4, Content: "vipps:\n  base-url: https://api.vipps.no\n  client-id: 8e3e50e8-f0f5-4c41-bc54-04e5980c99b4\n  client-secret: \"7rem3L77OxMm4iYDbjusAvf6nLk=\"\n"},
			{Path: "src/vipps.ts", Line: 3, Content: "const vipps = {\n  baseUrl: 'https://apitest.vipps.no',\n  clientSecret: 'tQKcdgEBe3MmBKwcdAfVdYhhJLKs6zZpH3gqXyNOng0=',\n};\n"},
			{Path: "appsettings.json", Line: 4, Content: "{\n  \"Vipps\": {\n    \"ClientId\": \"f141c066-619f-4d6d-8a5c-538261b0f9ff\",\n    \"ClientSecret\": \"aBc8Q~Zp3Vw9LmT_qR2sXyN7uK.4fGh1JdE0oHtC\"\n  }\n}\n"},
			{Path: "payments.php", Line: 2, Content: "<?php\n$vipps_secret = '7U2N52TCUwOjtvWV_z9eP3DzXuIFgh9Po-GamQg2kKk=';\n"},
			{Path: "db/wp_options.sql", Line: 1, Content: "INSERT INTO `wp_options` VALUES (812,'woocommerce_vipps_settings','a:3:{s:9:\"client_id\";s:36:\"a7ccbd9a-a990-4d04-9eb6-2875ba7a8d9f\";s:13:\"client_secret\";s:24:\"vurgbq60O2an0pTUOBQjKA==\";s:7:\"enabled\";s:3:\"yes\";}','yes');\n"},
		},
		Negatives: []Sample{
			{Path: ".env.example", Content: "VIPPS_CLIENT_ID=YOUR-CLIENT-ID\nVIPPS_CLIENT_SECRET=your_client_secret_here\n"},
			{Path: "docs/keys.md", Content: "| `client_secret` | Base64 | Y8Kteew6GE3ZmeycEt6egg== | the password for api.vipps.no |\n"},
			{Path: "config/azure.yml", Content: "azure_ad:\n  tenant: contoso\n  authority: https://login.microsoftonline.com/contoso\n  client_secret: aBc8Q~Zp3Vw9LmT_qR2sXyN7uK.4fGh1JdE0oHtC\n"},
			{Path: "package-lock.json", Content: "{\"name\":\"vipps-shop\",\"packages\":{\"node_modules/x\":{\"integrity\":\"sha1-7rem3L77OxMm4iYDbjusAvf6nLk=\"}}}\n"},
			{Path: "app/etc/env.php", Content: "<?php\n// vipps payment settings, encrypted by Magento\n'payment/vipps/client_secret' => '0:3:WAWaB27SsyM5HC1PY0Pmdg==nbL/TdsAISC+8v1Upc1AGQ==',\n"},
			{Path: "k8s/deploy.yaml", Content: "# vipps integration\nenv:\n  - name: VIPPS_CLIENT_SECRET\n    valueFrom:\n      secretKeyRef: {name: vipps, key: client_secret}\n"},
			{Path: "settings.py", Content: "# Vipps\nVIPPS_CLIENT_SECRET = os.environ[\"VIPPS_CLIENT_SECRET\"]\nSECRET_KEY = \"tQKcdgEBe3MmBKwcdAfVdYhhJLKs6zZpH3gqXyNOng0=\"\n"},
			{Path: "oauth.go", Content: "package oauth\n\n// google sign-in, unrelated to payments\nvar googleClientSecret = \"7rem3L77OxMm4iYDbjusAvf6nLk=\"\n"},
		},
	}
}
