package vipps

import (
	"fmt"
	"log/slog"
	"net/http"

	"github.com/google/uuid"

	"acme.no/go-service/internal/auth"
)

// Refund handles POST /payments/{reference}/refund for the logged-in merchant.
// The MSN comes from the authenticated merchant record, never from the request.
func (h *Handler) Refund(w http.ResponseWriter, r *http.Request) {
	merchant, ok := auth.MerchantFromContext(r.Context())
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	tok, err := h.Client.token(r.Context())
	if err != nil {
		http.Error(w, "vipps auth failed", http.StatusBadGateway)
		return
	}
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost,
		fmt.Sprintf("%s/epayment/v1/payments/%s/refund", h.Client.baseURL, r.PathValue("reference")), r.Body)
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Ocp-Apim-Subscription-Key", h.SubscriptionKey)
	req.Header.Set("Merchant-Serial-Number", merchant.MSN)
	req.Header.Set("Idempotency-Key", uuid.NewString())
	res, err := h.Client.http.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	slog.Info("vipps refund", "merchant", merchant.ID, "status", res.StatusCode, "secretConfigured", h.Client.clientSecret != "")
	w.WriteHeader(res.StatusCode)
}

// Status handles GET /payments/{reference}?msn=..., limited to the merchant's own sales units.
func (h *Handler) Status(w http.ResponseWriter, r *http.Request) {
	merchant, ok := auth.MerchantFromContext(r.Context())
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	msn := r.URL.Query().Get("msn")
	if !merchant.OwnsSalesUnit(msn) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	tok, _ := h.Client.token(r.Context())
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet,
		fmt.Sprintf("%s/epayment/v1/payments/%s", h.Client.baseURL, r.PathValue("reference")), nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Ocp-Apim-Subscription-Key", h.SubscriptionKey)
	req.Header.Set("Merchant-Serial-Number", msn)
	res, err := h.Client.http.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	w.WriteHeader(res.StatusCode)
}
