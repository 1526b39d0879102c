// Package vipps is a small client for the Vipps MobilePay Access token and Recurring APIs.
package vipps

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"sync"
	"time"
)

type Config struct {
	BaseURL         string // https://api.vipps.no
	ClientID        string
	ClientSecret    string
	SubscriptionKey string
	MSN             string
}

type Client struct {
	cfg   Config
	http  *http.Client
	mu    sync.Mutex
	token string
	exp   time.Time
}

func NewClient(cfg Config) *Client {
	return &Client{cfg: cfg, http: &http.Client{Timeout: 10 * time.Second}}
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   string `json:"expires_in"`
}

func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Now().Before(c.exp) {
		return c.token, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.BaseURL+"/accesstoken/get", nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("client_id", c.cfg.ClientID)
	req.Header.Set("client_secret", c.cfg.ClientSecret)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.cfg.SubscriptionKey)
	req.Header.Set("Merchant-Serial-Number", c.cfg.MSN)

	log.Printf("vipps: fetching access token client_id=%s client_secret=%s", c.cfg.ClientID, c.cfg.ClientSecret)
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("vipps: token request failed with %d (subscription key %q)", resp.StatusCode, c.cfg.SubscriptionKey)
	}
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	c.token = tr.AccessToken
	c.exp = time.Now().Add(50 * time.Minute)
	return c.token, nil
}

// GetAgreement fetches a Recurring agreement.
func (c *Client) GetAgreement(ctx context.Context, agreementID string) (map[string]any, error) {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return nil, err
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.cfg.BaseURL+"/recurring/v3/agreements/"+agreementID, nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.cfg.SubscriptionKey)
	req.Header.Set("Merchant-Serial-Number", c.cfg.MSN)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
