package scanner

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"

	"github.com/vippslint/vippslint/rules"
)

func encodeUTF16(s string, bigEndian, bom bool) []byte {
	var out []byte
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		if bigEndian {
			out = binary.BigEndian.AppendUint16(out, u)
		} else {
			out = binary.LittleEndian.AppendUint16(out, u)
		}
	}
	return out
}

// The keys are random fakes generated for this test.
const (
	utf16Env = "# Vipps (Windows)\r\nVIPPS_CLIENT_ID=6c1f0a9e-4b7d-4e2a-9f35-d08b7e1c2a64\r\nVIPPS_CLIENT_SECRET=Rk3vT9pQ2mXw7LzB0nYc5A==\r\nVIPPS_SUBSCRIPTION_KEY=9e4b1c7d2a8f03e6b5d94c1a7f2e8b03\r\n"
	// The twin: the same file with placeholders.
	utf16EnvTwin = "# Vipps (Windows)\r\nVIPPS_CLIENT_ID=<client id>\r\nVIPPS_CLIENT_SECRET=your-client-secret\r\nVIPPS_SUBSCRIPTION_KEY=<subscription key>\r\n"
)

// TestDecodedEncodings scans a .env saved as UTF-16 (LE and BE, with and
// without a BOM) and as UTF-8 with a BOM: the secret is found on its line,
// at its byte column in the original file; the placeholder twin is clean.
func TestDecodedEncodings(t *testing.T) {
	e := New(Options{})
	secretCol := len("VIPPS_CLIENT_SECRET=") + 1 // in UTF-8
	for _, c := range []struct {
		name    string
		enc     func(string) []byte
		wantCol int // byte column of the secret in the original line 3
	}{
		{"utf-16le with bom", func(s string) []byte { return encodeUTF16(s, false, true) }, 2*(secretCol-1) + 1},
		{"utf-16le without bom", func(s string) []byte { return encodeUTF16(s, false, false) }, 2*(secretCol-1) + 1},
		{"utf-16be with bom", func(s string) []byte { return encodeUTF16(s, true, true) }, 2*(secretCol-1) + 1},
		{"utf-16be without bom", func(s string) []byte { return encodeUTF16(s, true, false) }, 2*(secretCol-1) + 1},
		{"utf-8 with bom", func(s string) []byte { return append([]byte{0xEF, 0xBB, 0xBF}, s...) }, secretCol},
	} {
		t.Run(c.name, func(t *testing.T) {
			content := c.enc(utf16Env)
			if IsBinary(content) {
				t.Fatal("UTF-16 text taken for binary")
			}
			var found bool
			for _, f := range e.Scan(".env", content) {
				if f.RuleID == rules.IDClientSecret {
					found = true
					if f.Location.Line != 3 || f.Location.Col != c.wantCol {
						t.Errorf("secret at %d:%d, want 3:%d", f.Location.Line, f.Location.Col, c.wantCol)
					}
				}
			}
			if !found {
				t.Error("no vipps-client-secret")
			}
			if fs := e.Scan(".env", c.enc(utf16EnvTwin)); len(fs) != 0 {
				t.Errorf("placeholder twin reported: %v", fs)
			}
		})
	}
}

// TestDecodedFirstLine: a BOM shifts the byte columns of the first line.
func TestDecodedFirstLine(t *testing.T) {
	line := "VIPPS_CLIENT_SECRET=Rk3vT9pQ2mXw7LzB0nYc5A==\n"
	for _, c := range []struct {
		content []byte
		col     int
	}{
		{encodeUTF16(line, false, true), 2 + 2*20 + 1},
		{encodeUTF16(line, false, false), 2*20 + 1},
		{append([]byte{0xEF, 0xBB, 0xBF}, line...), 3 + 20 + 1},
	} {
		fs := New(Options{}).Scan("vipps.env", c.content)
		if len(fs) == 0 || fs[0].Location.Line != 1 || fs[0].Location.Col != c.col {
			t.Errorf("got %v, want 1:%d", fs, c.col)
		}
	}
}

// TestBinaryStaysBinary: NULs that are not UTF-16's keep a file binary.
func TestBinaryStaysBinary(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00\x5c\x72\xa8\x66")
	if !IsBinary(png) {
		t.Error("a PNG header is not binary")
	}
	if IsBinary([]byte(utf16Env)) {
		t.Error("plain text is binary")
	}
}

// TestWalkUTF16 scans a UTF-16 .env from disk: it is decoded, not skipped
// as binary.
func TestWalkUTF16(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".env"), encodeUTF16(utf16Env, false, true), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".env.example"), encodeUTF16(utf16EnvTwin, false, false), 0o600); err != nil {
		t.Fatal(err)
	}
	res := New(Options{}).Walk(context.Background(), []string{dir}, WalkOptions{Root: dir})
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Location.Path+":"+f.RuleID)
	}
	if len(res.Notices) != 0 || res.Stats.Skipped != 0 {
		t.Errorf("notices %v, skipped %d", res.Notices, res.Stats.Skipped)
	}
	want := map[string]bool{".env:" + rules.IDClientSecret: true, ".env:" + rules.IDSubscriptionKey: true, ".env:" + rules.IDCredentialSet: true}
	for _, g := range got {
		if !want[g] && g != ".env:"+rules.IDClientID {
			t.Errorf("unexpected %s", g)
		}
		delete(want, g)
	}
	if len(want) > 0 {
		t.Errorf("missing %v (got %v)", want, got)
	}
}

// TestDecodedStrayNUL: BOM-less UTF-16 with a character whose code unit
// has a NUL in the other byte (一 is U+4E00) is still UTF-16; its twin,
// the same bytes with NULs in both places as binary formats have, is not.
func TestDecodedStrayNUL(t *testing.T) {
	text := "# 一 Vipps 😀\r\n" + utf16Env
	for _, big := range []bool{false, true} {
		content := encodeUTF16(text, big, false)
		if enc, _ := detectEncoding(content); enc != encUTF16LE && enc != encUTF16BE {
			t.Errorf("big-endian %v: detected %v", big, enc)
		}
		var found bool
		for _, f := range New(Options{}).Scan(".env", content) {
			found = found || (f.RuleID == rules.IDClientSecret && f.Location.Line == 4)
		}
		if !found {
			t.Errorf("big-endian %v: no secret on line 4", big)
		}
		mixed := append([]byte(nil), content...)
		for i := 0; i < len(mixed); i += 8 { // a NUL on the other side every fourth unit
			mixed[i+b2i(big)] = 0
		}
		if !IsBinary(mixed) {
			t.Errorf("big-endian %v: NULs on both sides taken for UTF-16", big)
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
