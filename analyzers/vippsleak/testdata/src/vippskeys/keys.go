// Package vippskeys keeps a shop's Vipps MobilePay keys in code (generated
// fakes, never real). Other packages log and send them.
package vippskeys

// ClientSecret is a hard-coded client secret.
const ClientSecret = "jHXbNAPknXOnpAvUFYdXPrjCKkvTPeClqkp9TDTuLlU=" // want ClientSecret:`vippsleak\(hard-coded client secret\)`

// SubscriptionKey is a hard-coded subscription key in a variable.
var SubscriptionKey = "6c9083bf17f2b8f67b9df9df9c6ff360" // want SubscriptionKey:`vippsleak\(hard-coded subscription key\)`

// Placeholders are not keys.
const (
	ExampleClientSecret = "your-client-secret"
	HeaderName          = "Ocp-Apim-Subscription-Key"
)

// Host is where the keys go.
const Host = "https://apitest.vipps.no"
