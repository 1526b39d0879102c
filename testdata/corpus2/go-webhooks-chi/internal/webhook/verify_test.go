package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"
)

// Secret from our MT registration (POST https://apitest.vipps.no/webhooks/v1/webhooks),
// so the fixtures below match what Vipps MobilePay actually sent us.
const vippsWebhookSecret = "8JfkcQMO9apFNdemB-Q1bdZmsUxrYJw1rwXgqmHm"

const samplePayload = `{"msn":"44916","reference":"ordre-88231","pspReference":"1481367977","name":"AUTHORIZED","amount":{"currency":"NOK","value":24900},"timestamp":"2024-04-18T09:12:44.120Z","idempotencyKey":null,"success":true}`

func sign(t *testing.T, secret, method, path, date, host, body string) (string, string) {
	t.Helper()
	sum := sha256.Sum256([]byte(body))
	contentHash := base64.StdEncoding.EncodeToString(sum[:])
	toSign := method + "\n" + path + "\n" + date + ";" + host + ";" + contentHash
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(toSign))
	sig := base64.StdEncoding.EncodeToString(mac.Sum(nil))
	return contentHash, "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + sig
}

func TestVerifyAcceptsValidSignature(t *testing.T) {
	r := chi.NewRouter()
	r.Post("/vipps/webhook", Handler(Verifier{Secret: vippsWebhookSecret}, func(e Event) error { return nil }))

	date := time.Now().UTC().Format(http.TimeFormat)
	hash, auth := sign(t, vippsWebhookSecret, "POST", "/vipps/webhook", date, "example.com", samplePayload)

	req := httptest.NewRequest(http.MethodPost, "http://example.com/vipps/webhook", strings.NewReader(samplePayload))
	req.Header.Set("X-Ms-Date", date)
	req.Header.Set("X-Ms-Content-Sha256", hash)
	req.Header.Set("Authorization", auth)
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, req)

	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d, want 200", rec.Code)
	}
}

func TestVerifyRejectsTamperedBody(t *testing.T) {
	r := chi.NewRouter()
	r.Post("/vipps/webhook", Handler(Verifier{Secret: vippsWebhookSecret}, func(e Event) error { return nil }))

	date := time.Now().UTC().Format(http.TimeFormat)
	hash, auth := sign(t, vippsWebhookSecret, "POST", "/vipps/webhook", date, "example.com", samplePayload)

	tampered := strings.Replace(samplePayload, "24900", "1", 1)
	req := httptest.NewRequest(http.MethodPost, "http://example.com/vipps/webhook", strings.NewReader(tampered))
	req.Header.Set("X-Ms-Date", date)
	req.Header.Set("X-Ms-Content-Sha256", hash)
	req.Header.Set("Authorization", auth)
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, req)

	if rec.Code != http.StatusUnauthorized {
		t.Fatalf("status = %d, want 401", rec.Code)
	}
}
