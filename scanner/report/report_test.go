package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"WAWaB27SsyM5HC1PY0Pmdg==": "WAWa…(24 chars)",
		"212345":                   "2…(6 chars)",
		"ab":                       "…(2 chars)",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUTF16Col(t *testing.T) {
	line := []byte("æø😀=x\xffy")
	// æ and ø are 2 bytes and 1 unit each, 😀 is 4 bytes and 2 units, \xff is 1 and 1.
	for byteCol, want := range map[int]int{1: 1, 3: 2, 5: 3, 9: 5, 10: 6, 11: 7, 12: 8, 99: 9} {
		if got := UTF16Col(line, byteCol); got != want {
			t.Errorf("UTF16Col(%d) = %d, want %d", byteCol, got, want)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	var b bytes.Buffer
	r := &Run{Findings: []Finding{{RuleID: "vipps-client-secret", Level: "error", Message: "100% bad\nsecond line",
		Location: Location{Path: "a,b:c.env", Line: 2, Col: 3, EndLine: 2, EndCol: 9}}}}
	if err := Write(&b, "github", r); err != nil {
		t.Fatal(err)
	}
	want := "::error file=a%2Cb%3Ac.env,line=2,col=3,endLine=2,endColumn=9,title=vipps client_secret in source or config::100%25 bad%0Asecond line [vipps-client-secret]\n"
	if b.String() != want {
		t.Errorf("got  %q\nwant %q", b.String(), want)
	}
}

func TestSARIFClean(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, "sarif", &Run{Root: "/repo"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"results": []`, `"uri": "file:///repo/"`, `"security-severity": "9.1"`, `"columnKind": "utf16CodeUnits"`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("clean SARIF lacks %s", want)
		}
	}
	if err := Write(&b, "xml", &Run{}); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestLoadBaseline(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"a.json":  `{"findings":[{"fingerprint":"aa"},{"fingerprint":"bb"}]}`,
		"a.sarif": `{"version":"2.1.0","runs":[{"results":[{"partialFingerprints":{"vippslint/v1":"aa"}},{"partialFingerprints":{"other/v1":"cc"}}]}]}`,
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		fps, err := LoadBaseline(p)
		if err != nil || !fps["aa"] || fps["cc"] {
			t.Errorf("%s: %v %v", name, fps, err)
		}
	}
	for content, want := range map[string]string{"not json": "not a vippslint JSON or SARIF report", `{"other":1}`: "no findings or SARIF runs"} {
		p := filepath.Join(dir, "bad.json")
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadBaseline(p); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("LoadBaseline(%q) = %v, want %q", content, err, want)
		}
	}
}
