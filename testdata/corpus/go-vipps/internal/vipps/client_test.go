package vipps

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// recordedToken was captured from apitest.vipps.no so the decoder test uses a real-shaped token.
const recordedToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6Il9jUDdQbFh6dzhoZ01PcHRSTkdwR2Jqa3NaZyIsImtpZCI6Il9jUDdQbFh6dzhoZ01PcHRSTkdwR2Jqa3NaZyJ9.eyJhdWQiOiJodHRwczovL2FwaS52aXBwcy5ubyIsImlzcyI6Imh0dHBzOi8vYXBpdGVzdC52aXBwcy5uby9hY2Nlc3N0b2tlbi8iLCJpYXQiOjE3MTU4ODIzMTQsIm5iZiI6MTcxNTg4MjMxNCwiZXhwIjoxNzE1ODg1OTE0LCJzdWIiOiI0ZWQwNmEyNy0yYWI4LTQ5ZmQtYTk2NC05MWNmY2I3YWJiMDMiLCJtc24iOiI5NDE4NTEiLCJzY29wZSI6ImVwYXltZW50IHJlY3VycmluZyIsInZlciI6IjEuMCJ9.BeH9XFeXHMMb-tONLrNrh8oJaAE8YkAF-ZoQGl8dvuI5HduwOvAG_5vRfKbVWbcVDJWTG0TQaeic1Om68SJlFUN91mG8RCX_KXrgCewF_U41UFJtrCGzoAeiBB6otFL9HkrQmxbt9PGEH0iGl-IlKqjj6FZu8RFLY9q5-s1PJrocZc3NTSFlBLcSbNRZniPGBMctHf7f-Bidy1XFoPpbp2RARKIayC6LhtYhWS_iwATV4DlMotlUzFqPLQSfpKKCWwXqQow9sSioJUo6VXP9kbIuHogDRbxUGj3BrGuU2NTiRFr7WOtUNYKVmgYUL-z_lIvrzFySRrYPKQRq3YOmvg"

func TestNewRequestSetsHeaders(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/accesstoken/get" {
			if got := r.Header.Get("client_secret"); got != "test_client_secret" {
				t.Errorf("client_secret = %q", got)
			}
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"token_type":"Bearer","expires_in":"3599","access_token":"` + recordedToken + `"}`))
			return
		}
		if got := r.Header.Get("Merchant-Serial-Number"); got != "123456" {
			t.Errorf("Merchant-Serial-Number = %q", got)
		}
		w.WriteHeader(http.StatusCreated)
	}))
	defer srv.Close()

	t.Setenv("VIPPS_CLIENT_SECRET", "test_client_secret")
	c := New("123456")
	c.baseURL = srv.URL
	req, err := c.newRequest(t.Context(), http.MethodGet, "/epayment/v1/payments/ref-1", nil)
	if err != nil {
		t.Fatal(err)
	}
	if req.Header.Get("Authorization") != "Bearer "+recordedToken {
		t.Errorf("unexpected Authorization header")
	}
}
