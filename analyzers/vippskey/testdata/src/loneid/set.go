package loneid

// A set: the client_id is reported beside its secret and subscription
// key, and both name it as a related location.
var merchant = Config{
	ClientID:        "9d2e5a71-c4b8-4f36-a0e7-3b6f1c8d2e94",         // want `vipps client id "9d2e…"`
	ClientSecret:    "GgG2uvFpE1f5Wz4adMnEnDSNRCQ3v7MwPegWxu4h4FE=", // want `vipps client secret "GgG2…" \(44 chars\) in "ClientSecret" with the client_id of its set in "ClientID" on line 6;`
	SubscriptionKey: "afc2ef00228ac62073b55211b3e9ef22",             // want `vipps subscription key "afc2…" \(32 chars\) in "SubscriptionKey" with the client_id of its set in "ClientID" on line 6;`
}

var _ = merchant
