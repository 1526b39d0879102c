package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	c, err := Parse([]byte("merchant_visible:\n  - \"portal/**\"\nexclude: [\"vendor/**\"]\nmax_file_size: 2MiB\ndisable: [vipps-client-id]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.MaxFileSize != 2<<20 || !c.Excluded("vendor/a/b.go") || c.Excluded("src/a.go") || !c.Disabled("vipps-client-id") {
		t.Errorf("config = %+v", c)
	}
	c.Rebase("sub/dir")
	if !c.Excluded("sub/dir/vendor/x") || c.Excluded("vendor/x") || c.MerchantVisible[0] != "sub/dir/portal/**" {
		t.Errorf("rebased config = %+v", c)
	}
	if c, err := Parse(nil); err != nil || c.MaxFileSize != DefaultMaxFileSize {
		t.Errorf("empty config: %+v, %v", c, err)
	}
	for in, want := range map[string]string{
		"exclude:\n  - ok/**\nmerchant_visibel: [x]\n": `line 3: unknown setting "merchant_visibel" (want one of merchant_visible`,
		"exclude:\n  - \"a/[b\"\n":                     `line 2: bad glob "a/[b"`,
		"disable:\n  - vipps-nope\n":                   `line 2: disable: unknown rule "vipps-nope"`,
		"max_file_size: lots\n":                        `line 1: bad size "lots"`,
		"exclude: [\n":                                 "line 1: did not find expected node content",
	} {
		if _, err := Parse([]byte(in)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) = %v, want an error with %q", in, err, want)
		}
	}
}

func TestLoadIgnore(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, ".vippslintignore")
	fp := "7e8452f58076246b39d6f576c0fca50a"
	if err := os.WriteFile(p, []byte("# reviewed\n"+fp+"  # fixture\nvendor/**\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ig, err := LoadIgnore(p)
	if err != nil {
		t.Fatal(err)
	}
	if !ig.Ignored("a.env", fp) || !ig.Ignored("vendor/x/.env", "other") || ig.Ignored("a.env", "other") {
		t.Errorf("ignore = %+v", ig)
	}
	if ig, err := LoadIgnore(filepath.Join(dir, "missing")); err != nil || ig.Ignored("a", fp) {
		t.Errorf("a missing ignore file is empty: %v %v", ig, err)
	}
	if err := os.WriteFile(p, []byte("ok/**\na/[b\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadIgnore(p); err == nil || !strings.Contains(err.Error(), ".vippslintignore:2: bad glob") {
		t.Errorf("bad glob error = %v", err)
	}
}
