//go:build !cgo

package main

import (
	"strings"
	"testing"
)

// TestNoCgoNotice: a binary built without cgo says once per scan, on
// stderr and in the JSON notices, that the parsed misuse checks are off.
func TestNoCgoNotice(t *testing.T) {
	code, out, stderr := runCLI(t, "scan", "--format", "json", "--config", "../../testdata/scan/.vippslint.yaml", "../../testdata/scan")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d (the leak rules still run): %s", code, exitFindings, stderr)
	}
	if n := strings.Count(stderr, "built without cgo"); n != 1 {
		t.Errorf("stderr has %d no-cgo notices, want 1:\n%s", n, stderr)
	}
	if n := strings.Count(out, "built without cgo"); n != 1 {
		t.Errorf("JSON report has %d no-cgo notices, want 1", n)
	}
}
