// Package config loads the service configuration from the environment.
package config

import (
	"fmt"
	"os"
)

var vippsHosts = map[string]string{
	"test":       "https://apitest.vipps.no",
	"production": "https://api.vipps.no",
}

// Vipps holds the Vipps MobilePay settings. Secrets come from the environment
// (injected from Azure Key Vault by the CSI driver).
type Vipps struct {
	Env             string
	BaseURL         string
	ClientID        string
	ClientSecret    string
	SubscriptionKey string
	MSN             string
}

// String never prints the credentials.
func (v Vipps) String() string {
	return fmt.Sprintf("Vipps{Env:%s BaseURL:%s ClientID:%s ClientSecret:REDACTED SubscriptionKey:REDACTED MSN:%s}",
		v.Env, v.BaseURL, v.ClientID, v.MSN)
}

type Config struct {
	Addr  string
	Vipps Vipps
}

func Load() (Config, error) {
	env := getenv("VIPPS_ENV", "test")
	host, ok := vippsHosts[env]
	if !ok {
		return Config{}, fmt.Errorf("config: unknown VIPPS_ENV %q", env)
	}
	return Config{
		Addr: getenv("ADDR", ":8080"),
		Vipps: Vipps{
			Env:             env,
			BaseURL:         host,
			ClientID:        os.Getenv("VIPPS_CLIENT_ID"),
			ClientSecret:    os.Getenv("VIPPS_CLIENT_SECRET"),
			SubscriptionKey: os.Getenv("VIPPS_SUBSCRIPTION_KEY"),
			MSN:             os.Getenv("VIPPS_MSN"),
		},
	}, nil
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
