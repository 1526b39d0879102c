// Package vipps holds the proxy's Vipps MobilePay client settings.
package vipps

import "os"

const baseURL = "https://apitest.vipps.no"

// defaultSubscriptionKey is used when VIPPS_SUBSCRIPTION_KEY is unset.
const defaultSubscriptionKey = "3ab3ed764041740ed7335ce0f17012a0"

func subscriptionKey() string {
	if v := os.Getenv("VIPPS_SUBSCRIPTION_KEY"); v != "" {
		return v
	}
	return defaultSubscriptionKey
}
