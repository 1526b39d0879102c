package vippsapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
)

// statusURL is handed to the nightly reconciliation job, which polls it with
// a plain GET and no custom headers.
func (c *Client) statusURL(reference string) string {
	return fmt.Sprintf("%s/epayment/v1/payments/%s?subscription-key=%s", c.cfg.BaseURL, url.PathEscape(reference), c.cfg.SubscriptionKey)
}

// PollStatus fetches the state of a payment for the reconciliation job.
func (c *Client) PollStatus(ctx context.Context, msn, reference string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.statusURL(reference), nil)
	if err != nil {
		return nil, err
	}
	tok, err := c.accessToken(ctx)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	SetMerchant(req, msn)
	res, err := c.http.Do(req)
	if err != nil {
		// Drop the *url.Error wrapper: its message repeats the request URL.
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err
		}
		return nil, fmt.Errorf("vipps: poll %s: %w", reference, err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, &APIError{Status: res.StatusCode}
	}
	var p Payment
	return &p, json.NewDecoder(res.Body).Decode(&p)
}
