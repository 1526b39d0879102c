package scanner

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/config"
	"github.com/vippslint/vippslint/scanner/report"
)

// utf16Encodings are the ways Windows editors save text that the stream
// decodes, with the size of each one's BOM.
var utf16Encodings = []struct {
	name      string
	bigEndian bool
	bom       bool
}{
	{"utf-16le with bom", false, true},
	{"utf-16le without bom", false, false},
	{"utf-16be with bom", true, true},
	{"utf-16be without bom", true, false},
}

// TestStreamUTF16MatchesWholeFile: a log over the stream threshold saved
// as UTF-16 is decoded block by block, and its findings are those of the
// same file decoded whole, at the same lines and original byte columns:
// a set on the first line (the BOM shifts its columns), one across a block
// boundary, one after non-ASCII text and one at the end.
func TestStreamUTF16MatchesWholeFile(t *testing.T) {
	var next int
	text := string(bigLog(3<<20, func(i, off int) string {
		switch {
		case i == 0:
			return "VIPPS_CLIENT_SECRET=" + fakeSecret + " ø€😀\n" + keySet(i)
		case off >= next && off > 1<<20 && off < 2<<20:
			next = (off/streamBlock + 3) * streamBlock
			// In UTF-16 the text doubles: a block boundary of the file
			// is at half a block of this text.
			if h := streamBlock / 2; h-off%h < 150 {
				return keySet(i)
			}
		case i == 25000:
			return "Blåbærsyltetøy 😀 vipps " + keySet(i)
		}
		return ""
	}))
	text += "VIPPS_SUBSCRIPTION_KEY=" + fakeKey // no final newline
	e := New(Options{})
	for _, c := range utf16Encodings {
		t.Run(c.name, func(t *testing.T) {
			content := encodeUTF16(text, c.bigEndian, c.bom)
			if len(content) <= StreamThreshold {
				t.Fatalf("fixture of %d bytes is not over the stream threshold", len(content))
			}
			whole := e.Scan("logs/app.log", content)
			report.Sort(whole)
			if len(whole) < 10 {
				t.Fatalf("the fixture has only %d findings", len(whole))
			}
			if x, _ := e.indexStream(bytes.NewReader(content), 0); x.enc == encPlain || len(x.windows()) < 2 {
				t.Fatalf("the fixture is read as %v in %d windows, want UTF-16 in several", x.enc, len(x.windows()))
			}
			streamed := streamScan(t, e, "logs/app.log", content)
			sameFindings(t, whole, streamed)
			if f := streamed[0]; f.RuleID != rules.IDClientSecret || f.Location.Line != 1 || f.Location.Col != 2*20+1+bomLen(c.bom) {
				t.Errorf("first finding %s at %d:%d, want %s at 1:%d", f.RuleID, f.Location.Line, f.Location.Col, rules.IDClientSecret, 2*20+1+bomLen(c.bom))
			}
		})
	}
}

func bomLen(bom bool) int {
	if bom {
		return 2
	}
	return 0
}

// TestStreamUTF16LongLine: a key in the middle of one line longer than any
// window, after non-ASCII text and a surrogate pair, in UTF-16: found at
// its true line and original byte column.
func TestStreamUTF16LongLine(t *testing.T) {
	filler := strings.Repeat("var a='ø';", (3<<20)/10)
	mid := len(filler) / 2
	line := filler[:mid] + `/*😀*/vipps={client_id:"` + fakeID + `",client_secret:"` + fakeSecret + `"};` + filler[mid:]
	e := New(Options{})
	for _, c := range utf16Encodings {
		content := encodeUTF16("// bundle\n"+line+"\n", c.bigEndian, c.bom)
		whole := e.Scan("dist/app.js", content)
		report.Sort(whole)
		if len(whole) == 0 {
			t.Fatalf("%s: the fixture has no finding", c.name)
		}
		streamed := streamScan(t, e, "dist/app.js", content)
		if !reflect.DeepEqual(locations(whole), locations(streamed)) {
			t.Errorf("%s: whole %v, streamed %v", c.name, locations(whole), locations(streamed))
		}
	}
}

func locations(fs []report.Finding) []report.Location {
	var out []report.Location
	for _, f := range fs {
		out = append(out, f.Location)
	}
	return out
}

// TestWalkLargeUTF16: files over the stream threshold on disk. A UTF-16 LE
// log with a key set (with and without a BOM) is found at the set's lines;
// its twin without keys has no finding and is not skipped; a binary file
// of the same size is still skipped, with a notice.
func TestWalkLargeUTF16(t *testing.T) {
	if testing.Short() {
		t.Skip("writes files of 12 MiB")
	}
	const at = 40000 // filler line before which the set is planted
	withSet := string(bigLog(6<<20, func(i, _ int) string {
		if i == at {
			return keySet(i)
		}
		return ""
	}))
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
		return filepath.Join(dir, name)
	}
	bin := make([]byte, 6<<20)
	_, _ = rand.NewChaCha8([32]byte{1}).Read(bin)
	copy(bin, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")        // a NUL in the head, and not UTF-16's pattern
	copy(bin[3<<20:], encodeUTF16(keySet(0), false, false)) // even a key set in it is not looked for
	cases := []struct {
		path  string
		found bool
	}{
		{write("bom.log", encodeUTF16(withSet, false, true)), true},
		{write("nobom.log", encodeUTF16(withSet, false, false)), true},
		{write("quiet.log", encodeUTF16(string(bigLog(6<<20, nil)), false, true)), false},
		{write("quiet-nobom.log", encodeUTF16(string(bigLog(6<<20, nil)), false, false)), false},
	}
	o := WalkOptions{Root: dir, Config: &config.Config{MaxFileSize: 1 << 30}, Workers: 1}
	for _, c := range cases {
		res := New(Options{}).Walk(context.Background(), []string{c.path}, o)
		if res.Errors != 0 || res.Stats.Files != 1 || res.Stats.Skipped != 0 || len(res.Notices) != 0 {
			t.Errorf("%s: errors %d, stats %+v, notices %+v", c.path, res.Errors, res.Stats, res.Notices)
		}
		got := map[string]int{}
		for _, f := range res.Findings {
			got[f.RuleID] = f.Location.Line
		}
		want := map[string]int{}
		if c.found {
			want = map[string]int{rules.IDClientID: at + 1, rules.IDClientSecret: at + 2, rules.IDSubscriptionKey: at + 3, rules.IDCredentialSet: at + 2}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: findings at %v, want %v", c.path, got, want)
		}
	}
	p := write("blob.dat", bin)
	res := New(Options{}).Walk(context.Background(), []string{p}, o)
	if len(res.Findings) != 0 || res.Stats.Skipped != 1 || len(res.Notices) != 1 || res.Notices[0].Message != "binary file skipped" {
		t.Errorf("binary: findings %v, stats %+v, notices %+v", res.Findings, res.Stats, res.Notices)
	}
}

// TestStreamBOMBlockBoundary: with a BOM, the blocks stay where they are
// in the file. A line break right at a block boundary, in the block where
// a window starts, is counted once: the key set after it is at its true
// line, in UTF-16 and in UTF-8 with a BOM.
func TestStreamBOMBlockBoundary(t *testing.T) {
	const k = 10 // the window starts at block k
	for _, c := range []struct {
		name   string
		unit   int // bytes per character of ASCII text
		bom    int
		encode func(string) []byte
		nl     string // the line break as stored
	}{
		{"utf-16le with bom", 2, 2, func(s string) []byte { return encodeUTF16(s, false, true) }, "\n\x00"},
		{"utf-16be with bom", 2, 2, func(s string) []byte { return encodeUTF16(s, true, true) }, "\x00\n"},
		{"utf-8 with bom", 1, 3, func(s string) []byte { return append([]byte{0xEF, 0xBB, 0xBF}, s...) }, "\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			at := (k*streamBlock - c.bom) / c.unit // the character at the boundary
			var b strings.Builder
			for i := 0; b.Len() < at-200; i++ {
				b.WriteString(logLine(i))
			}
			b.WriteString(strings.Repeat("x", at-b.Len()) + "\n") // its line break is at the boundary
			for i := 0; b.Len() < at+4*streamBlock/c.unit+1000; i++ {
				b.WriteString(logLine(i))
			}
			b.WriteString(keySet(0))
			for i := 0; b.Len() < at+12*streamBlock/c.unit; i++ {
				b.WriteString(logLine(i))
			}
			content := c.encode(b.String())
			if got := string(content[k*streamBlock : k*streamBlock+c.unit]); got != c.nl {
				t.Fatalf("%q at the boundary, want the line break", got)
			}
			e := New(Options{})
			x, _ := e.indexStream(bytes.NewReader(content), 0)
			if ws := x.windows(); len(ws) != 1 || ws[0].lo != k {
				t.Fatalf("windows %+v, want one from block %d", ws, k)
			}
			whole := e.Scan("logs/app.log", content)
			report.Sort(whole)
			if len(whole) < 3 {
				t.Fatalf("the fixture has %d findings", len(whole))
			}
			sameFindings(t, whole, streamScan(t, e, "logs/app.log", content))
		})
	}
}
