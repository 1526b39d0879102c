package vipps

import (
	"context"
	"net/http"
	"net/url"
)

// legacyEcomBase is the eCom v2 API on the production host.
const legacyEcomBase = "https://api.vipps.no/ecomm/v2/payments/"

// LegacyOrderDetails is the part of the eCom v2 details answer we still read.
type LegacyOrderDetails struct {
	OrderID            string `json:"orderId"`
	TransactionSummary struct {
		CapturedAmount  int64 `json:"capturedAmount"`
		RefundedAmount  int64 `json:"refundedAmount"`
		RemainingAmount int64 `json:"remainingAmountToCapture"`
	} `json:"transactionSummary"`
}

// LegacyOrderDetails reads an old eCom v2 order for the reconciliation tool.
// Orders created before the ePayment migration live under the old eCom
// product, which has its own subscription key.
func (c *Client) LegacyOrderDetails(ctx context.Context, msn, orderID string) (*LegacyOrderDetails, error) {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return nil, err
	}
	u := legacyEcomBase + url.PathEscape(orderID) + "/details"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Ocp-Apim-Subscription-Key", "9d4ad062f6a2baa42b767bfb1093b4a0")
	req.Header.Set("Merchant-Serial-Number", msn)
	c.systemHeaders(req)

	var out LegacyOrderDetails
	if err := c.Do(req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}
