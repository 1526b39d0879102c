// Package stripepay takes card payments through Stripe for shops that do not offer Vipps.
// The PaymentIntent's client_secret is meant for the browser: Stripe.js confirms the payment
// with it. It is not a Vipps client secret.
package stripepay

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// Handler creates PaymentIntents with the platform's Stripe secret key.
type Handler struct {
	SecretKey string
	HTTP      *http.Client
}

type paymentIntent struct {
	ID           string `json:"id"`
	ClientSecret string `json:"client_secret"`
	Status       string `json:"status"`
}

// ServeHTTP creates a PaymentIntent and hands its client secret to Stripe.js.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	amount, err := strconv.ParseInt(r.FormValue("amount"), 10, 64)
	if err != nil || amount <= 0 {
		http.Error(w, "bad amount", http.StatusBadRequest)
		return
	}
	form := url.Values{"amount": {strconv.FormatInt(amount, 10)}, "currency": {"nok"}, "automatic_payment_methods[enabled]": {"true"}}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, "https://api.stripe.com/v1/payment_intents", strings.NewReader(form.Encode()))
	if err != nil {
		http.Error(w, "card payments unavailable", http.StatusInternalServerError)
		return
	}
	req.SetBasicAuth(h.SecretKey, "")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := h.HTTP.Do(req)
	if err != nil {
		http.Error(w, "card payments unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var pi paymentIntent
	if err := json.NewDecoder(resp.Body).Decode(&pi); err != nil {
		http.Error(w, "card payments unavailable", http.StatusBadGateway)
		return
	}
	log.Printf("stripe: payment intent %s created (%s), client secret issued", pi.ID, pi.Status)
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"clientSecret":%q}`, pi.ClientSecret)
}
