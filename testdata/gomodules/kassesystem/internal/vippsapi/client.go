// Package vippsapi is a thin client for the Vipps MobilePay ePayment,
// Recurring and (legacy) eCom APIs, used with partner keys on behalf of the
// merchants (sales units) connected to us.
package vippsapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Config holds the partner keys and system identification.
type Config struct {
	BaseURL         string // https://api.vipps.no or https://apitest.vipps.no
	ClientID        string
	ClientSecret    string
	SubscriptionKey string
	SystemName      string
	SystemVersion   string
}

// Client talks to the Vipps MobilePay API with one set of partner keys.
type Client struct {
	cfg  Config
	http *http.Client

	mu       sync.Mutex
	token    string
	tokenExp time.Time
}

// New returns a Client for cfg.
func New(cfg Config) *Client {
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	return &Client{cfg: cfg, http: &http.Client{Timeout: 15 * time.Second}}
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   string `json:"expires_in"`
}

// accessToken fetches (and caches) a partner access token from /accesstoken/get.
func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Now().Before(c.tokenExp) {
		return c.token, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.BaseURL+"/accesstoken/get", nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("client_id", c.cfg.ClientID)
	req.Header.Set("client_secret", c.cfg.ClientSecret)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.cfg.SubscriptionKey)
	res, err := c.http.Do(req)
	if err != nil {
		return "", fmt.Errorf("vipps: access token: %w", err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("vipps: access token: status %d", res.StatusCode)
	}
	var tr tokenResponse
	if err := json.NewDecoder(res.Body).Decode(&tr); err != nil {
		return "", fmt.Errorf("vipps: access token: %w", err)
	}
	c.token = tr.AccessToken
	c.tokenExp = time.Now().Add(50 * time.Minute)
	return c.token, nil
}

// NewRequest builds an authenticated API request. The caller must add the
// Merchant-Serial-Number header of the sales unit it acts on behalf of.
func (c *Client) NewRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return nil, err
	}
	var rdr io.Reader
	if body != nil {
		buf, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rdr = bytes.NewReader(buf)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.cfg.BaseURL+path, rdr)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.cfg.SubscriptionKey)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Vipps-System-Name", c.cfg.SystemName)
	req.Header.Set("Vipps-System-Version", c.cfg.SystemVersion)
	req.Header.Set("Vipps-System-Plugin-Name", "kassesystem-pos")
	req.Header.Set("Vipps-System-Plugin-Version", c.cfg.SystemVersion)
	return req, nil
}

// SetMerchant selects the sales unit the request is made on behalf of.
func SetMerchant(req *http.Request, msn string) {
	req.Header.Set("Merchant-Serial-Number", msn)
}

// APIError is a non-2xx answer from the API.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("vipps: status %d: %s", e.Status, e.Body) }

// Do sends req and decodes a JSON answer into out (when out is not nil).
func (c *Client) Do(req *http.Request, out any) error {
	res, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode/100 != 2 {
		b, _ := io.ReadAll(io.LimitReader(res.Body, 4096))
		return &APIError{Status: res.StatusCode, Body: string(b)}
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(res.Body).Decode(out)
}
