package vippsapi

// Amount is an amount in minor units.
type Amount struct {
	Currency string `json:"currency"`
	Value    int64  `json:"value"`
}

// NOK returns an Amount in Norwegian øre.
func NOK(ore int64) Amount { return Amount{Currency: "NOK", Value: ore} }

// PaymentMethod of an ePayment.
type PaymentMethod struct {
	Type string `json:"type"`
}

// Customer identifies the payer.
type Customer struct {
	PhoneNumber string `json:"phoneNumber,omitempty"`
}

// CreatePaymentRequest is the body of POST /epayment/v1/payments.
type CreatePaymentRequest struct {
	Amount             Amount        `json:"amount"`
	PaymentMethod      PaymentMethod `json:"paymentMethod"`
	Customer           *Customer     `json:"customer,omitempty"`
	Reference          string        `json:"reference"`
	UserFlow           string        `json:"userFlow"`
	ReturnURL          string        `json:"returnUrl,omitempty"`
	PaymentDescription string        `json:"paymentDescription,omitempty"`
}

// CreatePaymentResponse is the answer to POST /epayment/v1/payments.
type CreatePaymentResponse struct {
	Reference   string `json:"reference"`
	RedirectURL string `json:"redirectUrl"`
}

// ModificationRequest is the body of capture and refund.
type ModificationRequest struct {
	ModificationAmount Amount `json:"modificationAmount"`
}

// Payment is the answer to GET /epayment/v1/payments/{reference}.
type Payment struct {
	Reference string `json:"reference"`
	State     string `json:"state"`
	Amount    Amount `json:"amount"`
}

// Pricing of a recurring agreement.
type Pricing struct {
	Type     string `json:"type"`
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
}

// Interval of a recurring agreement.
type Interval struct {
	Unit  string `json:"unit"`
	Count int    `json:"count"`
}

// DraftAgreement is the body of POST /recurring/v3/agreements.
type DraftAgreement struct {
	Pricing              Pricing  `json:"pricing"`
	Interval             Interval `json:"interval"`
	ProductName          string   `json:"productName"`
	MerchantRedirectURL  string   `json:"merchantRedirectUrl"`
	MerchantAgreementURL string   `json:"merchantAgreementUrl"`
	PhoneNumber          string   `json:"phoneNumber,omitempty"`
}

// DraftAgreementResponse is the answer to POST /recurring/v3/agreements.
type DraftAgreementResponse struct {
	AgreementID          string `json:"agreementId"`
	VippsConfirmationURL string `json:"vippsConfirmationUrl"`
}

// Charge is the body of POST /recurring/v3/agreements/{id}/charges.
type Charge struct {
	Amount      int64  `json:"amount"`
	Description string `json:"description"`
	Due         string `json:"due"`
	RetryDays   int    `json:"retryDays"`
	Type        string `json:"type"`
	OrderID     string `json:"orderId,omitempty"`
}

// Agreement is the answer to GET /recurring/v3/agreements/{id}.
type Agreement struct {
	ID          string  `json:"id"`
	Status      string  `json:"status"`
	ProductName string  `json:"productName"`
	Pricing     Pricing `json:"pricing"`
}

// MerchantInfo of a legacy eCom v2 payment.
type MerchantInfo struct {
	MerchantSerialNumber string `json:"merchantSerialNumber"`
	CallbackPrefix       string `json:"callbackPrefix"`
	FallBack             string `json:"fallBack"`
	IsApp                bool   `json:"isApp"`
}

// CustomerInfo of a legacy eCom v2 payment.
type CustomerInfo struct {
	MobileNumber string `json:"mobileNumber,omitempty"`
}

// Transaction of a legacy eCom v2 payment.
type Transaction struct {
	OrderID         string `json:"orderId"`
	Amount          int64  `json:"amount"`
	TransactionText string `json:"transactionText"`
}

// InitiatePaymentRequest is the body of POST /ecomm/v2/payments.
type InitiatePaymentRequest struct {
	MerchantInfo MerchantInfo `json:"merchantInfo"`
	CustomerInfo CustomerInfo `json:"customerInfo"`
	Transaction  Transaction  `json:"transaction"`
}

// InitiatePaymentResponse is the answer to POST /ecomm/v2/payments.
type InitiatePaymentResponse struct {
	OrderID string `json:"orderId"`
	URL     string `json:"url"`
}
