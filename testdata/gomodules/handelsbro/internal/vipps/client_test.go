package vipps

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
)

// fakeVipps answers the token and ePayment calls and records what it was sent.
func fakeVipps(t *testing.T, gotMSN *string) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /accesstoken/get", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("client_secret") != "test-client-secret" {
			t.Errorf("client_secret header = %q", r.Header.Get("client_secret"))
		}
		json.NewEncoder(w).Encode(map[string]any{"access_token": "test-access-token", "expires_in": "3600"})
	})
	mux.HandleFunc("POST /epayment/v1/payments", func(w http.ResponseWriter, r *http.Request) {
		*gotMSN = r.Header.Get("Merchant-Serial-Number")
		t.Logf("create payment for MSN %s", *gotMSN)
		json.NewEncoder(w).Encode(Payment{Reference: "order-1", RedirectURL: "https://example.test/redirect", State: "CREATED"})
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestCreatePaymentSendsMSN(t *testing.T) {
	var gotMSN string
	srv := fakeVipps(t, &gotMSN)
	c := New(srv.URL, Keys{ClientID: "test-client-id", ClientSecret: "test-client-secret", SubscriptionKey: "test-subscription-key"}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	p, err := c.CreatePayment(context.Background(), "123456", PaymentRequest{Reference: "order-1", UserFlow: "WEB_REDIRECT"})
	if err != nil {
		t.Fatal(err)
	}
	if gotMSN != "123456" {
		t.Errorf("Merchant-Serial-Number = %q, want 123456", gotMSN)
	}
	if p.State != "CREATED" {
		t.Errorf("state = %q", p.State)
	}
}

func TestRedactedDropsKeys(t *testing.T) {
	h := http.Header{}
	h.Set("Ocp-Apim-Subscription-Key", "test-subscription-key")
	h.Set("Authorization", "Bearer test-access-token")
	h.Set("Merchant-Serial-Number", "123456")
	got := redacted(h)
	if got.Get("Ocp-Apim-Subscription-Key") != "" || got.Get("Authorization") != "" {
		t.Errorf("redacted kept a key: %v", got)
	}
	if got.Get("Merchant-Serial-Number") != "123456" {
		t.Errorf("redacted dropped the MSN")
	}
}
