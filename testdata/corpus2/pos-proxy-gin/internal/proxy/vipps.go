// Package proxy forwards ePayment calls from the POS terminals to Vipps MobilePay,
// authenticating with the partner keys so terminals never see them.
package proxy

import (
	"bytes"
	"io"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/kassepartner/pos-proxy/internal/vippsauth"
)

type VippsProxy struct {
	BaseURL string // https://api.vipps.no
	Tokens  *vippsauth.TokenSource
	SubKey  string // partner Ocp-Apim-Subscription-Key, from env
	Client  *http.Client
}

func New(baseURL, subKey string, ts *vippsauth.TokenSource) *VippsProxy {
	return &VippsProxy{BaseURL: baseURL, Tokens: ts, SubKey: subKey, Client: &http.Client{Timeout: 15 * time.Second}}
}

// CreatePayment handles POST /v1/terminals/:terminal/payments.
func (p *VippsProxy) CreatePayment(c *gin.Context) {
	msn := c.GetHeader("X-Merchant-Serial-Number")
	if msn == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "missing X-Merchant-Serial-Number"})
		return
	}
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	token, err := p.Tokens.Token(c.Request.Context())
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}

	req, _ := http.NewRequestWithContext(c.Request.Context(), http.MethodPost, p.BaseURL+"/epayment/v1/payments", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Ocp-Apim-Subscription-Key", p.SubKey)
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", c.GetHeader("Idempotency-Key"))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Vipps-System-Name", "kassepartner-pos")
	req.Header.Set("Vipps-System-Version", "5.1.3")

	resp, err := p.Client.Do(req)
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	c.DataFromReader(resp.StatusCode, resp.ContentLength, "application/json", resp.Body, nil)
}
