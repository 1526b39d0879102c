package vippsclient // want package:"vippsmsn"

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const base = "https://api.vipps.no/epayment/v1/payments"

// Client holds partner keys.
type Client struct {
	SubscriptionKey string
}

// MerchantInfo is sent to Vipps.
type MerchantInfo struct {
	MerchantSerialNumber string `json:"merchantSerialNumber"`
}

// Payment is the request body.
type Payment struct {
	MerchantInfo MerchantInfo `json:"merchantInfo"`
	Amount       int          `json:"amount"`
}

// Pay acts for the merchant msn.
func (c *Client) Pay(msn string, amount int) error { // want Pay:`paramSink=0x2`
	req, err := http.NewRequest("POST", base, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.SubscriptionKey)
	_, err = http.DefaultClient.Do(req)
	return err
}

// Body builds a request body for the merchant msn.
func Body(msn string, amount int) ([]byte, error) { // want Body:`paramSink=0x1`
	p := Payment{MerchantInfo: MerchantInfo{MerchantSerialNumber: msn}, Amount: amount}
	return json.Marshal(p)
}

// Headers builds the partner headers.
func Headers(msn string) http.Header { // want Headers:`paramSink=0x1`
	return http.Header{"Merchant-Serial-Number": {msn}}
}

var _ = bytes.NewReader
