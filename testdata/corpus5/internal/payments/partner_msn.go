package payments

import (
	"errors"
	"net/http"
)

// allowedMSN maps our internal shop IDs to the Vipps sales units we are partner for.
var allowedMSN = map[string]string{
	"shop-oslo":   "278169",
	"shop-bergen": "428033",
}

var errUnknownShop = errors.New("unknown shop")

func setVippsHeaders(req *http.Request, r *http.Request, token, subKey string) error {
	shopID := r.URL.Query().Get("shop")
	msn, ok := allowedMSN[shopID]
	if !ok {
		return errUnknownShop
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Ocp-Apim-Subscription-Key", subKey)
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Vipps-System-Name", "acme-pos")
	return nil
}
