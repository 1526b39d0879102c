package vipps

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
)

// Amount is a sum in minor units.
type Amount struct {
	Currency string `json:"currency"`
	Value    int64  `json:"value"`
}

// PaymentRequest is the body of POST /epayment/v1/payments.
type PaymentRequest struct {
	Amount             Amount            `json:"amount"`
	PaymentMethod      map[string]string `json:"paymentMethod"`
	Customer           map[string]string `json:"customer,omitempty"`
	Reference          string            `json:"reference"`
	UserFlow           string            `json:"userFlow"`
	ReturnURL          string            `json:"returnUrl,omitempty"`
	PaymentDescription string            `json:"paymentDescription,omitempty"`
}

// Payment is the answer to create and get.
type Payment struct {
	Reference   string `json:"reference"`
	RedirectURL string `json:"redirectUrl"`
	State       string `json:"state"`
}

// Event is one entry of a payment's event log.
type Event struct {
	Name      string `json:"name"`
	Reference string `json:"reference"`
	Success   bool   `json:"success"`
}

// CreatePayment starts a payment for the sales unit msn.
func (c *Client) CreatePayment(ctx context.Context, msn string, p PaymentRequest) (*Payment, error) {
	req, err := c.newRequest(ctx, http.MethodPost, "/epayment/v1/payments", msn, p)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", p.Reference)
	var out Payment
	return &out, c.do(req, &out)
}

// GetPayment reads a payment of the sales unit msn.
func (c *Client) GetPayment(ctx context.Context, msn, reference string) (*Payment, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/epayment/v1/payments/"+url.PathEscape(reference), msn, nil)
	if err != nil {
		return nil, err
	}
	var out Payment
	return &out, c.do(req, &out)
}

// Capture captures amount of a reserved payment.
func (c *Client) Capture(ctx context.Context, msn, reference string, amount Amount) error {
	return c.modify(ctx, msn, reference, "capture", amount)
}

// Refund refunds amount of a captured payment.
func (c *Client) Refund(ctx context.Context, msn, reference string, amount Amount) error {
	return c.modify(ctx, msn, reference, "refund", amount)
}

func (c *Client) modify(ctx context.Context, msn, reference, op string, amount Amount) error {
	path := fmt.Sprintf("/epayment/v1/payments/%s/%s", url.PathEscape(reference), op)
	req, err := c.newRequest(ctx, http.MethodPost, path, msn, map[string]Amount{"modificationAmount": amount})
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", reference+"-"+op)
	return c.do(req, nil)
}

// eventsURL is the event log of a payment. The key goes in the query string so that the
// link can be pasted into the support dashboard as is.
func (c *Client) eventsURL(reference string) string {
	return fmt.Sprintf("%s/epayment/v1/payments/%s/events?subscription-key=%s", c.baseURL, url.PathEscape(reference), c.keys.SubscriptionKey)
}

// Events returns the event log of a payment of the sales unit msn.
func (c *Client) Events(ctx context.Context, msn, reference string) ([]Event, error) {
	token, err := c.AccessToken(ctx)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.eventsURL(reference), nil)
	if err != nil {
		return nil, fmt.Errorf("vipps: events of %s: cannot build request", reference)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Merchant-Serial-Number", msn)
	var out []Event
	return out, c.do(req, &out)
}
