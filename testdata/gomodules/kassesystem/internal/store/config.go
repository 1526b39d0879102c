// Package store loads the server-side configuration: the partner keys, the
// sales units (MSNs) we act on behalf of, and which terminal and which
// operator belongs to which sales unit. Everything here is read once at
// startup from the environment and from files only ops can change.
package store

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
)

// VippsConfig holds the partner keys.
type VippsConfig struct {
	BaseURL         string
	ClientID        string
	ClientSecret    string
	SubscriptionKey string
	SystemVersion   string
}

// Config is the whole server configuration.
type Config struct {
	Vipps VippsConfig

	// HouseMSN is the sales unit of our own staff canteen.
	HouseMSN string

	// TerminalMSN maps a POS terminal ID to the MSN of the shop it is installed in.
	TerminalMSN map[string]string

	// OperatorMSNs lists, per back-office operator, the MSNs they may act for.
	OperatorMSNs map[string][]string

	// TerminalTokens maps the SHA-256 (hex) of a terminal API token to the terminal ID.
	TerminalTokens map[string]string
}

type merchantsFile struct {
	HouseMSN       string              `json:"houseMsn"`
	Terminals      map[string]string   `json:"terminals"`
	Operators      map[string][]string `json:"operators"`
	TerminalTokens map[string]string   `json:"terminalTokens"`
}

// Load reads the configuration. It is called once, from main.
func Load() (*Config, error) {
	cfg := &Config{
		Vipps: VippsConfig{
			BaseURL:         getenv("VIPPS_BASE_URL", "https://api.vipps.no"),
			ClientID:        os.Getenv("VIPPS_CLIENT_ID"),
			ClientSecret:    os.Getenv("VIPPS_CLIENT_SECRET"),
			SubscriptionKey: os.Getenv("VIPPS_SUBSCRIPTION_KEY"),
			SystemVersion:   getenv("KASSE_VERSION", "dev"),
		},
	}
	if cfg.Vipps.ClientSecret == "" {
		cfg.Vipps = fallbackVipps
	}

	path := getenv("KASSE_MERCHANTS_FILE", "/etc/kassesystem/merchants.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("store: read %s: %w", path, err)
	}
	var mf merchantsFile
	if err := json.Unmarshal(raw, &mf); err != nil {
		return nil, fmt.Errorf("store: parse %s: %w", path, err)
	}
	cfg.HouseMSN = mf.HouseMSN
	cfg.TerminalMSN = mf.Terminals
	cfg.OperatorMSNs = mf.Operators
	cfg.TerminalTokens = mf.TerminalTokens
	return cfg, nil
}

// LogSummary writes a redacted summary of the configuration.
func (c *Config) LogSummary() {
	log.Printf("vipps: base=%s client_id=%s client_secret=%s subscription_key=%s",
		c.Vipps.BaseURL, c.Vipps.ClientID, mask(c.Vipps.ClientSecret), mask(c.Vipps.SubscriptionKey))
	log.Printf("store: %d terminals, %d operators", len(c.TerminalMSN), len(c.OperatorMSNs))
}

// mask keeps only the last four characters.
func mask(s string) string {
	if len(s) <= 4 {
		return "****"
	}
	return "****" + s[len(s)-4:]
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
