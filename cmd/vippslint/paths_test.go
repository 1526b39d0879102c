package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScanMissingPathAmongOthers: a missing path among several is an error
// that names it (exit 2), and the findings of the other paths are still
// reported.
func TestScanMissingPathAmongOthers(t *testing.T) {
	dir := t.TempDir()
	leak := "VIPPS_CLIENT_ID=5a8adbf6-31eb-425e-92c5-efd41b555aa9\nVIPPS_CLIENT_SECRET=KYBBsmThYgUY8gFKh/29pJ+tbN9l84ylsXtHARCroH0=\nVIPPS_SUBSCRIPTION_KEY=3ac77ba67d127f754d04e05ce72f63ee\n"
	if err := os.WriteFile(filepath.Join(dir, "app.env"), []byte(leak), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.env")
	for _, args := range [][]string{
		{"scan", "--color", "never", missing, dir},
		{"scan", "--color", "never", dir, missing},
	} {
		code, out, stderr := runCLI(t, args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if !strings.Contains(stderr, "missing.env") {
			t.Errorf("%v: stderr does not name the missing path: %s", args, stderr)
		}
		if !strings.Contains(out, "app.env:2:") || !strings.Contains(out, "vipps-client-secret") {
			t.Errorf("%v: the other path's findings are missing:\n%s", args, out)
		}
	}
}
