// Package fixos calls the Vipps MobilePay ePayment API; it already imports
// os. Keys are generated fakes, never real.
package fixos

import (
	"net/http"
	"os"
)

const tokenURL = "https://apitest.vipps.no/accesstoken/get"

// Config holds the keys.
type Config struct {
	ClientID     string
	ClientSecret string
}

// Secret is a string type of this package.
type Secret string

// NewClient takes its credentials as parameters.
func NewClient(clientID, subscriptionKey string) {}

// An assignment.
func assign(req *http.Request) Config {
	var cfg Config
	cfg.ClientSecret = "fMIzgt/Xl24Nt9kb7UfD26F/dEVtviHK2mLM+GM1+j8=" // want `hard-coded vipps client secret "fMIz…" \(44 chars\) in "ClientSecret" with the client_id of its set in "ClientID" on line 36; load it from the environment or a secret store, and rotate it: removing it from the code does not un-leak it`
	vippsSubscriptionKey := "e1e49fa0bed2663298ea942f4a97fc83"        // want `vipps subscription key "e1e4…"`
	req.Header.Set("Ocp-Apim-Subscription-Key", vippsSubscriptionKey)
	return cfg
}

// A struct field.
func field() Config {
	return Config{
		ClientID:     "583bd8a2-ed58-4be9-aa22-d09de461ef6d", // want `vipps client id "583b…"`
		ClientSecret: os.Getenv("VIPPS_CLIENT_SECRET"),
	}
}

// Call arguments.
func args(req *http.Request) {
	req.Header.Set("Ocp-Apim-Subscription-Key", "7040e42c02bc5d7ae405d257d596c2c5") // want `vipps subscription key "7040…"`
	NewClient(os.Getenv("VIPPS_CLIENT_ID"), "5128d5c5863637cc1655f4c59a25d1dd")     // want `vipps subscription key "5128…"`
	h := http.Header{
		"Ocp-Apim-Subscription-Key": {"d46dd9c55a9b7747f06f327413533421"}, // want `vipps subscription key "d46d…"`
	}
	_ = h
}

// Partner keys get their own variables.
func partnerToken(req *http.Request) {
	req.Header.Set("client_secret", "zUUGSYrwTJLW+lyLh/ATQ+x6rbKUGo2e89QHmi+SerI=") // want `vipps client secret "zUUG…"`
}

// A variable named like the environment variable keeps its name; a string
// type of the package is converted.
var VIPPS_TEST_CLIENT_SECRET Secret = "z9pbSynKziP0vCpfpvUMHnXVWh6pnL2g5OyEcVokcf4=" // want `vipps client secret "z9pb…"`

var _ = tokenURL
