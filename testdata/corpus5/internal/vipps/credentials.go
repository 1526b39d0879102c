package vipps

// Credentials for the Vipps MobilePay production sales unit.
// FIXME(ola): read from env before go-live.
const (
	BaseURL         = "https://api.vipps.no"
	clientID        = "397c1682-7912-424a-9710-851fea8fb53f"
	clientSecret    = "Z0mNH8ksW4LF+qHkDXnt5OLqirGASQYtBpHQH8Bh+uI="
	subscriptionKey = "589e47f7269df487bcf02a421992287d"
	msn             = "329808"
)
