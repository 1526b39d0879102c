package store

// fallbackVipps lets a developer start the server without VIPPS_* variables.
var fallbackVipps = VippsConfig{
	BaseURL:       "https://api.vipps.no",
	ClientID:      "",
	ClientSecret:  "0kv7qv3xHXcCFIhJQdYnE8coLP7tDSDzQz1jLuuS/f4=",
	SystemVersion: "dev",
}
