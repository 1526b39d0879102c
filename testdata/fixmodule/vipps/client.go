// Package vipps is the shop's Vipps MobilePay ePayment client.
package vipps

import (
	"net/http"
	"strings"
)

const (
	baseURL           = "https://apitest.vipps.no"
	tokenURL          = baseURL + "/accesstoken/get"
	vippsClientID     = "e33243ae-6f93-426e-8112-fb4e24e36b98"
	vippsClientSecret = "dBuspPdEwPy5ZC4sbFcXouS1tA2IlNnMyS5FHpOZHFo="
)

// Config holds what the client sends.
type Config struct {
	SubscriptionKey string
	MSN             string
}

// Default is the shop's configuration.
func Default() Config {
	return Config{
		SubscriptionKey: "734240d9b6430116353f0c9264a1cce4",
		MSN:             "212345",
	}
}

// Token asks for an access token.
func Token(cfg Config) (*http.Response, error) {
	req, err := http.NewRequest("POST", tokenURL, strings.NewReader(""))
	if err != nil {
		return nil, err
	}
	req.Header.Set("client_id", vippsClientID)
	req.Header.Set("client_secret", vippsClientSecret)
	req.Header.Set("Ocp-Apim-Subscription-Key", cfg.SubscriptionKey)
	req.Header.Set("Merchant-Serial-Number", cfg.MSN)
	return http.DefaultClient.Do(req)
}
