package handlers

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
)

// The old webshop plugin still talks to the eCom v2 API, where the merchant is
// named in the body instead of the Merchant-Serial-Number header.

type ecomMerchantInfo struct {
	MerchantSerialNumber string `json:"merchantSerialNumber"`
	CallbackPrefix       string `json:"callbackPrefix"`
	FallBack             string `json:"fallBack"`
}

type ecomCustomerInfo struct {
	MobileNumber string `json:"mobileNumber,omitempty"`
}

type ecomTransaction struct {
	OrderID             string `json:"orderId"`
	Amount              int64  `json:"amount"`
	TransactionText     string `json:"transactionText"`
	SkipLandingPage     bool   `json:"skipLandingPage"`
	UseExplicitCheckOut bool   `json:"useExplicitCheckoutFlow"`
}

type ecomInitiateRequest struct {
	MerchantInfo ecomMerchantInfo `json:"merchantInfo"`
	CustomerInfo ecomCustomerInfo `json:"customerInfo"`
	Transaction  ecomTransaction  `json:"transaction"`
}

type ecomInitiateResponse struct {
	OrderID string `json:"orderId"`
	URL     string `json:"url"`
}

// InitiateEcomPayment is called by the legacy webshop plugin's checkout form.
func (h *Handler) InitiateEcomPayment(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid form", http.StatusBadRequest)
		return
	}
	amount, err := strconv.ParseInt(r.PostFormValue("amount"), 10, 64)
	if err != nil || amount <= 0 {
		http.Error(w, "invalid amount", http.StatusBadRequest)
		return
	}
	var in ecomInitiateRequest
	in.MerchantInfo.MerchantSerialNumber = r.PostFormValue("merchantSerialNumber")
	in.MerchantInfo.CallbackPrefix = "https://partnerpay.example.com/callbacks/ecom"
	in.MerchantInfo.FallBack = h.ReturnURL
	in.CustomerInfo.MobileNumber = r.PostFormValue("phone")
	in.Transaction = ecomTransaction{
		OrderID:         newReference(),
		Amount:          amount,
		TransactionText: r.PostFormValue("text"),
	}

	body, err := json.Marshal(in)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	req, err := h.Vipps.NewRequest(r.Context(), http.MethodPost, "/ecomm/v2/payments", bytes.NewReader(body))
	if err != nil {
		upstreamError(w, err)
		return
	}
	var out ecomInitiateResponse
	if err := h.Vipps.Do(req, &out); err != nil {
		upstreamError(w, err)
		return
	}
	http.Redirect(w, r, out.URL, http.StatusSeeOther)
}
