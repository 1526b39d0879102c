package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

// TestVersion: only a build of a release tag says that release; a build
// from a clone (no tag exists yet) says it is a development build and of
// which commit, so --version never names a release that does not exist.
func TestVersion(t *testing.T) {
	for _, c := range []struct {
		main     string
		settings map[string]string
		want     string
	}{
		{"v0.1.0", nil, "0.1.0"},
		{"v1.2.3", nil, "1.2.3"},
		{"(devel)", nil, "0.1.0-dev"},
		{"", nil, "0.1.0-dev"},
		{"v0.0.0-20261204203541-826abe7d6a8c", map[string]string{"vcs.revision": "826abe7d6a8c0123456789abcdef012345678901"}, "0.1.0-dev+826abe7d6a8c"},
		{"v0.0.0-20261204203541-826abe7d6a8c+dirty", map[string]string{"vcs.revision": "826abe7d6a8c0123456789abcdef012345678901", "vcs.modified": "true"}, "0.1.0-dev+826abe7d6a8c.dirty"},
		{"v1.2.4-0.20261204203541-826abe7d6a8c", nil, "0.1.0-dev"},
	} {
		bi := &debug.BuildInfo{Main: debug.Module{Version: c.main}}
		for k, v := range c.settings {
			bi.Settings = append(bi.Settings, debug.BuildSetting{Key: k, Value: v})
		}
		if got := versionOf(bi); got != c.want {
			t.Errorf("versionOf(%q, %v) = %q, want %q", c.main, c.settings, got, c.want)
		}
	}
	code, out, _ := runCLI(t, "--version")
	if code != exitClean || !strings.HasPrefix(out, "vippslint 0.1.0-dev") {
		t.Errorf("--version of a test build: exit %d %q, want a development version", code, out)
	}
}
