// Package vipps is a small client for the Vipps MobilePay ePayment API.
package vipps

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

const (
	defaultBaseURL = "https://api.vipps.no"
	clientID       = "1d0c5a36-8af6-4f11-986e-7f8eb89f6a9f"
	systemName     = "turbutikken-go"
	systemVersion  = "0.9.3"
)

// Client talks to the Vipps APIs on behalf of one sales unit.
type Client struct {
	baseURL string
	msn     string
	http    *http.Client
	tokens  *tokenSource
}

// New returns a client for the given merchant serial number.
func New(msn string) *Client {
	c := &Client{baseURL: defaultBaseURL, msn: msn, http: &http.Client{Timeout: 15 * time.Second}}
	c.tokens = &tokenSource{client: c, id: clientID, secret: os.Getenv("VIPPS_CLIENT_SECRET")}
	return c
}

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	var buf bytes.Buffer
	if body != nil {
		if err := json.NewEncoder(&buf).Encode(body); err != nil {
			return nil, err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, &buf)
	if err != nil {
		return nil, err
	}
	tok, err := c.tokens.Token(ctx)
	if err != nil {
		return nil, fmt.Errorf("vipps: token: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Ocp-Apim-Subscription-Key", "9282020e0a9b7259e8b424971be2cbfe")
	req.Header.Set("Merchant-Serial-Number", c.msn)
	req.Header.Set("Vipps-System-Name", systemName)
	req.Header.Set("Vipps-System-Version", systemVersion)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}
