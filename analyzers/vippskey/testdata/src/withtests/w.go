// Package withtests is a Vipps client whose tests hold key-shaped values.
package withtests

const host = "https://apitest.vipps.no"

// Config holds the keys.
type Config struct {
	ClientSecret       string
	APISubscriptionKey string
}
