package rules

import (
	"crypto/sha256"
	_ "embed" // docexamples.txt
	"encoding/hex"
	"strings"
	"sync"
)

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

// docExampleHashes are the SHA-256 hashes (of the lowercased value) of the
// key-shaped values in Vipps MobilePay's public documentation, API guides,
// SDK docs and MobilePay developer docs; the file's header names each
// repository and commit. Regenerate with ./internal/gendocexamples.
//
//go:embed docexamples.txt
var docExampleHashes string

// docExampleSet parses docExampleHashes once.
var docExampleSet = sync.OnceValue(func() map[[sha256.Size]byte]bool {
	m := map[[sha256.Size]byte]bool{}
	for _, l := range strings.Split(docExampleHashes, "\n") {
		var h [sha256.Size]byte
		if b, err := hex.DecodeString(strings.TrimSpace(l)); err == nil && len(b) == sha256.Size {
			copy(h[:], b)
			m[h] = true
		}
	}
	return m
})

// IsDocExample reports whether v is one of the documentation's example
// keys: the seeds' examples, or any key-shaped value the official
// documentation shows. A published example is an example wherever it
// appears.
func IsDocExample(v string) bool {
	l := strings.ToLower(v)
	return docExamples[l] || inDocExampleHashes(l)
}

// inDocExampleHashes reports whether a lowercased value is on the list of
// the documentation's hashed examples.
func inDocExampleHashes(l string) bool { return docExampleSet()[sha256.Sum256([]byte(l))] }

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
	if MadeOfWords(v) {
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
	if len(core) >= 16 && Entropy(core) < maxPlaceholderEntropy {
		return true // 11111111-2222-3333-4444-555555555555
	}
	if IsGUID(v) && strings.Trim(core, "0123456789") == "" {
		return true // a random GUID without a letter: about 1 in 3 million
	}
	if len(v) >= 22 && !IsGUID(v) && !IsSubscriptionKey(v) {
		// Base64 of readable text ("dGVzdC1zZWNyZXQtMTIzNA==") is made by a
		// person; a generated secret is random bytes.
		// Legacy client secrets are Base64 of random letters and digits,
		// readable too: only text with punctuation or words, or without
		// the mix of cases and digits a random string has, is a person's.
		if b, ok := DecodeBase64(v); ok && len(b) >= 12 && readable(b) && !randomAlnum(string(b)) {
			return true
		}
	}
	return false
}

// maxPlaceholderEntropy is the entropy (bits per character) below which a
// key-shaped value of 16 characters or more is a pattern typed by a person
// (11111111-2222-3333-4444-555555555555), not a generated key.
const maxPlaceholderEntropy = 2.8

// Thresholds of MadeOfWords. A generated key split at its case changes
// falls into one- and two-letter pieces without vowels; words are longer.
const (
	minWordLetters  = 2 // every word has at least this many letters
	minWordsLetters = 8 // and all of them together at least this many
	maxWordDigits   = 3 // "base64", "sha256", "v2": a word may end in a few digits
	// minMeanWordLen is the least mean length of the words: "ApiKeyFromPortal"
	// has 3.8, a random "AbcdEfghIj" split at its case changes about 2.
	minMeanWordLen = 3.0
	// minKnownShare of the letters are in words of placeholderVocabulary:
	// a person describing a key uses a few of the same words.
	minKnownShare = 0.4
)

// MadeOfWords reports whether v is made of words, as a person writes a
// placeholder ("base64-encoded-secret-from-vipps", "SubscriptionKeyHere",
// "YOUR_CLIENT_SECRET"): pieces split at '-', '_', '.', ' ' and case
// changes, each of letters (all lower, all upper or capitalised, with a
// vowel unless a short acronym) followed by at most three digits. A key a
// machine generated is random and breaks into pieces that are not words.
func MadeOfWords(v string) bool {
	v = strings.TrimRight(v, "=")
	letters, words, known := 0, 0, 0
	for i := 0; i < len(v); {
		c := v[i]
		if isSep(c) {
			i++
			continue
		}
		// A word: [A-Z]+ not followed by [a-z] (an acronym), or [A-Z]?[a-z]+.
		// Only a separator or the start comes before a lowercase word;
		// without one it must be a camel-case capital.
		if isLower(c) && i > 0 && !isSep(v[i-1]) {
			return false
		}
		j := i
		for j < len(v) && isUpper(v[j]) {
			j++
		}
		switch {
		case j < len(v) && isLower(v[j]) && j-i <= 1:
			for j < len(v) && isLower(v[j]) {
				j++
			}
		case j < len(v) && isLower(v[j]):
			j-- // "APIKey": the last capital starts the next word
		}
		w := v[i:j]
		d := j
		for d < len(v) && '0' <= v[d] && v[d] <= '9' {
			d++
		}
		// A version ("v2") stands between separators.
		alone := (i == 0 || isSep(v[i-1])) && (d == len(v) || isSep(v[d]))
		version := len(w) == 1 && d > j && alone
		// A long word in capitals is SNAKE_CASE: separators on both sides.
		if len(w) > 4 && strings.ToUpper(w) == w && !alone {
			return false
		}
		if !version && (len(w) < minWordLetters || !wordLike(w)) || d-j > maxWordDigits {
			return false
		}
		letters += len(w)
		words++
		if placeholderVocabulary[strings.ToLower(w)] {
			known += len(w)
		}
		i = d
	}
	return float64(known) >= minKnownShare*float64(letters) && letters >= minWordsLetters && float64(letters)/float64(words) >= minMeanWordLen
}

// placeholderVocabulary are words that descriptive placeholders are made
// of; a value made of words needs at least one of them, so random pieces
// that happen to split like words ("udgqosc-Sfoeq") are not taken for one.
var placeholderVocabulary = wordSet(`
		secret secrets key keys client id token tokens access api password pass passwd pwd credential credentials
		subscription sub primary secondary webhook webhooks signing signature hmac auth bearer jwt
		your my our the a an here goes value from portal encoded base hex guid uuid string
		vipps mobilepay merchant serial number msn sales unit app application account
		insert put paste enter replace set use copy real actual prod production test testing dev
		development staging sandbox env environment local default example sample dummy fake mock
		placeholder demo generated random some super very long new old this that to for of in
		with and or goes apim ocp azure portal developer developers sha md`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// wordLike reports whether letters can be a word: a vowel, or a short
// acronym in capitals (API, URL, MSN).
func wordLike(w string) bool {
	if strings.ContainsAny(strings.ToLower(w), "aeiouy") {
		return true
	}
	return len(w) <= 4 && isUpper(w[0]) && strings.ToUpper(w) == w
}

func isSep(c byte) bool   { return c == '-' || c == '_' || c == '.' || c == ' ' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// randomAlnum reports whether s looks like a random string of letters and
// digits: nothing else, both cases, and no words.
func randomAlnum(s string) bool {
	var up, lo bool
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isUpper(c):
			up = true
		case isLower(c):
			lo = true
		case c < '0' || c > '9':
			return false
		}
	}
	// Digits are not required: 3% of random strings of 20 hold none.
	return up && lo && !MadeOfWords(s)
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
