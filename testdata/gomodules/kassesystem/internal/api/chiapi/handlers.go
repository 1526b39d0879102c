// Package chiapi serves the subscription (Recurring) back-office and the
// staff canteen (chi + net/http).
package chiapi

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"example.com/kassesystem/internal/auth"
	"example.com/kassesystem/internal/store"
	"example.com/kassesystem/internal/vippsapi"
)

// Handler serves the chi routes.
type Handler struct {
	vipps *vippsapi.Client
	cfg   *store.Config
}

// New returns a Handler.
func New(v *vippsapi.Client, cfg *store.Config) *Handler {
	return &Handler{vipps: v, cfg: cfg}
}

// Routes returns the router.
func (h *Handler) Routes(sessions *auth.Sessions) http.Handler {
	r := chi.NewRouter()
	r.Use(sessions.Middleware)
	r.Post("/merchants/{msn}/agreements/{agreementID}/charges", h.CreateCharge)
	r.Get("/agreements/{agreementID}", h.GetAgreement)
	r.Post("/canteen/payments/{reference}", h.CanteenPayment)
	return r
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

type chargeInput struct {
	Amount      int64  `json:"amount"`
	Description string `json:"description"`
	OrderID     string `json:"orderId"`
}

// CreateCharge charges a Recurring agreement of the shop in the path.
func (h *Handler) CreateCharge(w http.ResponseWriter, r *http.Request) {
	msn := chi.URLParam(r, "msn")
	agreementID := chi.URLParam(r, "agreementID")
	var in chargeInput
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	body := vippsapi.Charge{
		Amount:      in.Amount,
		Description: in.Description,
		Due:         time.Now().AddDate(0, 0, 2).Format("2006-01-02"),
		RetryDays:   3,
		Type:        "RECURRING",
		OrderID:     in.OrderID,
	}
	req, err := h.vipps.NewRequest(r.Context(), http.MethodPost, "/recurring/v3/agreements/"+agreementID+"/charges", body)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", in.OrderID)
	var out map[string]string
	if err := h.vipps.Do(req, &out); err != nil {
		http.Error(w, "payment provider error", http.StatusBadGateway)
		return
	}
	writeJSON(w, http.StatusCreated, out)
}

// GetAgreement shows an agreement of the operator's current shop.
func (h *Handler) GetAgreement(w http.ResponseWriter, r *http.Request) {
	sess, ok := auth.FromContext(r.Context())
	if !ok {
		http.Error(w, "login required", http.StatusUnauthorized)
		return
	}
	req, err := h.vipps.NewRequest(r.Context(), http.MethodGet, "/recurring/v3/agreements/"+chi.URLParam(r, "agreementID"), nil)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	req.Header.Set("Merchant-Serial-Number", sess.MSN)
	var a vippsapi.Agreement
	if err := h.vipps.Do(req, &a); err != nil {
		http.Error(w, "payment provider error", http.StatusBadGateway)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

// CanteenPayment charges a staff member in our own canteen.
func (h *Handler) CanteenPayment(w http.ResponseWriter, r *http.Request) {
	reference := chi.URLParam(r, "reference")
	var in struct {
		Amount int64  `json:"amount"`
		Phone  string `json:"phoneNumber"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	body := vippsapi.CreatePaymentRequest{
		Amount:        vippsapi.NOK(in.Amount),
		PaymentMethod: vippsapi.PaymentMethod{Type: "WALLET"},
		Customer:      &vippsapi.Customer{PhoneNumber: in.Phone},
		Reference:     reference,
		UserFlow:      "PUSH_MESSAGE",
	}
	req, err := h.vipps.NewRequest(r.Context(), http.MethodPost, "/epayment/v1/payments", body)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	req.Header.Set("Merchant-Serial-Number", h.cfg.HouseMSN)
	req.Header.Set("Idempotency-Key", reference)
	var out vippsapi.CreatePaymentResponse
	if err := h.vipps.Do(req, &out); err != nil {
		http.Error(w, "payment provider error", http.StatusBadGateway)
		return
	}
	writeJSON(w, http.StatusCreated, out)
}
