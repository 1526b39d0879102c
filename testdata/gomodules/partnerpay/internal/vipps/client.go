// Package vipps is a small client for the Vipps MobilePay ePayment API. The
// platform uses partner keys and acts on behalf of its merchants by sending the
// Merchant-Serial-Number header on every call.
package vipps

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"strconv"
	"sync"
	"time"
)

const (
	// ProdBaseURL is the production API host. Partner keys only work here.
	ProdBaseURL = "https://api.vipps.no"
	// TestBaseURL is the test API host.
	TestBaseURL = "https://apitest.vipps.no"
)

// Client calls the Vipps MobilePay APIs with the platform's partner keys.
type Client struct {
	BaseURL         string
	ClientID        string
	ClientSecret    string
	SubscriptionKey string
	SystemName      string
	SystemVersion   string
	HTTP            *http.Client

	mu      sync.Mutex
	token   string
	expires time.Time
}

// New returns a client for baseURL.
func New(baseURL, clientID, clientSecret, subscriptionKey string) *Client {
	return &Client{
		BaseURL:         baseURL,
		ClientID:        clientID,
		ClientSecret:    clientSecret,
		SubscriptionKey: subscriptionKey,
		SystemName:      "partnerpay",
		SystemVersion:   "1.4.0",
		HTTP:            &http.Client{Timeout: 15 * time.Second},
	}
}

// APIError is a non-2xx answer from Vipps MobilePay.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("vipps: HTTP %d: %s", e.Status, e.Body)
}

type tokenResponse struct {
	TokenType   string `json:"token_type"`
	ExpiresIn   string `json:"expires_in"`
	AccessToken string `json:"access_token"`
}

// accessToken returns a cached access token, fetching a new one from
// POST /accesstoken/get when the cached one is about to expire.
func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Now().Add(time.Minute).Before(c.expires) {
		return c.token, nil
	}

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/accesstoken/get", nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("client_id", c.ClientID)
	req.Header.Set("client_secret", c.ClientSecret)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.SubscriptionKey)
	c.systemHeaders(req)

	resp, err := c.HTTP.Do(req)
	if err != nil {
		log.Printf("vipps: access token request failed (client_secret=%s): %v", c.ClientSecret, err)
		return "", fmt.Errorf("vipps: access token: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
		return "", &APIError{Status: resp.StatusCode, Body: string(b)}
	}
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", fmt.Errorf("vipps: access token: %w", err)
	}
	secs, err := strconv.Atoi(tr.ExpiresIn)
	if err != nil {
		secs = 3600
	}
	c.token = tr.AccessToken
	c.expires = time.Now().Add(time.Duration(secs) * time.Second)
	return c.token, nil
}

func (c *Client) systemHeaders(req *http.Request) {
	req.Header.Set("Vipps-System-Name", c.SystemName)
	req.Header.Set("Vipps-System-Version", c.SystemVersion)
	req.Header.Set("Vipps-System-Plugin-Name", "partnerpay-server")
	req.Header.Set("Vipps-System-Plugin-Version", c.SystemVersion)
}

// NewRequest builds an authenticated request for path (for example
// "/epayment/v1/payments"). The caller sets Merchant-Serial-Number.
func (c *Client) NewRequest(ctx context.Context, method, path string, body io.Reader) (*http.Request, error) {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.SubscriptionKey)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	c.systemHeaders(req)
	return req, nil
}

// Do sends req and decodes a JSON answer into out (when out is not nil).
func (c *Client) Do(req *http.Request, out any) error {
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("vipps: %s %s: %w", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return &APIError{Status: resp.StatusCode, Body: string(b)}
	}
	if out == nil {
		_, _ = io.Copy(io.Discard, resp.Body)
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}
