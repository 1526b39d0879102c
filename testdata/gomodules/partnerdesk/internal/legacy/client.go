package legacy

import (
	"context"
	"net/http"
)

// Credentials is the key set of the kiosk client.
type Credentials struct {
	ClientSecret    string
	SubscriptionKey string
}

var kiosk = Credentials{
	ClientSecret: "ootGB3GNFwPi0KQ+dIuOW05O5/55NJCX6kS4NpxMjTo=",
}

// Ping calls the ePayment API with the kiosk keys.
func Ping(ctx context.Context, msn string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.vipps.no/epayment/v1/payments", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", "a3e856a236a96767aa7b4723f447ba43")
	req.Header.Set("client_secret", "lllOVPOlk/hpyP3lV3/0xeHcLKioBHww9aCJQn91MTE=")
	req.Header.Set("Merchant-Serial-Number", msn)
	_ = kiosk
	return http.DefaultClient.Do(req)
}
