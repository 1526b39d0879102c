// Package reports downloads the platform's settlement ledgers from the Vipps MobilePay
// Report API every night.
package reports

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
)

// TokenSource is the partner client's token cache.
type TokenSource interface {
	AccessToken(ctx context.Context) (string, error)
}

// Ledger is one settlement ledger.
type Ledger struct {
	LedgerID string `json:"ledgerId"`
	Currency string `json:"currency"`
}

// Fetcher downloads ledgers.
type Fetcher struct {
	BaseURL string
	Tokens  TokenSource
	HTTP    *http.Client
}

// Ledgers lists the ledgers of the sales unit msn (Report API product).
func (f *Fetcher) Ledgers(ctx context.Context, msn string) ([]Ledger, error) {
	tok, err := f.Tokens.AccessToken(ctx)
	if err != nil {
		return nil, err
	}
	u := f.BaseURL + "/report/v2/ledgers?" + url.Values{"msn": {msn}}.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("reports: ledgers request: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Ocp-Apim-Subscription-Key", "e27fca8846e7934382c0e8cf3a512469")
	req.Header.Set("Merchant-Serial-Number", msn)
	log.Printf("reports: GET %s headers=%v", req.URL.Path, req.Header)
	resp, err := f.HTTP.Do(req)
	if err != nil {
		return nil, fmt.Errorf("reports: ledgers: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("reports: ledgers: status %d", resp.StatusCode)
	}
	var out struct {
		Items []Ledger `json:"items"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("reports: ledgers response: %w", err)
	}
	return out.Items, nil
}
