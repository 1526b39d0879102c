// Package api holds Handelsbro's HTTP handlers: the storefront endpoints on net/http, the
// shop integration API on gorilla/mux and the back office on chi.
package api

import (
	"crypto/rand"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"log"
	"net/http"
	"strconv"

	"example.com/handelsbro/internal/gateway"
	"example.com/handelsbro/internal/shops"
	"example.com/handelsbro/internal/vipps"
)

// referenceNamespace seeds order references so that two platforms never collide.
const referenceNamespace = "93844856-85c3-4c05-904f-36f5034d52f8"

func newReference() string {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	sum := sha1.Sum(append([]byte(referenceNamespace), b[:]...))
	return "hb-" + hex.EncodeToString(sum[:10])
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("api: write response: %v", err)
	}
}

// RegisterStorefront adds the endpoints that shoppers' browsers call.
func RegisterStorefront(mux *http.ServeMux, pay gateway.Payments, vc *vipps.Client, store *shops.Store) {
	// Pay links printed on invoices: /pay?msn=123456&amount=19900
	mux.HandleFunc("POST /pay", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		msn := q.Get("msn")
		amount, err := strconv.ParseInt(q.Get("amount"), 10, 64)
		if err != nil || amount <= 0 {
			http.Error(w, "bad amount", http.StatusBadRequest)
			return
		}
		ref := newReference()
		p, err := pay.CreatePayment(r.Context(), msn, vipps.PaymentRequest{
			Amount:        vipps.Amount{Currency: "NOK", Value: amount},
			PaymentMethod: map[string]string{"type": "WALLET"},
			Reference:     ref,
			UserFlow:      "WEB_REDIRECT",
			ReturnURL:     "https://handelsbro.no/done/" + ref,
		})
		if err != nil {
			http.Error(w, "payment failed", http.StatusBadGateway)
			return
		}
		http.Redirect(w, r, p.RedirectURL, http.StatusSeeOther)
	})

	// "Pay again" on a shop's landing page: the page remembers the shop in a cookie.
	mux.HandleFunc("POST /pay/again", func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("hb_shop_msn")
		if err != nil {
			http.Error(w, "no shop selected", http.StatusBadRequest)
			return
		}
		amount, _ := strconv.ParseInt(r.FormValue("amount"), 10, 64)
		ref := newReference()
		p, err := pay.CreatePayment(r.Context(), c.Value, vipps.PaymentRequest{
			Amount:        vipps.Amount{Currency: "NOK", Value: amount},
			PaymentMethod: map[string]string{"type": "WALLET"},
			Reference:     ref,
			UserFlow:      "WEB_REDIRECT",
		})
		if err != nil {
			http.Error(w, "payment failed", http.StatusBadGateway)
			return
		}
		http.Redirect(w, r, p.RedirectURL, http.StatusSeeOther)
	})

	// Checkout on a shop's page: the shop is named by its public ID, and its MSN comes from
	// the register. The session token and frontend URL are for the browser by design.
	mux.HandleFunc("POST /shops/{shopID}/checkout", func(w http.ResponseWriter, r *http.Request) {
		msn, err := store.MSNFor(r.PathValue("shopID"))
		if err != nil {
			http.Error(w, "unknown shop", http.StatusNotFound)
			return
		}
		amount, _ := strconv.ParseInt(r.FormValue("amount"), 10, 64)
		ref := newReference()
		s, err := vc.NewCheckoutSession(r.Context(), msn, ref, newReference(), vipps.Amount{Currency: "NOK", Value: amount}, "https://handelsbro.no/done/"+ref)
		if err != nil {
			http.Error(w, "checkout unavailable", http.StatusBadGateway)
			return
		}
		writeJSON(w, http.StatusCreated, map[string]string{
			"token":               s.Token,
			"checkoutFrontendUrl": s.CheckoutFrontendURL,
			"reference":           ref,
		})
	})

	// The in-store tablet app polls payment status straight from Vipps, so it is handed a
	// token.
	mux.HandleFunc("GET /pos/token", func(w http.ResponseWriter, r *http.Request) {
		tok, err := vc.AccessToken(r.Context())
		if err != nil {
			http.Error(w, "no token", http.StatusBadGateway)
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"accessToken": tok})
	})
}
