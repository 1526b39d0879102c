// Package nofix holds Vipps MobilePay keys where no safe rewrite exists,
// and values that are not keys: none gets a fix. Keys are generated
// fakes, never real.
package nofix

import (
	"net/http"
	"os"

	"vippsclient"
)

const host = "https://api.vipps.no"

// Used in a constant expression: a variable cannot be.
const vippsSubscriptionKey = "4ac2be4ee2b572786bed8f98551bf833" // want `vipps subscription key "4ac2…"`

const keyQuery = "subscription-key=" + vippsSubscriptionKey

// Exported: other packages may use it as a constant.
const VippsClientSecret = "Csx9KqUL945fPxjVi0U6vatubH4axAUZe0X5yxdntVI=" // want `vipps client secret "Csx9…" \(44 chars\) in "VippsClientSecret" with the client_id of its set in "vippsClientID" on line 33; load it from the environment or a secret store, and rotate it: removing it from the code does not un-leak it`

// Another constant of the block is an array length.
const (
	vippsClientSecret2 = "TNUbEcWBKuxlczg7SMK2+3XoiLrp20+LnuJqzMsATus=" // want `vipps client secret "TNUb…"`
	retries            = 3
)

var backoff [retries]int

// Implicit repetition of the spec above.
const (
	vippsClientID = "de621fa4-f1a1-472c-bcdd-99294acaa98d" // want `vipps client id "de62…"`
	vippsClientID2
)

// A parameter named os hides the package.
func shadowed(req *http.Request, os string) {
	req.Header.Set("Ocp-Apim-Subscription-Key", "4a25bb3eb32e9d9080c467fac3f9875f") // want `vipps subscription key "4a25…"`
	_ = os
}

// Setting the variable is no place to read it from.
func setenv() {
	os.Setenv("VIPPS_CLIENT_SECRET", "1rNA1lYWmLymYn8vhdU4pTbWawtNknkg9cXmbojYqjM=") // want `vipps client secret "1rNA…"`
}

// A key split in two literals.
func split(req *http.Request) {
	req.Header.Set("Ocp-Apim-Subscription-Key", "ba5557118df11278"+"8986bd8db4c42c50") // want `vipps subscription key "ba55…"`
}

// An unused local constant would be an unused variable.
func unused() {
	const vippsSubscriptionKeyLocal = "a0db7782794a88ba45d881161eb0d8ae" // want `vipps subscription key "a0db…"`
}

// A string type of another package.
var vippsSubscriptionKeyTyped vippsclient.Key = "fdbd2d8de0dfe3b6d800441eacd4d8ab" // want `vipps subscription key "fdbd…"`

// Not keys: placeholders, documentation examples and keys in comments
// (Ocp-Apim-Subscription-Key: 6d6a873ed0767107e7203d8281faae4f).
func notKeys(req *http.Request) {
	req.Header.Set("Ocp-Apim-Subscription-Key", "your-subscription-key")
	req.Header.Set("client_secret", "<client_secret>")
	req.Header.Set("Ocp-Apim-Subscription-Key", "0f14ebcab0ec4b29ae0cb90d91b4a84a")
	// req.Header.Set("client_secret", "sxDNebtW5QMVfj8r8TlY94s1PPGjjrJQkqk+y/SpiMA=")
	req.Header.Set("Ocp-Apim-Subscription-Key", os.Getenv("VIPPS_SUBSCRIPTION_KEY"))
}

var _, _, _, _ = host, keyQuery, backoff, vippsClientID2
