// Package fixnoos holds keys in files that do not import os yet. Keys are
// generated fakes, never real.
package fixnoos

import (
	"fmt"
	"net/http"
)

// Client calls the Vipps MobilePay ePayment API.
type Client struct {
	ClientSecret    string
	SubscriptionKey string
}

func newClient() *Client {
	return &Client{
		ClientSecret:    "YUqBo3cSNhGR35EILnDEzD7tjEHA4bpxvW7PGxKsyF8=", // want `vipps client secret "YUqB…"`
		SubscriptionKey: "9012c25aad80d984dd9baf4813b74b47",             // want `vipps subscription key "9012…"`
	}
}

func get(req *http.Request) {
	req.Header.Set("Merchant-Serial-Number", fmt.Sprint(123456))
}
