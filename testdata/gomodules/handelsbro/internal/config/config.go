// Package config loads Handelsbro's settings from the environment once, at startup.
package config

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
)

// Config is what the server needs to run. Nothing in it changes after Load.
type Config struct {
	Addr string

	// Partner keys: one set for every shop on the platform, production only.
	VippsBaseURL         string
	VippsClientID        string
	VippsClientSecret    string
	VippsSubscriptionKey string

	// HouseMSN is Handelsbro's own sales unit (gift cards, fees).
	HouseMSN string
	// AllowedMSNs are the sales units the back office may act for.
	AllowedMSNs []string

	StripeSecretKey   string
	SessionSigningKey string
	Debug             bool
}

// Load reads the configuration from the environment.
func Load() (*Config, error) {
	cfg := &Config{
		Addr:                 envOr("HANDELSBRO_ADDR", ":8080"),
		VippsBaseURL:         envOr("VIPPS_BASE_URL", "https://api.vipps.no"),
		VippsClientID:        os.Getenv("VIPPS_PARTNER_CLIENT_ID"),
		VippsClientSecret:    os.Getenv("VIPPS_PARTNER_CLIENT_SECRET"),
		VippsSubscriptionKey: os.Getenv("VIPPS_PARTNER_SUBSCRIPTION_KEY"),
		HouseMSN:             os.Getenv("HANDELSBRO_HOUSE_MSN"),
		StripeSecretKey:      os.Getenv("STRIPE_SECRET_KEY"),
		SessionSigningKey:    os.Getenv("SESSION_SIGNING_KEY"),
		Debug:                os.Getenv("HANDELSBRO_DEBUG") == "1",
	}
	if s := os.Getenv("HANDELSBRO_BACKOFFICE_MSNS"); s != "" {
		cfg.AllowedMSNs = strings.Split(s, ",")
	}
	if cfg.VippsClientSecret == "" {
		return nil, errors.New("config: VIPPS_PARTNER_CLIENT_SECRET is not set")
	}
	if cfg.VippsSubscriptionKey == "" {
		return nil, fmt.Errorf("config: %s is not set", "VIPPS_PARTNER_SUBSCRIPTION_KEY")
	}
	return cfg, nil
}

// LogSummary writes what was loaded, without the secrets themselves.
func (c *Config) LogSummary() {
	log.Printf("vipps: base=%s client_id=%s", c.VippsBaseURL, c.VippsClientID)
	log.Printf("vipps: client_secret=%s... (%d chars)", c.VippsClientSecret[:4], len(c.VippsClientSecret))
	log.Printf("vipps: subscription key set: %t", c.VippsSubscriptionKey != "")
	log.Printf("vipps: subscription key=%s", mask(c.VippsSubscriptionKey))
	log.Printf("stripe: secret key present: %v", c.StripeSecretKey != "")
}

// mask keeps the last four characters.
func mask(s string) string {
	if len(s) <= 4 {
		return "****"
	}
	return strings.Repeat("*", len(s)-4) + s[len(s)-4:]
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
