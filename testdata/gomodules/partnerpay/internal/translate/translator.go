// Package translate calls Azure AI Translator to localise payment
// descriptions shown to customers.
package translate

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

const endpoint = "https://api.cognitive.microsofttranslator.com/translate"

// Client is an Azure Translator client.
type Client struct {
	Region string
	HTTP   *http.Client
}

// New returns a client for the Translator resource in region.
func New(region string) *Client {
	return &Client{Region: region, HTTP: &http.Client{Timeout: 5 * time.Second}}
}

type translateItem struct {
	Text string `json:"Text"`
}

type translateResult struct {
	Translations []struct {
		Text string `json:"text"`
		To   string `json:"to"`
	} `json:"translations"`
}

// Translate translates text into the language to.
func (c *Client) Translate(ctx context.Context, text, to string) (string, error) {
	body, err := json.Marshal([]translateItem{{Text: text}})
	if err != nil {
		return "", err
	}
	q := url.Values{"api-version": {"3.0"}, "to": {to}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint+"?"+q.Encode(), bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", "8912c1e0edc348a24cd39e0f12627e58")
	req.Header.Set("Ocp-Apim-Subscription-Region", c.Region)
	req.Header.Set("Content-Type", "application/json")

	resp, err := c.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("translate: %s", resp.Status)
	}
	var out []translateResult
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	if len(out) == 0 || len(out[0].Translations) == 0 {
		return "", fmt.Errorf("translate: empty answer")
	}
	return out[0].Translations[0].Text, nil
}
