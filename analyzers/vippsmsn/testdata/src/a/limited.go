package a

import (
	"encoding/json"
	"net/http"
)

// A body read through http.MaxBytesReader is still request input.
func payLimited(w http.ResponseWriter, r *http.Request) {
	var in payIn
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&in); err != nil {
		return
	}
	req, _ := http.NewRequest(http.MethodPost, "https://api.vipps.no/epayment/v1/payments", nil)
	req.Header.Set("Merchant-Serial-Number", in.MSN) // want `merchant-serial-number header set from request input`
}

type kioskHandler struct {
	cfg struct{ kiosks map[string]bool }
}

// An allowlist loaded from the handler's own configuration (a parameter,
// not request input) sanitises the MSN.
func (h *kioskHandler) pay(w http.ResponseWriter, r *http.Request) {
	msn := r.URL.Query().Get("msn")
	allowedKiosks := h.cfg.kiosks
	if _, ok := allowedKiosks[msn]; !ok {
		http.Error(w, "unknown kiosk", http.StatusForbidden)
		return
	}
	req, _ := http.NewRequest(http.MethodPost, "https://api.vipps.no/epayment/v1/payments", nil)
	req.Header.Set("Merchant-Serial-Number", msn)
}
