// Package stripepay hands the browser the values it needs to finish a payment.
package stripepay

import (
	"encoding/json"
	"net/http"
)

// intent is the part of a Stripe PaymentIntent the browser needs.
type intent struct {
	ClientSecret string `json:"client_secret"`
}

// StripeIntent returns the PaymentIntent client secret to Stripe.js, as Stripe intends.
func StripeIntent(w http.ResponseWriter, r *http.Request) {
	pi := intent{ClientSecret: lookupIntentSecret(r.Context().Value("order"))}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"clientSecret": pi.ClientSecret})
}

func lookupIntentSecret(order any) string {
	if order == nil {
		return ""
	}
	return "pi_from_store"
}

// checkoutSession is the Vipps Checkout session answer.
type checkoutSession struct {
	Token               string `json:"token"`
	CheckoutFrontendURL string `json:"checkoutFrontendUrl"`
}

// CheckoutSession returns the Checkout session token the frontend embeds.
func CheckoutSession(w http.ResponseWriter, r *http.Request, s checkoutSession) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"token": s.Token, "checkoutFrontendUrl": s.CheckoutFrontendURL})
}
