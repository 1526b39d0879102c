package vipps

import "time"

// Amount is a monetary amount in minor units.
type Amount struct {
	Currency string `json:"currency"`
	Value    int64  `json:"value"`
}

// NOK returns an amount in Norwegian kroner, given in øre.
func NOK(ore int64) Amount { return Amount{Currency: "NOK", Value: ore} }

// PaymentMethod selects how the customer pays.
type PaymentMethod struct {
	Type string `json:"type"`
}

// Customer identifies the paying customer.
type Customer struct {
	PhoneNumber string `json:"phoneNumber,omitempty"`
}

// CreatePaymentRequest is the body of POST /epayment/v1/payments.
type CreatePaymentRequest struct {
	Amount             Amount        `json:"amount"`
	PaymentMethod      PaymentMethod `json:"paymentMethod"`
	Customer           *Customer     `json:"customer,omitempty"`
	Reference          string        `json:"reference"`
	ReturnURL          string        `json:"returnUrl,omitempty"`
	UserFlow           string        `json:"userFlow"`
	PaymentDescription string        `json:"paymentDescription,omitempty"`
}

// CreatePaymentResponse is the answer to POST /epayment/v1/payments.
type CreatePaymentResponse struct {
	RedirectURL string `json:"redirectUrl"`
	Reference   string `json:"reference"`
}

// ModificationRequest is the body of capture and refund calls.
type ModificationRequest struct {
	ModificationAmount Amount `json:"modificationAmount"`
}

// PaymentEvent is one entry of GET /epayment/v1/payments/{reference}/events.
type PaymentEvent struct {
	Reference string    `json:"reference"`
	Name      string    `json:"name"`
	Amount    Amount    `json:"amount"`
	Timestamp time.Time `json:"timestamp"`
	Success   bool      `json:"success"`
}

// WebRedirectPayment returns a standard web-redirect payment request.
func WebRedirectPayment(reference string, ore int64, returnURL, description string) CreatePaymentRequest {
	return CreatePaymentRequest{
		Amount:             NOK(ore),
		PaymentMethod:      PaymentMethod{Type: "WALLET"},
		Reference:          reference,
		ReturnURL:          returnURL,
		UserFlow:           "WEB_REDIRECT",
		PaymentDescription: description,
	}
}
