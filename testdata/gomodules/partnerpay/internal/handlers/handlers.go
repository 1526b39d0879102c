// Package handlers holds the partnerpay HTTP API. Every payment is made with
// the platform's Vipps MobilePay partner keys on behalf of one merchant.
package handlers

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log"
	"net/http"

	"example.com/partnerpay/internal/config"
	"example.com/partnerpay/internal/translate"
	"example.com/partnerpay/internal/vipps"
)

// Handler carries the dependencies of the HTTP handlers.
type Handler struct {
	Cfg        *config.Config
	Vipps      *vipps.Client
	Translator *translate.Client
	Sessions   SessionStore
	ReturnURL  string
}

// Routes registers the handlers on mux.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /api/payments/quick", h.QuickPayment)
	mux.HandleFunc("POST /api/payments", h.CreatePaymentJSON)
	mux.HandleFunc("POST /api/payments/form", h.CreatePaymentForm)
	mux.HandleFunc("POST /api/payments/{reference}/capture", h.CapturePayment)
	mux.HandleFunc("POST /api/merchants/{msn}/payments/{reference}/refund", h.RefundPayment)
	mux.HandleFunc("POST /api/payments/{reference}/cancel", h.CancelPayment)
	mux.HandleFunc("POST /api/ecom/payments", h.InitiateEcomPayment)

	mux.HandleFunc("POST /api/kiosk/payments", h.KioskPayment)
	mux.Handle("POST /api/me/payments", h.RequireSession(http.HandlerFunc(h.SessionPayment)))
	mux.HandleFunc("POST /api/store/payments", h.StorePayment)
	mux.HandleFunc("POST /api/pos/payments", h.POSPayment)
	mux.HandleFunc("GET /api/payments/{reference}/events", h.PaymentEvents)
	mux.HandleFunc("POST /api/descriptions/translate", h.TranslateDescription)

	mux.HandleFunc("POST /internal/refunds/{reference}", h.InternalRefund)
	mux.HandleFunc("GET /internal/reconcile/{orderID}", h.InternalReconcile)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("write response: %v", err)
	}
}

func upstreamError(w http.ResponseWriter, err error) {
	var apiErr *vipps.APIError
	if errors.As(err, &apiErr) && apiErr.Status < 500 {
		http.Error(w, "payment rejected", http.StatusUnprocessableEntity)
		return
	}
	log.Printf("vipps call failed: %v", err)
	http.Error(w, "payment provider unavailable", http.StatusBadGateway)
}

func newReference() string {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return "pp-" + hex.EncodeToString(b[:])
}
