package handlers

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"

	"example.com/partnerpay/internal/vipps"
)

// internalToolMSN is the sales unit of the support team's refund and
// reconciliation tools. These routes are only reachable from the office VPN.
const internalToolMSN = "371245"

// InternalRefund lets support refund a payment made on the support sales unit.
func (h *Handler) InternalRefund(w http.ResponseWriter, r *http.Request) {
	ref := r.PathValue("reference")
	amount, err := strconv.ParseInt(r.URL.Query().Get("amount"), 10, 64)
	if err != nil || amount <= 0 {
		http.Error(w, "invalid amount", http.StatusBadRequest)
		return
	}
	body, _ := json.Marshal(vipps.ModificationRequest{ModificationAmount: vipps.NOK(amount)})
	req, err := h.Vipps.NewRequest(r.Context(), http.MethodPost, "/epayment/v1/payments/"+ref+"/refund", bytes.NewReader(body))
	if err != nil {
		upstreamError(w, err)
		return
	}
	req.Header.Set("Merchant-Serial-Number", internalToolMSN)
	req.Header.Set("Idempotency-Key", ref+"-support-refund-"+strconv.FormatInt(amount, 10))
	if err := h.Vipps.Do(req, nil); err != nil {
		upstreamError(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// InternalReconcile shows an old eCom v2 order of the support sales unit.
func (h *Handler) InternalReconcile(w http.ResponseWriter, r *http.Request) {
	details, err := h.Vipps.LegacyOrderDetails(r.Context(), internalToolMSN, r.PathValue("orderID"))
	if err != nil {
		upstreamError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, details)
}
