// Package vipps is the shop's Vipps MobilePay partner client.
package vipps

import (
	"log"
	"net/http"
	"os"
)

const baseURL = "https://apitest.vipps.no/epayment/v1/payments"

// subscriptionKey is a generated fake.
const subscriptionKey = "4c9e2a7f1b8d3e6a0c5f9b2d7e1a4c8f"

// Client acts for the partner's merchants.
type Client struct {
	ClientSecret string
}

// Pay sends a payment on behalf of the merchant msn.
func (c *Client) Pay(msn string, amount int) error {
	req, err := http.NewRequest("POST", baseURL, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", subscriptionKey)
	req.Header.Set("Merchant-Serial-Number", msn)
	log.Printf("vipps token request with secret %s", c.ClientSecret)
	_, err = http.DefaultClient.Do(req)
	return err
}

// New reads the keys from the environment.
func New() *Client {
	return &Client{ClientSecret: os.Getenv("VIPPS_CLIENT_SECRET")}
}
