package withtests

import "testing"

func TestHeaders(t *testing.T) {
	fakeSubscriptionKey := "5e8a1c3b9d7f2e4a6c8b0d1f3e5a7c9b"
	cfg := Config{ClientSecret: "test_secret", APISubscriptionKey: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
	_, _ = fakeSubscriptionKey, cfg
	realLooking := Config{APISubscriptionKey: "3f7b2d9e5c1a8f4b6d0e2c7a9b1f5d3e"} // want `vipps subscription key "3f7b…"`
	_ = realLooking
}
