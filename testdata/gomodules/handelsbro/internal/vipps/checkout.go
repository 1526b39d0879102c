package vipps

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// CheckoutSession is what POST /checkout/v3/session answers. The token and the frontend URL
// are meant for the shopper's browser: they open the Checkout iframe and nothing else.
type CheckoutSession struct {
	Token               string `json:"token"`
	CheckoutFrontendURL string `json:"checkoutFrontendUrl"`
	PollingURL          string `json:"pollingUrl"`
}

type checkoutRequest struct {
	MerchantInfo struct {
		CallbackURL    string `json:"callbackUrl"`
		ReturnURL      string `json:"returnUrl"`
		CallbackToken  string `json:"callbackAuthorizationToken"`
		TermsAndConURL string `json:"termsAndConditionsUrl,omitempty"`
	} `json:"merchantInfo"`
	Transaction struct {
		Amount             Amount `json:"amount"`
		Reference          string `json:"reference"`
		PaymentDescription string `json:"paymentDescription"`
	} `json:"transaction"`
}

// NewCheckoutSession opens a Checkout session for the sales unit msn. Checkout takes the
// keys as headers directly; it needs no access token.
func (c *Client) NewCheckoutSession(ctx context.Context, msn, reference, callbackToken string, amount Amount, returnURL string) (*CheckoutSession, error) {
	var in checkoutRequest
	in.MerchantInfo.CallbackURL = "https://handelsbro.no/hooks/checkout"
	in.MerchantInfo.ReturnURL = returnURL
	in.MerchantInfo.CallbackToken = callbackToken
	in.Transaction.Amount = amount
	in.Transaction.Reference = reference
	in.Transaction.PaymentDescription = "Handelsbro order " + reference
	b, err := json.Marshal(in)
	if err != nil {
		return nil, fmt.Errorf("vipps: checkout body: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/checkout/v3/session", bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("vipps: checkout request: %w", err)
	}
	req.Header.Set("client_id", c.keys.ClientID)
	req.Header.Set("client_secret", c.keys.ClientSecret)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.keys.SubscriptionKey)
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Content-Type", "application/json")
	var out CheckoutSession
	if err := c.do(req, &out); err != nil {
		return nil, err
	}
	c.log.Info("vipps: checkout session opened", "reference", reference, "session_token", out.Token)
	return &out, nil
}
