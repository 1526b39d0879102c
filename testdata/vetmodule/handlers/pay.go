// Package handlers serves the shop's payment endpoints.
package handlers

import (
	"net/http"

	"example.com/shop/vipps"
)

var allowed = map[string]bool{"212345": true}

// Pay lets the caller pick the merchant: a partner-key misuse.
func Pay(w http.ResponseWriter, r *http.Request) {
	_ = vipps.New().Pay(r.FormValue("msn"), 100)
}

// PayChecked checks the merchant against an allowlist first.
func PayChecked(w http.ResponseWriter, r *http.Request) {
	msn := r.FormValue("msn")
	if !allowed[msn] {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_ = vipps.New().Pay(msn, 100)
}
