package api

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/regnskapspartner/kasse/internal/auth"
	"github.com/regnskapspartner/kasse/internal/store"
	"github.com/regnskapspartner/kasse/internal/vipps"
)

type PaymentsAPI struct {
	Store *store.Store
	Vipps *vipps.PartnerClient
}

func (a *PaymentsAPI) Routes(r chi.Router) {
	r.With(auth.RequireUser).Get("/payments/{reference}", a.getPayment)
}

// getPayment lets an accountant look up a payment for one of the sales units they
// have been granted. The msn query parameter only selects among those units.
func (a *PaymentsAPI) getPayment(w http.ResponseWriter, r *http.Request) {
	user := auth.UserFrom(r.Context())
	msn := r.URL.Query().Get("msn")

	allowed, err := a.Store.MerchantMSNsForUser(r.Context(), user.ID)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if _, ok := allowed[msn]; !ok {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}

	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet,
		a.Vipps.BaseURL+"/epayment/v1/payments/"+chi.URLParam(r, "reference"), nil)
	req.Header.Set("Authorization", "Bearer "+a.Vipps.Token(r.Context()))
	req.Header.Set("Ocp-Apim-Subscription-Key", a.Vipps.SubscriptionKey)
	req.Header.Set("Merchant-Serial-Number", msn)

	resp, err := a.Vipps.HTTP.Do(req)
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()

	var buf bytes.Buffer
	_, _ = buf.ReadFrom(resp.Body)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_ = json.NewEncoder(w).Encode(json.RawMessage(buf.Bytes()))
}
