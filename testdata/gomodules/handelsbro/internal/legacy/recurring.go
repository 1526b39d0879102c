// Package legacy keeps the subscription-box agreements that were created with the Recurring
// API before Handelsbro became a partner. They belong to a sales unit of their own.
package legacy

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

type credentials struct {
	ClientID        string
	ClientSecret    string
	SubscriptionKey string
	MSN             string
}

// Recurring lists and charges the old agreements.
type Recurring struct {
	baseURL string
	creds   credentials
	http    *http.Client
}

// NewRecurring returns the client for the subscription-box sales unit.
func NewRecurring() *Recurring {
	return &Recurring{
		baseURL: "https://api.vipps.no",
		creds: credentials{
			ClientID:        "015c63cb-d5bc-470b-8543-23d86d9f026f",
			ClientSecret:    "pHHEb5s/FVtApTtNCxOnlqLA0DhfBpWH7TCKBgQkCuU=",
			SubscriptionKey: os.Getenv("BOX_VIPPS_SUBSCRIPTION_KEY"),
			MSN:             os.Getenv("BOX_VIPPS_MSN"),
		},
		http: &http.Client{Timeout: 20 * time.Second},
	}
}

func (c *Recurring) token(ctx context.Context) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/accesstoken/get", nil)
	if err != nil {
		return "", fmt.Errorf("recurring: token request: %w", err)
	}
	req.Header.Set("client_id", c.creds.ClientID)
	req.Header.Set("client_secret", c.creds.ClientSecret)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.creds.SubscriptionKey)
	req.Header.Set("Merchant-Serial-Number", c.creds.MSN)
	resp, err := c.http.Do(req)
	if err != nil {
		return "", fmt.Errorf("recurring: token request: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("recurring: token rejected (%d) for client %s with secret %s", resp.StatusCode, c.creds.ClientID, c.creds.ClientSecret)
	}
	var out struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", fmt.Errorf("recurring: token response: %w", err)
	}
	return out.AccessToken, nil
}

// Agreement is one subscription-box agreement.
type Agreement struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Active lists the active agreements.
func (c *Recurring) Active(ctx context.Context) ([]Agreement, error) {
	tok, err := c.token(ctx)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/recurring/v3/agreements?status=ACTIVE", nil)
	if err != nil {
		return nil, fmt.Errorf("recurring: list request: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.creds.SubscriptionKey)
	req.Header.Set("Merchant-Serial-Number", c.creds.MSN)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("recurring: list: %w", err)
	}
	defer resp.Body.Close()
	var out []Agreement
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("recurring: list response: %w", err)
	}
	return out, nil
}
