// Package partner calls Vipps MobilePay with partner keys.
package partner

import "net/http"

// Header is what every partner call carries.
func Header() http.Header {
	return http.Header{
		"Ocp-Apim-Subscription-Key": {"32b7c8245849a64f75c025f9a471360a"},
		"Vipps-System-Name":         {"fixshop"},
	}
}

// Token sends the partner credentials.
func Token(req *http.Request) {
	var partnerClientSecret string
	partnerClientSecret = "shl+52uw89ezX6Hu77imb/hVNNdUkp90P0sHCFbpWn4="
	req.Header = Header()
	req.Header.Set("client_secret", partnerClientSecret)
	setID(req, "a75bd240-d0fe-48ad-b720-03441a0a8c1f")
}

func setID(req *http.Request, clientID string) { req.Header.Set("client_id", clientID) }
