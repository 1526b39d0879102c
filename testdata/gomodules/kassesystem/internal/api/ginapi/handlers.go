// Package ginapi serves the POS terminals (gin).
package ginapi

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"example.com/kassesystem/internal/auth"
	"example.com/kassesystem/internal/vippsapi"
)

// Handler serves the terminal API.
type Handler struct {
	vipps         *vippsapi.Client
	msnByTerminal map[string]string
}

// New returns a Handler. msnByTerminal comes from store.Config.TerminalMSN.
func New(v *vippsapi.Client, msnByTerminal map[string]string) *Handler {
	return &Handler{vipps: v, msnByTerminal: msnByTerminal}
}

// Register mounts the routes.
func (h *Handler) Register(r *gin.Engine) {
	r.POST("/pos/payments", h.CreatePOSPayment)
	r.POST("/pos/refunds", h.RefundPayment)
	r.POST("/pos/payments/:reference/capture", h.CapturePayment)
	r.POST("/terminal/payments", h.TerminalPayment)
	r.GET("/terminal/quick-pay", h.QuickPay)
}

type posPaymentInput struct {
	Amount      int64  `json:"amount"`
	Reference   string `json:"reference"`
	PhoneNumber string `json:"phoneNumber"`
}

func fail(c *gin.Context, err error) {
	var apiErr *vippsapi.APIError
	if errors.As(err, &apiErr) {
		c.JSON(http.StatusBadGateway, gin.H{"error": "payment provider error", "status": apiErr.Status})
		return
	}
	c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
}

// CreatePOSPayment starts a push-message payment for the shop given in ?msn=.
func (h *Handler) CreatePOSPayment(c *gin.Context) {
	msn := c.Query("msn")
	var in posPaymentInput
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	body := vippsapi.CreatePaymentRequest{
		Amount:        vippsapi.NOK(in.Amount),
		PaymentMethod: vippsapi.PaymentMethod{Type: "WALLET"},
		Customer:      &vippsapi.Customer{PhoneNumber: in.PhoneNumber},
		Reference:     in.Reference,
		UserFlow:      "PUSH_MESSAGE",
	}
	req, err := h.vipps.NewRequest(c.Request.Context(), http.MethodPost, "/epayment/v1/payments", body)
	if err != nil {
		fail(c, err)
		return
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", in.Reference)
	var out vippsapi.CreatePaymentResponse
	if err := h.vipps.Do(req, &out); err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, out)
}

type refundInput struct {
	MSN       string `json:"msn"`
	Reference string `json:"reference"`
	Amount    int64  `json:"amount"`
}

// RefundPayment refunds (part of) a captured payment.
func (h *Handler) RefundPayment(c *gin.Context) {
	var in refundInput
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	body := vippsapi.ModificationRequest{ModificationAmount: vippsapi.NOK(in.Amount)}
	req, err := h.vipps.NewRequest(c.Request.Context(), http.MethodPost, "/epayment/v1/payments/"+in.Reference+"/refund", body)
	if err != nil {
		fail(c, err)
		return
	}
	req.Header.Set("Merchant-Serial-Number", in.MSN)
	req.Header.Set("Idempotency-Key", "refund-"+in.Reference+"-"+strconv.FormatInt(in.Amount, 10))
	if err := h.vipps.Do(req, nil); err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"refunded": in.Amount})
}

// CapturePayment captures a reserved payment. The POS sends the shop in a header.
func (h *Handler) CapturePayment(c *gin.Context) {
	reference := c.Param("reference")
	msn := c.GetHeader("X-Merchant-Serial-Number")
	amount, err := strconv.ParseInt(c.PostForm("amount"), 10, 64)
	if err != nil || amount <= 0 {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad amount"})
		return
	}
	body := vippsapi.ModificationRequest{ModificationAmount: vippsapi.NOK(amount)}
	req, err := h.vipps.NewRequest(c.Request.Context(), http.MethodPost, "/epayment/v1/payments/"+reference+"/capture", body)
	if err != nil {
		fail(c, err)
		return
	}
	vippsapi.SetMerchant(req, msn)
	req.Header.Set("Idempotency-Key", "capture-"+reference)
	if err := h.vipps.Do(req, nil); err != nil {
		fail(c, err)
		return
	}
	c.String(http.StatusOK, "captured %d", amount)
}

// merchantFor returns the MSN of the shop the authenticated terminal is installed in.
func (h *Handler) merchantFor(c *gin.Context) (string, bool) {
	terminalID := c.GetString(auth.TerminalIDKey)
	msn, ok := h.msnByTerminal[terminalID]
	return msn, ok
}

// TerminalPayment is the new terminal flow: the shop is derived from the
// authenticated terminal, never from the request.
func (h *Handler) TerminalPayment(c *gin.Context) {
	terminalID := c.GetString(auth.TerminalIDKey)
	msn, ok := h.msnByTerminal[terminalID]
	if !ok {
		c.JSON(http.StatusForbidden, gin.H{"error": "terminal not assigned to a shop"})
		return
	}
	var in posPaymentInput
	if err := c.BindJSON(&in); err != nil {
		return
	}
	body := vippsapi.CreatePaymentRequest{
		Amount:        vippsapi.NOK(in.Amount),
		PaymentMethod: vippsapi.PaymentMethod{Type: "WALLET"},
		Reference:     in.Reference,
		UserFlow:      "QR",
	}
	req, err := h.vipps.NewRequest(c.Request.Context(), http.MethodPost, "/epayment/v1/payments", body)
	if err != nil {
		fail(c, err)
		return
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", in.Reference)
	var out vippsapi.CreatePaymentResponse
	if err := h.vipps.Do(req, &out); err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, out)
}

func newReference() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return "pos-" + hex.EncodeToString(b)
}

// QuickPay is used by the terminal's "quick sale" button:
// GET /terminal/quick-pay?amount=4900&reference=...
func (h *Handler) QuickPay(c *gin.Context) {
	msn, ok := h.merchantFor(c)
	if !ok {
		c.JSON(http.StatusForbidden, gin.H{"error": "terminal not assigned to a shop"})
		return
	}
	amount, err := strconv.ParseInt(c.Query("amount"), 10, 64)
	if err != nil || amount <= 0 {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad amount"})
		return
	}
	reference := c.DefaultQuery("reference", newReference())
	body := vippsapi.CreatePaymentRequest{
		Amount:             vippsapi.NOK(amount),
		PaymentMethod:      vippsapi.PaymentMethod{Type: "WALLET"},
		Reference:          reference,
		UserFlow:           "QR",
		PaymentDescription: c.DefaultQuery("text", "Kjøp"),
	}
	req, err := h.vipps.NewRequest(c.Request.Context(), http.MethodPost, "/epayment/v1/payments", body)
	if err != nil {
		fail(c, err)
		return
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", reference)
	var out vippsapi.CreatePaymentResponse
	if err := h.vipps.Do(req, &out); err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, out)
}
