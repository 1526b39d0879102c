package api

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/go-chi/chi/v5"

	"example.com/handelsbro/internal/config"
	"example.com/handelsbro/internal/vipps"
)

// Backoffice is the support staff's tool. Staff sign in with Vipps Login (see login.go).
type Backoffice struct {
	vipps *vipps.Client
	cfg   *config.Config
}

// NewBackoffice returns the back office handlers.
func NewBackoffice(vc *vipps.Client, cfg *config.Config) *Backoffice {
	return &Backoffice{vipps: vc, cfg: cfg}
}

// Mount adds the back office routes under /backoffice.
func (b *Backoffice) Mount(r chi.Router) {
	r.Route("/backoffice", func(r chi.Router) {
		r.Get("/shops/{msn}/payments/{reference}/events", b.Events)
		r.Post("/shops/{msn}/payments/{reference}/refund", b.Refund)
		r.Post("/fees/{reference}/capture", b.CaptureFee)
	})
}

// Events shows a payment's event log for whichever sales unit is in the path.
func (b *Backoffice) Events(w http.ResponseWriter, r *http.Request) {
	events, err := b.vipps.Events(r.Context(), chi.URLParam(r, "msn"), chi.URLParam(r, "reference"))
	if err != nil {
		http.Error(w, "events unavailable", http.StatusBadGateway)
		return
	}
	writeJSON(w, http.StatusOK, events)
}

// Refund is limited to the sales units the back office is configured for.
func (b *Backoffice) Refund(w http.ResponseWriter, r *http.Request) {
	msn := chi.URLParam(r, "msn")
	if !slices.Contains(b.cfg.AllowedMSNs, msn) {
		http.Error(w, "sales unit not handled by the back office", http.StatusForbidden)
		return
	}
	amount, err := strconv.ParseInt(r.FormValue("amount"), 10, 64)
	if err != nil {
		http.Error(w, "bad amount", http.StatusBadRequest)
		return
	}
	if err := b.vipps.Refund(r.Context(), msn, chi.URLParam(r, "reference"), vipps.Amount{Currency: "NOK", Value: amount}); err != nil {
		http.Error(w, "refund failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// CaptureFee captures a platform fee; fees are always paid to Handelsbro's own sales unit.
func (b *Backoffice) CaptureFee(w http.ResponseWriter, r *http.Request) {
	amount, _ := strconv.ParseInt(r.FormValue("amount"), 10, 64)
	if err := b.vipps.Capture(r.Context(), b.cfg.HouseMSN, chi.URLParam(r, "reference"), vipps.Amount{Currency: "NOK", Value: amount}); err != nil {
		http.Error(w, "capture failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
