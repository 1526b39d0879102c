package config

import "testing"

func TestLoad(t *testing.T) {
	t.Setenv("VIPPS_PARTNER_CLIENT_ID", "86c24835-7b5d-4c7a-91c8-d3dce05f96f1")
	t.Setenv("VIPPS_PARTNER_CLIENT_SECRET", "kX73MUAesDybhvA9j4ks9BvQxZ/i9StKA7tRmmLvlWY=")
	t.Setenv("VIPPS_PARTNER_SUBSCRIPTION_KEY", "babfe97f9b5848b0cdcff2bd044dca69")
	p := Load()
	if p.SubscriptionKey != "babfe97f9b5848b0cdcff2bd044dca69" {
		t.Fatalf("subscription key not loaded")
	}
}
