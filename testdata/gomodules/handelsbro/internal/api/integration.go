package api

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/gorilla/mux"

	"example.com/handelsbro/internal/gateway"
	"example.com/handelsbro/internal/shops"
	"example.com/handelsbro/internal/vipps"
)

// Integration is the API the shops' own systems (ERP, webshop plugins) call, each with the
// API key Handelsbro issued to it.
type Integration struct {
	Pay   gateway.Payments
	Shops *shops.Store
}

// Routes returns the router for /v1.
func (in *Integration) Routes() *mux.Router {
	r := mux.NewRouter()
	v1 := r.PathPrefix("/v1").Subrouter()
	v1.HandleFunc("/payments", in.CreatePayment).Methods(http.MethodPost)
	v1.HandleFunc("/shops/{msn}/payments/{reference}", in.GetPayment).Methods(http.MethodGet)
	v1.HandleFunc("/shops/{msn}/payments/{reference}/capture", in.CapturePayment).Methods(http.MethodPost)
	v1.HandleFunc("/refunds", in.RefundPayment).Methods(http.MethodPost)
	return r
}

// shop authenticates the calling system by its API key.
func (in *Integration) shop(w http.ResponseWriter, r *http.Request) (*shops.Shop, bool) {
	key, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		http.Error(w, "missing API key", http.StatusUnauthorized)
		return nil, false
	}
	sh, err := in.Shops.Authenticate(key)
	if err != nil {
		http.Error(w, "unknown API key", http.StatusUnauthorized)
		return nil, false
	}
	return sh, true
}

type createInput struct {
	Amount      int64  `json:"amount"`
	Reference   string `json:"reference"`
	PhoneNumber string `json:"phoneNumber"`
}

// CreatePayment charges for the calling shop: the MSN is the one registered for its key.
func (in *Integration) CreatePayment(w http.ResponseWriter, r *http.Request) {
	sh, ok := in.shop(w, r)
	if !ok {
		return
	}
	var body createInput
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	p, err := in.Pay.CreatePayment(r.Context(), sh.MSN, vipps.PaymentRequest{
		Amount:        vipps.Amount{Currency: "NOK", Value: body.Amount},
		PaymentMethod: map[string]string{"type": "WALLET"},
		Customer:      map[string]string{"phoneNumber": body.PhoneNumber},
		Reference:     body.Reference,
		UserFlow:      "PUSH_MESSAGE",
	})
	if err != nil {
		http.Error(w, "payment failed", http.StatusBadGateway)
		return
	}
	writeJSON(w, http.StatusCreated, p)
}

// GetPayment accepts the MSN in the path only when it is the calling shop's own.
func (in *Integration) GetPayment(w http.ResponseWriter, r *http.Request) {
	sh, ok := in.shop(w, r)
	if !ok {
		return
	}
	vars := mux.Vars(r)
	msn := vars["msn"]
	if msn != sh.MSN {
		http.Error(w, "not your sales unit", http.StatusForbidden)
		return
	}
	p, err := in.Pay.GetPayment(r.Context(), msn, vars["reference"])
	if err != nil {
		http.Error(w, "lookup failed", http.StatusBadGateway)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

type amountInput struct {
	Amount int64 `json:"amount"`
}

// CapturePayment authenticates the shop but then trusts the MSN in the path.
func (in *Integration) CapturePayment(w http.ResponseWriter, r *http.Request) {
	if _, ok := in.shop(w, r); !ok {
		return
	}
	vars := mux.Vars(r)
	var body amountInput
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	err := in.Pay.Capture(r.Context(), vars["msn"], vars["reference"], vipps.Amount{Currency: "NOK", Value: body.Amount})
	if err != nil {
		http.Error(w, "capture failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

type refundInput struct {
	MerchantSerialNumber string `json:"merchantSerialNumber"`
	Reference            string `json:"reference"`
	Amount               int64  `json:"amount"`
}

// RefundPayment takes the sales unit from the JSON body.
func (in *Integration) RefundPayment(w http.ResponseWriter, r *http.Request) {
	if _, ok := in.shop(w, r); !ok {
		return
	}
	var body refundInput
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := in.Pay.Refund(r.Context(), body.MerchantSerialNumber, body.Reference, vipps.Amount{Currency: "NOK", Value: body.Amount}); err != nil {
		http.Error(w, "refund failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
