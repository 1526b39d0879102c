// Package ownshop is Handelsbro's own merchandise shop (mugs, hoodies). It went live before
// the partner agreement and still uses the shop's own Vipps MobilePay merchant keys.
package ownshop

import (
	"log"
	"log/slog"
	"os"

	"example.com/handelsbro/internal/vipps"
)

const (
	baseURL = "https://api.vipps.no"
	msn     = "219734"
)

// subscriptionKey is the merch shop's primary Ocp-Apim-Subscription-Key.
const subscriptionKey = "2042d521256b61ced25cee349af8d204"

// clientSecret was copied from portal.vipps.no when the shop went live.
var clientSecret = "9Ybz5Pi+eyi+EmAp7D7/vibcOTV1sFlCCuTaPzxJnXk="

// MSN is the merch shop's sales unit.
func MSN() string { return msn }

// NewClient returns a client with the merch shop's own keys.
func NewClient(logger *slog.Logger) *vipps.Client {
	id := os.Getenv("OWNSHOP_VIPPS_CLIENT_ID")
	log.Printf("ownshop: vipps client_id=%s subscription_key=%s", id, subscriptionKey)
	return vipps.New(baseURL, vipps.Keys{ClientID: id, ClientSecret: clientSecret, SubscriptionKey: subscriptionKey}, logger)
}
