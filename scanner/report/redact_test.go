package report

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// fakeKeys makes random values of every key shape (fresh fakes, never
// real keys): a GUID, 32 hex, Base64 of 16, 20 and 32 bytes (standard
// padded, URL-safe unpadded), the Q~ form and a JWT.
func fakeKeys(r *rand.Rand) map[string]string {
	bytesN := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.UintN(256))
		}
		return b
	}
	const tilde = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_~.-"
	var t strings.Builder
	for range 34 {
		t.WriteByte(tilde[r.IntN(len(tilde))])
	}
	g := hex.EncodeToString(bytesN(16))
	b64 := func(n int) string {
		for {
			s := base64.RawURLEncoding.EncodeToString(bytesN(n))
			if mixedOrDigit(s) {
				return s
			}
		}
	}
	return map[string]string{
		"guid":      fmt.Sprintf("%s-%s-%s-%s-%s", g[:8], g[8:12], g[12:16], g[16:20], g[20:]),
		"hex":       hex.EncodeToString(bytesN(16)),
		"b64-16":    base64.StdEncoding.EncodeToString(bytesN(16)),
		"b64-20":    base64.StdEncoding.EncodeToString(bytesN(20)),
		"b64-32":    base64.StdEncoding.EncodeToString(bytesN(32)),
		"raw-16":    b64(16),
		"raw-32":    b64(32),
		"tilde":     fmt.Sprintf("Ab%dQ~%s", r.IntN(10)+10, t.String())[:40],
		"jwt":       "eyJhbGciOiJSUzI1NiJ9." + base64.RawURLEncoding.EncodeToString(bytesN(60)) + "." + base64.RawURLEncoding.EncodeToString(bytesN(64)),
		"basic":     base64.StdEncoding.EncodeToString([]byte("0f8fad5b-d9cb-469f-a165-70867728950e:" + base64.StdEncoding.EncodeToString(bytesN(32)))),
		"hex-upper": strings.ToUpper(hex.EncodeToString(bytesN(16))),
	}
}

func TestRedactKeysEveryShape(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 50; i++ {
		for shape, k := range fakeKeys(r) {
			for _, line := range []string{
				k,
				"VIPPS_CLIENT_ID=x # old secret was " + k,
				`{"secret":"` + k + `","n":1}`,
				"client-secret-" + k,
				"https://api.example.no/x?key=" + k + "&y=1",
				"Authorization: Bearer " + k,
				"prefix." + k + ".",
			} {
				got := RedactKeys(line)
				if strings.Contains(got, k[:12]) || strings.Contains(got, k[len(k)-12:]) {
					t.Fatalf("%s: RedactKeys(%q) = %q keeps the key", shape, line, got)
				}
				if !strings.Contains(got, Redact(k)) && !strings.Contains(got, " chars)") {
					t.Fatalf("%s: RedactKeys(%q) = %q, want %q in it", shape, line, got, Redact(k))
				}
			}
		}
	}
}

// TestRedactKeysSlashFirst: an unpadded key that starts with a slash is
// still a key after "=", though path segments of that length are not.
func TestRedactKeysSlashFirst(t *testing.T) {
	k := base64.RawStdEncoding.EncodeToString([]byte{0xfc, 0x81, 0x9a, 0x37, 0x44, 0x0e, 0xb2, 0x6d, 0x15, 0xc9, 0x7a, 0x03, 0xee, 0x58, 0x21, 0x9f})
	if k[0] != '/' {
		t.Fatalf("fixture key %q does not start with a slash", k)
	}
	for _, line := range []string{"VIPPS_CLIENT_SECRET=" + k, `secret: "` + k + `"`} {
		if got := RedactKeys(line); strings.Contains(got, k[1:13]) {
			t.Errorf("RedactKeys(%q) = %q keeps the key", line, got)
		}
	}
}

func TestRedactKeysLeavesText(t *testing.T) {
	for _, s := range []string{
		"subscription_key = os.Getenv(\"VIPPS_SUBSCRIPTION_KEY\")",
		"commit 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b",                         // 40 hex: a git SHA
		"sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", // 64 hex
		"vipps client secret WAWa…(24 chars) bound to VIPPS_CLIENT_SECRET",
		"merchantSerialNumberFromQueryString", "thisisalowercaseidentifier",
		"path/to/some/file_name_that_is_long.go", "",
		// Go's temporary directories: a path segment of an unpadded Base64 length.
		`broken symlink to "/tmp/TestBadInput3769696928/001/nowhere" not scanned`,
		"/tmp/TestBadInput376969/001/x", "/tmp/x/TestBadInput376969692/y",
	} {
		if got := RedactKeys(s); got != s {
			t.Errorf("RedactKeys(%q) = %q, want it unchanged", s, got)
		}
	}
}

func TestExcerpt(t *testing.T) {
	key := "WAWaB27SsyM5HC1PY0Pmdg=="
	other := "Fb7kQ2pX9sLmN4vR8tYwZ1cD3eGhJ5kL0oPqRsTuVw8="
	// A short line: whole, trimmed, every key redacted.
	line := "  VIPPS_CLIENT_SECRET=" + key + " # old: " + other
	if got, want := Excerpt(line, 22, 46, nil, false), "VIPPS_CLIENT_SECRET=WAWa…(24 chars) # old: Fb7k…(44 chars)"; got != want {
		t.Errorf("short line: got %q, want %q", got, want)
	}
	if got := Excerpt(line, 22, 46, nil, true); got != strings.TrimSpace(line) {
		t.Errorf("--no-redact: got %q", got)
	}
	// A minified line: the window is centred on the finding, far from the start.
	pad := strings.Repeat("a=1;", 500)
	long := pad + "clientSecret:\"" + key + "\";" + pad
	s := len(pad) + len("clientSecret:\"")
	got := Excerpt(long, s, s+len(key), nil, false)
	if !strings.Contains(got, "clientSecret:\"WAWa…(24 chars)\"") || !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") || len(got) > SnippetMax+20 {
		t.Errorf("long line: got %q", got)
	}
	// A key that crosses the window's edge is redacted whole.
	edge := strings.Repeat("x", 150) + " id " + strings.Repeat(" ", 40) + other + strings.Repeat(" y", 200)
	got = Excerpt(edge, 150, 154, nil, false)
	if strings.Contains(got, other[:12]) || strings.Contains(got, "Fb7kQ2pX9") {
		t.Errorf("edge: key kept: %q", got)
	}
	// Extra spans (a detector's value that is not key-shaped) are redacted too.
	if got := Excerpt("webhook_secret=abcDEF123ghiJKL456", 15, 34, [][2]int{{15, 34}}, false); got != "webhook_secret=abcD…(18 chars)" {
		t.Errorf("extra span: got %q", got)
	}
}

func TestWriteRedactsEveryFormat(t *testing.T) {
	key := "Fb7kQ2pX9sLmN4vR8tYwZ1cD3eGhJ5kL0oPqRsTuVw8="
	r := &Run{Findings: []Finding{{RuleID: "vipps-client-id", Level: "note", Message: "unknown rule \"" + key + "\"",
		Location: Location{Path: "a.env", Line: 1, Col: 1, Snippet: "x # " + key},
		Related:  []Related{{Location: Location{Path: "a.env", Line: 2, Snippet: key}, Message: key}}}},
		Notices: []Notice{{Level: "error", Path: "a.env", Message: "bad " + key}}}
	for _, format := range Formats() {
		var b strings.Builder
		if err := Write(&b, format, r); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), key[:12]) {
			t.Errorf("%s output holds the key:\n%s", format, b.String())
		}
	}
	if r.Findings[0].Location.Snippet != "x # "+key {
		t.Error("Write changed the caller's run")
	}
	r.NoRedact = true
	var b strings.Builder
	if err := Write(&b, "json", r); err != nil || !strings.Contains(b.String(), "x # "+key) || strings.Contains(b.String(), "bad "+key) {
		t.Errorf("--no-redact: snippets in full, notices still redacted:\n%s", b.String())
	}
}

func TestRedactFragments(t *testing.T) {
	key := "kQavNYN/Q3Q7WhoMwB0Bla5GH2+wax5lSSdt4RgbADo="
	for msg, want := range map[string]string{
		"vipps access token eyJh…(160 chars) bound to wax5lSSdt4RgbADo": "vipps access token eyJh…(160 chars) bound to wax5…(16 chars)",
		"bound to VIPPS_CLIENT_SECRET":                                  "bound to VIPPS_CLIENT_SECRET",
		"bound to Q3Q7Wh":                                               "bound to Q3Q7Wh", // shorter than minFragment
	} {
		if got := RedactFragments(msg, []string{key}); got != want {
			t.Errorf("RedactFragments(%q) = %q, want %q", msg, got, want)
		}
	}
}
