package a

import "testing"

// Test files are skipped by default: no finding here.
func TestHeaders(t *testing.T) {
	cfg := Config{APISubscriptionKey: "3f7b2d9e5c1a8f4b6d0e2c7a9b1f5d3e"}
	_ = cfg
}
