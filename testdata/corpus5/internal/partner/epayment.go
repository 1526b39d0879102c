package partner

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/google/uuid"
)

const vippsBase = "https://api.vipps.no"

type Handler struct {
	Tokens          TokenSource
	SubscriptionKey string
	Client          *http.Client
}

// CreatePayment is mounted at POST /merchants/{msn}/payments.
func (h *Handler) CreatePayment(w http.ResponseWriter, r *http.Request) {
	msn := r.PathValue("msn")
	var body PaymentRequest
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	buf, _ := json.Marshal(body)
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, vippsBase+"/epayment/v1/payments", bytes.NewReader(buf))
	req.Header.Set("Authorization", "Bearer "+h.Tokens.Token())
	req.Header.Set("Ocp-Apim-Subscription-Key", h.SubscriptionKey)
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", uuid.NewString())
	req.Header.Set("Content-Type", "application/json")
	resp, err := h.Client.Do(req)
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}
