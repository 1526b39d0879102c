// Package loneid talks to Vipps MobilePay. Its client_ids stand alone in
// their files: a client_id is the user name and grants nothing, so none is
// reported; the one beside a secret in set.go is, and the secret's
// diagnostic names it.
package loneid

import "net/http"

const apiBase = "https://apitest.vipps.no"

const vippsClientID = "4e7b2c91-5d3a-4f08-b6e1-9a2c7d0f3b58"

// Config is the merchant's Vipps settings.
type Config struct {
	ClientID        string
	ClientSecret    string
	SubscriptionKey string
}

func defaults() Config {
	return Config{ClientID: "b81f6d2a-3c95-4e7a-8d04-61e9f2a5c7b3"}
}

func token(req *http.Request) {
	req.Header.Set("client_id", vippsClientID)
	req.Header.Set("client_id", "c05a9e3f-7b12-4d6c-a8f9-2e4b1d7c9a06")
}

var _, _ = apiBase, defaults
