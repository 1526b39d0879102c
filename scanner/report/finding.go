// Package report is vippslint's findings model and its writers.
//
// A Finding is what every source (files, git blobs, the index, Go packages)
// produces and every writer consumes: text (vet style), JSON, SARIF 2.1.0
// for GitHub code scanning, and GitHub workflow commands. Writers know
// nothing about git or rules' detection logic; they print what a Finding
// holds. Secrets are redacted before they reach a Finding's printable
// fields; the raw value stays in Secret, which no writer prints.
package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Location is a place in a file. Path is slash-separated and relative to the
// report's root. Lines and columns are 1-based; Col and EndCol count bytes
// (as go vet does), ColUTF16 and EndColUTF16 count UTF-16 code units (as
// SARIF requires).
type Location struct {
	Path        string `json:"path"`
	Line        int    `json:"line"`
	Col         int    `json:"column"`
	EndLine     int    `json:"endLine"`
	EndCol      int    `json:"endColumn"`
	ColUTF16    int    `json:"-"`
	EndColUTF16 int    `json:"-"`
	// Snippet is the (redacted) text of the line.
	Snippet string `json:"snippet,omitempty"`
}

// Related is a secondary location of a finding, such as the other parts of
// a key set.
type Related struct {
	Location Location `json:"location"`
	Message  string   `json:"message"`
}

// CredentialSet is a complete key set found together, for verification.
type CredentialSet struct {
	ClientID        string `json:"-"`
	ClientSecret    string `json:"-"`
	SubscriptionKey string `json:"-"`
	MSN             string `json:"-"`
	// Env is "test", "production" or "" when the context does not say.
	Env string `json:"env,omitempty"`
	// Management is true for management or accounting keys (/miami/v1/token).
	Management bool `json:"management,omitempty"`
}

// Finding is one result.
type Finding struct {
	// Repository names the repository of a multi-repository history scan
	// (see Run.Parts); "" otherwise.
	Repository string    `json:"repository,omitempty"`
	RuleID     string    `json:"rule"`
	Level      string    `json:"level"`
	Message    string    `json:"message"`
	Location   Location  `json:"location"`
	Related    []Related `json:"related,omitempty"`
	// Fingerprint is content-based: it survives line moves and changes when
	// the secret changes. It never contains the secret.
	Fingerprint string `json:"fingerprint"`
	// Secret is the raw value; writers never print it.
	Secret string         `json:"-"`
	Set    *CredentialSet `json:"-"`
	// Verification is "valid", "invalid" or "unknown" when --verify ran.
	Verification string `json:"verification,omitempty"`
	// Properties are extra SARIF result properties (commit, author, date,
	// lastCommit, presentAtHead, refs, ...).
	Properties map[string]any `json:"properties,omitempty"`
}

// Redact keeps a short prefix of a secret and its length.
func Redact(s string) string {
	n := utf8.RuneCountInString(s)
	keep := 4
	if n < 12 {
		keep = n / 4
	}
	r := []rune(s)
	return fmt.Sprintf("%s…(%d chars)", string(r[:keep]), n)
}

// SecretFingerprint is the fingerprint of a value finding: the rule and the
// secret, hashed.
func SecretFingerprint(rule, secret string) string {
	sum := sha256.Sum256([]byte("vippslint/v1\x00" + rule + "\x00" + secret))
	return hex.EncodeToString(sum[:16])
}

// IsFingerprint reports whether s has the form of a fingerprint as the
// writers print them: 32 lowercase hex digits.
func IsFingerprint(s string) bool {
	if len(s) != 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// LineFingerprint is the fingerprint of a misuse finding: the rule, the file
// and the line's text without leading and trailing space, hashed.
func LineFingerprint(rule, path, line string) string {
	sum := sha256.Sum256([]byte("vippslint/v1\x00" + rule + "\x00" + path + "\x00" + strings.TrimSpace(line)))
	return hex.EncodeToString(sum[:16])
}

// Sort orders findings by path, line, column and rule.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i].Location, fs[j].Location
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return fs[i].RuleID < fs[j].RuleID
	})
}

// UTF16Col converts a 1-based byte column in line to a 1-based UTF-16
// column. Invalid UTF-8 bytes count as one unit each.
func UTF16Col(line []byte, byteCol int) int {
	if byteCol <= 1 {
		return 1
	}
	if byteCol-1 > len(line) {
		byteCol = len(line) + 1
	}
	units := 0
	b := line[:byteCol-1]
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		b = b[size:]
	}
	return units + 1
}
