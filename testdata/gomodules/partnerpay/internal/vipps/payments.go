package vipps

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

// CreatePayment starts an ePayment on behalf of the merchant msn.
func (c *Client) CreatePayment(ctx context.Context, msn string, p CreatePaymentRequest) (*CreatePaymentResponse, error) {
	body, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	req, err := c.NewRequest(ctx, http.MethodPost, "/epayment/v1/payments", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", p.Reference)

	var out CreatePaymentResponse
	if err := c.Do(req, &out); err != nil {
		return nil, fmt.Errorf("create payment %s: %w", p.Reference, err)
	}
	return &out, nil
}

// GetPaymentEvents lists the events of a payment. The events endpoint is read
// through the reporting gateway, which drops unknown headers, so the
// subscription key goes in the query string there.
func (c *Client) GetPaymentEvents(ctx context.Context, msn, reference string) ([]PaymentEvent, error) {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.eventsURL(reference), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Merchant-Serial-Number", msn)
	c.systemHeaders(req)

	var events []PaymentEvent
	if err := c.Do(req, &events); err != nil {
		return nil, fmt.Errorf("payment events %s: %w", reference, err)
	}
	return events, nil
}

func (c *Client) eventsURL(reference string) string {
	return c.BaseURL + "/epayment/v1/payments/" + url.PathEscape(reference) + "/events?subscription-key=" + c.SubscriptionKey
}
