// Package vipps is Handelsbro's client for the Vipps MobilePay APIs. It holds one set of
// partner keys and acts for a shop by naming the shop's Merchant-Serial-Number on each call.
package vipps

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// Keys are the partner keys, read from the environment at startup.
type Keys struct {
	ClientID        string
	ClientSecret    string
	SubscriptionKey string
}

// Client calls the Vipps MobilePay APIs with one set of partner keys.
type Client struct {
	baseURL string
	keys    Keys
	http    *http.Client
	log     *slog.Logger

	mu      sync.Mutex
	token   string
	expires time.Time
}

// New returns a client for baseURL, normally https://api.vipps.no.
func New(baseURL string, keys Keys, logger *slog.Logger) *Client {
	return &Client{
		baseURL: baseURL,
		keys:    keys,
		http:    &http.Client{Timeout: 15 * time.Second},
		log:     logger,
	}
}

type tokenResponse struct {
	AccessToken string      `json:"access_token"`
	ExpiresIn   json.Number `json:"expires_in"`
}

// AccessToken returns a cached access token, fetching a new one when it has expired.
func (c *Client) AccessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Now().Before(c.expires) {
		return c.token, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/accesstoken/get", nil)
	if err != nil {
		return "", fmt.Errorf("vipps: token request: %w", err)
	}
	req.Header.Set("client_id", c.keys.ClientID)
	req.Header.Set("client_secret", c.keys.ClientSecret)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.keys.SubscriptionKey)
	resp, err := c.http.Do(req)
	if err != nil {
		return "", fmt.Errorf("vipps: token request: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		c.log.Error("vipps: token request rejected", "status", resp.StatusCode, "client_id", c.keys.ClientID, "client_secret", c.keys.ClientSecret)
		return "", fmt.Errorf("vipps: token request: status %d", resp.StatusCode)
	}
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", fmt.Errorf("vipps: token response: %w", err)
	}
	secs, _ := tr.ExpiresIn.Int64()
	c.token = tr.AccessToken
	c.expires = time.Now().Add(time.Duration(secs-60) * time.Second)
	c.log.Debug("vipps: new access token", "expires_in", secs, "token_len", len(tr.AccessToken))
	return c.token, nil
}

// newRequest builds a call to the API on behalf of the sales unit msn.
func (c *Client) newRequest(ctx context.Context, method, path, msn string, body any) (*http.Request, error) {
	token, err := c.AccessToken(ctx)
	if err != nil {
		return nil, err
	}
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, fmt.Errorf("vipps: encode %s body: %w", path, err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, rd)
	if err != nil {
		return nil, fmt.Errorf("vipps: %s %s: %w", method, path, err)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.keys.SubscriptionKey)
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Vipps-System-Name", "handelsbro")
	req.Header.Set("Vipps-System-Version", "2.4.0")
	return req, nil
}

// sensitiveHeaders are removed before a request is written to the debug log.
var sensitiveHeaders = []string{"Authorization", "Ocp-Apim-Subscription-Key", "client_secret"}

func redacted(h http.Header) http.Header {
	out := h.Clone()
	for _, name := range sensitiveHeaders {
		out.Del(name)
	}
	return out
}

// do sends req and decodes a JSON answer into out (when out is not nil).
func (c *Client) do(req *http.Request, out any) error {
	c.log.Debug("vipps: request", "method", req.Method, "path", req.URL.Path, "headers", redacted(req.Header))
	resp, err := c.http.Do(req)
	if err != nil {
		// A *url.Error repeats the whole URL; keep only the cause.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return fmt.Errorf("vipps: %s %s: %w", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		problem, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return fmt.Errorf("vipps: %s %s: status %d: %s", req.Method, req.URL.Path, resp.StatusCode, problem)
	}
	if out == nil {
		return nil
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return fmt.Errorf("vipps: decode %s: %w", req.URL.Path, err)
	}
	return nil
}
