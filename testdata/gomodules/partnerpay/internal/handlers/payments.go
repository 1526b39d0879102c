package handlers

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"

	"example.com/partnerpay/internal/vipps"
)

// QuickPayment starts a payment from a payment link:
// POST /api/payments/quick?msn=...&amount=...
func (h *Handler) QuickPayment(w http.ResponseWriter, r *http.Request) {
	msn := r.URL.Query().Get("msn")
	amount, err := strconv.ParseInt(r.URL.Query().Get("amount"), 10, 64)
	if err != nil || amount <= 0 {
		http.Error(w, "invalid amount", http.StatusBadRequest)
		return
	}
	ref := newReference()
	body, err := json.Marshal(vipps.WebRedirectPayment(ref, amount, h.ReturnURL, "Payment link"))
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

type createPaymentInput struct {
	Msn         string `json:"msn"`
	Amount      int64  `json:"amount"`
	Reference   string `json:"reference"`
	Phone       string `json:"phone"`
	Description string `json:"description"`
}

// CreatePaymentJSON starts a payment for the merchant named in the JSON body.
func (h *Handler) CreatePaymentJSON(w http.ResponseWriter, r *http.Request) {
	var in createPaymentInput
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&in); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	if in.Amount <= 0 || in.Reference == "" {
		http.Error(w, "amount and reference are required", http.StatusBadRequest)
		return
	}
	p := vipps.WebRedirectPayment(in.Reference, in.Amount, h.ReturnURL, in.Description)
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
	req.Header.Set("Merchant-Serial-Number", in.Msn)
	req.Header.Set("Idempotency-Key", in.Reference)

	var out vipps.CreatePaymentResponse
	if err := h.Vipps.Do(req, &out); err != nil {
		upstreamError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, out)
}

// CreatePaymentForm is the target of the merchant back-office "new payment"
// form.
func (h *Handler) CreatePaymentForm(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid form", http.StatusBadRequest)
		return
	}
	msn := r.FormValue("msn")
	amount, err := strconv.ParseInt(r.FormValue("amount"), 10, 64)
	if err != nil || amount <= 0 {
		http.Error(w, "invalid amount", http.StatusBadRequest)
		return
	}
	p := vipps.WebRedirectPayment(newReference(), amount, h.ReturnURL, r.FormValue("description"))
	out, err := h.Vipps.CreatePayment(r.Context(), msn, p)
	if err != nil {
		upstreamError(w, err)
		return
	}
	http.Redirect(w, r, out.RedirectURL, http.StatusSeeOther)
}

type amountInput struct {
	Amount int64 `json:"amount"`
}

// CapturePayment captures a reserved payment. The POS terminal sends its
// merchant in the X-Merchant header.
func (h *Handler) CapturePayment(w http.ResponseWriter, r *http.Request) {
	ref := r.PathValue("reference")
	msn := r.Header.Get("X-Merchant")
	var in amountInput
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Amount <= 0 {
		http.Error(w, "invalid amount", http.StatusBadRequest)
		return
	}
	body, _ := json.Marshal(vipps.ModificationRequest{ModificationAmount: vipps.NOK(in.Amount)})
	req, err := h.Vipps.NewRequest(r.Context(), http.MethodPost, "/epayment/v1/payments/"+ref+"/capture", bytes.NewReader(body))
	if err != nil {
		upstreamError(w, err)
		return
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", ref+"-capture-"+strconv.FormatInt(in.Amount, 10))
	if err := h.Vipps.Do(req, nil); err != nil {
		upstreamError(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// RefundPayment refunds (part of) a captured payment:
// POST /api/merchants/{msn}/payments/{reference}/refund
func (h *Handler) RefundPayment(w http.ResponseWriter, r *http.Request) {
	msn := r.PathValue("msn")
	ref := r.PathValue("reference")
	var in amountInput
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Amount <= 0 {
		http.Error(w, "invalid amount", http.StatusBadRequest)
		return
	}
	body, _ := json.Marshal(vipps.ModificationRequest{ModificationAmount: vipps.NOK(in.Amount)})
	req, err := h.Vipps.NewRequest(r.Context(), http.MethodPost, "/epayment/v1/payments/"+ref+"/refund", bytes.NewReader(body))
	if err != nil {
		upstreamError(w, err)
		return
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", ref+"-refund-"+strconv.FormatInt(in.Amount, 10))
	if err := h.Vipps.Do(req, nil); err != nil {
		upstreamError(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// CancelPayment cancels a payment that is not captured yet. The merchant
// dashboard remembers the selected merchant in the "msn" cookie.
func (h *Handler) CancelPayment(w http.ResponseWriter, r *http.Request) {
	ref := r.PathValue("reference")
	c, err := r.Cookie("msn")
	if err != nil {
		http.Error(w, "no merchant selected", http.StatusBadRequest)
		return
	}
	msn := c.Value
	req, err := h.Vipps.NewRequest(r.Context(), http.MethodPost, "/epayment/v1/payments/"+ref+"/cancel", nil)
	if err != nil {
		upstreamError(w, err)
		return
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", ref+"-cancel")
	if err := h.Vipps.Do(req, nil); err != nil {
		upstreamError(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
