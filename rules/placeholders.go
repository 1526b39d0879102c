package rules

import "strings"

// DocExamples are the example keys of the Vipps MobilePay documentation
// (../shared/seeds): they are published, so they are never leaks.
var docExamples = map[string]bool{
	"fb492b5e-7907-4d83-bc20-c7fb60ca35de": true,
	"fb492b5e-7907-4d83-ba20-c7fb60ca35de": true,
	"y8kteew6ge3zmeycet6egg==":             true,
	"y8kteew6ge2zmeycet6egg==":             true,
	"0f14ebcab0eb4b29ae0cb90d91b4a84a":     true,
	"0f14ebcab0ec4b29ae0cb90d91b4a84a":     true,
	"123456":                               true,
	"654321":                               true,
}

// IsDocExample reports whether v is one of the documentation's example keys.
func IsDocExample(v string) bool { return docExamples[strings.ToLower(v)] }

var placeholderWords = []string{
	"your", "xxxx", "changeme", "change_me", "change-me", "replace", "example", "sample", "dummy",
	"placeholder", "insert", "redacted", "secret_here", "key_here", "todo", "fixme", "notreal",
	"not_real", "not-real", "fake", "mock", "test_", "test-", "foobar", "lorem", "<", ">", "{{",
	"}}", "${", "%(", "***", "...", "…",
}

// IsPlaceholder reports whether v is a placeholder, a documentation example
// or a value too regular to be a generated key (00000000-0000-...,
// 0123456789abcdef..., aaaa...).
func IsPlaceholder(v string) bool {
	if v == "" || IsDocExample(v) {
		return true
	}
	l := strings.ToLower(v)
	for _, w := range placeholderWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	core := strings.Map(func(r rune) rune {
		if r == '-' || r == '=' {
			return -1
		}
		return r
	}, l)
	if len(core) >= 8 {
		if distinct(core) <= 4 || periodic(core) || sequential(core) {
			return true
		}
	}
	if len(core) >= 16 && Entropy(core) < 2.8 {
		return true // 11111111-2222-3333-4444-555555555555
	}
	if IsGUID(v) && strings.Trim(core, "0123456789") == "" {
		return true // a random GUID without a letter: about 1 in 3 million
	}
	if len(v) >= 22 && !IsGUID(v) && !IsSubscriptionKey(v) {
		// Base64 of readable text ("dGVzdC1zZWNyZXQtMTIzNA==") is made by a
		// person; a generated secret is random bytes.
		if b, ok := DecodeBase64(v); ok && len(b) >= 12 && readable(b) {
			return true
		}
	}
	return false
}

// readable reports whether every byte is printable ASCII.
func readable(b []byte) bool {
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

// fakeNames in a credential's name mark a test double, not a key.
var fakeNames = []string{"fake", "dummy", "mock", "stub", "example", "sample", "placeholder", "bogus"}

// NameIsFake reports whether a normalized name says its value is a fake.
func NameIsFake(n string) bool {
	for _, w := range fakeNames {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// periodic reports whether s repeats a unit of at most 8 bytes.
func periodic(s string) bool {
	for p := 1; p <= 8 && p*2 <= len(s); p++ {
		ok := true
		for i := p; i < len(s); i++ {
			if s[i] != s[i-p] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// sequential reports whether at least half of s is made of ascending runs
// of four or more, such as 0123456789abcdef or 12345678-1234-1234-...
func sequential(s string) bool {
	covered, run := 0, 1
	for i := 1; i <= len(s); i++ {
		if i < len(s) && (s[i] == s[i-1]+1 || s[i-1] == '9' && (s[i] == 'a' || s[i] == '0')) {
			run++
			continue
		}
		if run >= 4 {
			covered += run
		}
		run = 1
	}
	return covered*2 >= len(s)
}

// IsReference reports whether a value is a reference to a secret, not the
// secret: a secret store, an encrypted config value, an environment lookup
// or a template expression.
func IsReference(v string) bool {
	l := strings.ToLower(strings.TrimSpace(v))
	for _, p := range []string{
		"${", "$(", "{{", "%", "@microsoft.keyvault", "arn:aws:secretsmanager", "arn:aws:ssm",
		"vault:", "enc(", "enc[", "$ansible_vault", "op://", "secretref:", "secretkeyref",
		"ref+", "sm://", "gcp:secretmanager", "projects/", "awskms:", "azurekeyvault", "aqicah",
		"0:3:", "0:2:", "1:3:", "env(", "process.env", "os.getenv", "os.environ", "getenv(",
		"environment.getenvironmentvariable", "env[", "env.fetch",
	} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}
