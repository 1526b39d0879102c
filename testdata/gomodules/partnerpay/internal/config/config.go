// Package config loads the partnerpay server configuration from the environment
// once, at startup. Nothing in here is editable by merchants.
package config

import (
	"errors"
	"os"
	"strings"
)

// Config is the server configuration.
type Config struct {
	Addr string

	// Vipps MobilePay partner keys. The same keys are used for every merchant;
	// the merchant is selected with the Merchant-Serial-Number header.
	VippsBaseURL    string
	ClientID        string
	ClientSecret    string
	SubscriptionKey string
	SystemName      string
	SystemVersion   string

	// MSN is the sales unit used by the platform's own web shop and POS.
	MSN string

	// KioskMSNs are the sales units of the self-service kiosks we operate.
	KioskMSNs map[string]struct{}

	// TranslatorRegion is the Azure region of the Translator resource.
	TranslatorRegion string
}

// Load reads the configuration from the process environment.
func Load() (*Config, error) {
	c := &Config{
		Addr:             getenv("PARTNERPAY_ADDR", ":8080"),
		VippsBaseURL:     getenv("VIPPS_BASE_URL", "https://api.vipps.no"),
		ClientID:         os.Getenv("VIPPS_CLIENT_ID"),
		ClientSecret:     os.Getenv("VIPPS_CLIENT_SECRET"),
		SubscriptionKey:  os.Getenv("VIPPS_SUBSCRIPTION_KEY"),
		SystemName:       getenv("VIPPS_SYSTEM_NAME", "partnerpay"),
		SystemVersion:    getenv("VIPPS_SYSTEM_VERSION", "1.4.0"),
		MSN:              os.Getenv("VIPPS_MSN"),
		KioskMSNs:        map[string]struct{}{},
		TranslatorRegion: getenv("TRANSLATOR_REGION", "westeurope"),
	}
	for _, msn := range strings.Split(os.Getenv("VIPPS_KIOSK_MSNS"), ",") {
		if msn = strings.TrimSpace(msn); msn != "" {
			c.KioskMSNs[msn] = struct{}{}
		}
	}
	if c.ClientID == "" || c.ClientSecret == "" || c.SubscriptionKey == "" {
		return nil, errors.New("config: VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET and VIPPS_SUBSCRIPTION_KEY are required")
	}
	if c.MSN == "" {
		return nil, errors.New("config: VIPPS_MSN is required")
	}
	return c, nil
}

func getenv(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
