// Package fixconst keeps Vipps MobilePay keys in constants. Keys are
// generated fakes, never real.
package fixconst

import (
	"net/http"
	"os"
)

// A const block of keys becomes a var block; the other constants of the
// block, used only where a variable fits, become variables too.
const (
	vippsClientID     = "7cfc87c9-a348-43c2-add8-de95da2a0aae"         // want `vipps client id "7cfc…"`
	vippsClientSecret = "L7UfNvk3H17fiI603+GI6goc1tpUf5CyLyBLAFo38Pw=" // want `vipps client secret "L7Uf…"`
	apiHost           = "apitest.vipps.no"
	tokenURL          = "https://" + apiHost + "/accesstoken/get"
)

// A single constant becomes a variable.
const vippsSubscriptionKey = "10fe17ed5019d5ac35cc04f847f1d064" // want `vipps subscription key "10fe…"`

func headers(req *http.Request) {
	req.Header.Set("client_id", vippsClientID)
	req.Header.Set("client_secret", vippsClientSecret)
	req.Header.Set("Ocp-Apim-Subscription-Key", vippsSubscriptionKey)
	if vippsSubscriptionKey == "" {
		req.Header.Set("Merchant-Serial-Number", os.Getenv("VIPPS_MSN"))
	}
	req.URL.Host = apiHost
	_ = tokenURL
}

func local(req *http.Request) {
	const vippsSubscriptionKeyTest = "990578b73003fc1c87b8dcc4f4ea362e" // want `vipps subscription key "9905…"`
	req.Header.Set("Ocp-Apim-Subscription-Key", vippsSubscriptionKeyTest)
}
