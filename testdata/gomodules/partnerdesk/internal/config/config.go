// Package config loads the partner key set and the service settings at startup.
package config

import (
	"log"
	"os"
)

// Partner holds the one Vipps partner key set used for every merchant.
type Partner struct {
	ClientID        string
	ClientSecret    string
	SubscriptionKey string
	// DefaultMSN is the house merchant, fixed by the operator at deploy time.
	DefaultMSN string
	BaseURL    string
}

// Load reads the partner keys from the environment.
func Load() Partner {
	p := Partner{
		ClientID:        os.Getenv("VIPPS_PARTNER_CLIENT_ID"),
		ClientSecret:    os.Getenv("VIPPS_PARTNER_CLIENT_SECRET"),
		SubscriptionKey: os.Getenv("VIPPS_PARTNER_SUBSCRIPTION_KEY"),
		DefaultMSN:      os.Getenv("VIPPS_DEFAULT_MSN"),
		BaseURL:         "https://api.vipps.no",
	}
	if p.ClientSecret == "" {
		log.Printf("VIPPS_PARTNER_CLIENT_SECRET is not set")
	}
	log.Printf("partner subscription key set: %t", p.SubscriptionKey != "")
	if len(p.SubscriptionKey) > 4 {
		log.Printf("partner subscription key %s…", p.SubscriptionKey[:4])
	}
	return p
}
