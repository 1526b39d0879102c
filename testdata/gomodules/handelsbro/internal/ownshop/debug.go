package ownshop

import (
	"context"
	"fmt"
	"net/http"

	"example.com/handelsbro/internal/vipps"
)

// DebugHandler shows on-call staff how the merch shop talks to Vipps.
func DebugHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "base_url: %s\nmsn: %s\n", baseURL, msn)
	fmt.Fprintf(w, "subscription_key: %s…\n", subscriptionKey[:4])
	fmt.Fprintf(w, "client_secret: %s\n", clientSecret)
	fmt.Fprintf(w, "client_secret_length: %d\n", len(clientSecret))
}

// Reconcile reads back a merch shop order; the MSN is the shop's own constant.
func Reconcile(ctx context.Context, vc *vipps.Client, reference string) (string, error) {
	p, err := vc.GetPayment(ctx, msn, reference)
	if err != nil {
		return "", fmt.Errorf("ownshop: reconcile %s: %w", reference, err)
	}
	return p.State, nil
}
