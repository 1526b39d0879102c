package handlers

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"strconv"

	"example.com/partnerpay/internal/vipps"
)

// KioskPayment is called by our own self-service kiosks. A kiosk sends its
// sales unit, which must be one of the kiosks configured on the server.
func (h *Handler) KioskPayment(w http.ResponseWriter, r *http.Request) {
	msn := r.URL.Query().Get("msn")
	allowed := h.Cfg.KioskMSNs
	if _, ok := allowed[msn]; !ok {
		http.Error(w, "unknown kiosk", http.StatusForbidden)
		return
	}
	amount, err := strconv.ParseInt(r.URL.Query().Get("amount"), 10, 64)
	if err != nil || amount <= 0 {
		http.Error(w, "invalid amount", http.StatusBadRequest)
		return
	}
	ref := newReference()
	body, err := json.Marshal(vipps.WebRedirectPayment(ref, amount, h.ReturnURL, "Kiosk"))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	req, err := h.Vipps.NewRequest(r.Context(), http.MethodPost, "/epayment/v1/payments", bytes.NewReader(body))
	if err != nil {
		upstreamError(w, err)
		return
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", ref)

	var out vipps.CreatePaymentResponse
	if err := h.Vipps.Do(req, &out); err != nil {
		upstreamError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, out)
}

// SessionPayment starts a payment for the merchant of the logged-in user.
func (h *Handler) SessionPayment(w http.ResponseWriter, r *http.Request) {
	msn, ok := r.Context().Value(merchantKey{}).(string)
	if !ok || msn == "" {
		http.Error(w, "login required", http.StatusUnauthorized)
		return
	}
	var in struct {
		Amount      int64  `json:"amount"`
		Description string `json:"description"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Amount <= 0 {
		http.Error(w, "invalid amount", http.StatusBadRequest)
		return
	}
	p := vipps.WebRedirectPayment(newReference(), in.Amount, h.ReturnURL, in.Description)
	out, err := h.Vipps.CreatePayment(r.Context(), msn, p)
	if err != nil {
		upstreamError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, out)
}

// StorePayment is the checkout of the platform's own web shop, which always
// sells as the platform's sales unit.
func (h *Handler) StorePayment(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Amount int64  `json:"amount"`
		Phone  string `json:"phone"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Amount <= 0 {
		http.Error(w, "invalid amount", http.StatusBadRequest)
		return
	}
	msn := os.Getenv("VIPPS_MSN")
	ref := newReference()
	p := vipps.WebRedirectPayment(ref, in.Amount, h.ReturnURL, "Partnerpay store")
	if in.Phone != "" {
		p.Customer = &vipps.Customer{PhoneNumber: in.Phone}
	}
	body, err := json.Marshal(p)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	req, err := h.Vipps.NewRequest(r.Context(), http.MethodPost, "/epayment/v1/payments", bytes.NewReader(body))
	if err != nil {
		upstreamError(w, err)
		return
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", ref)

	var out vipps.CreatePaymentResponse
	if err := h.Vipps.Do(req, &out); err != nil {
		upstreamError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, out)
}

// POSPayment is called by the platform's POS app:
// POST /api/pos/payments?amount=...&reference=...
func (h *Handler) POSPayment(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	ref := q.Get("reference")
	amount, err := strconv.ParseInt(q.Get("amount"), 10, 64)
	if err != nil || amount <= 0 || ref == "" {
		http.Error(w, "amount and reference are required", http.StatusBadRequest)
		return
	}
	body, err := json.Marshal(vipps.WebRedirectPayment(ref, amount, h.ReturnURL, "POS "+ref))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	req, err := h.Vipps.NewRequest(r.Context(), http.MethodPost, "/epayment/v1/payments", bytes.NewReader(body))
	if err != nil {
		upstreamError(w, err)
		return
	}
	req.Header.Set("Merchant-Serial-Number", h.Cfg.MSN)
	req.Header.Set("Idempotency-Key", ref)

	var out vipps.CreatePaymentResponse
	if err := h.Vipps.Do(req, &out); err != nil {
		upstreamError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, out)
}

// PaymentEvents shows the event log of one of the platform's own payments.
func (h *Handler) PaymentEvents(w http.ResponseWriter, r *http.Request) {
	events, err := h.Vipps.GetPaymentEvents(r.Context(), h.Cfg.MSN, r.PathValue("reference"))
	if err != nil {
		upstreamError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, events)
}
