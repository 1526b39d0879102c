// Package echoapi serves the back-office and the webshop plugin (echo).
package echoapi

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/labstack/echo/v4"

	"example.com/kassesystem/internal/auth"
	"example.com/kassesystem/internal/vippsapi"
)

// kioskMSN is the sales unit of the airport kiosk, which has no terminal login.
const kioskMSN = "384219"

// Handler serves the back-office API.
type Handler struct {
	vipps        *vippsapi.Client
	operatorMSNs map[string][]string
	callbackBase string
}

// New returns a Handler. operatorMSNs comes from store.Config.OperatorMSNs.
func New(v *vippsapi.Client, operatorMSNs map[string][]string, callbackBase string) *Handler {
	return &Handler{vipps: v, operatorMSNs: operatorMSNs, callbackBase: callbackBase}
}

// Register mounts the routes.
func (h *Handler) Register(e *echo.Echo) {
	e.GET("/merchants/:msn/payments/:reference", h.GetPayment)
	e.POST("/agreements", h.CreateAgreement)
	e.POST("/webshop/checkout", h.WebshopCheckout)
	e.GET("/backoffice/payments/:reference", h.BackofficePayment)
	e.POST("/kiosk/payments", h.KioskPayment)
}

// GetPayment shows a payment of a given shop.
func (h *Handler) GetPayment(c echo.Context) error {
	msn := c.Param("msn")
	reference := c.Param("reference")
	req, err := h.vipps.NewRequest(c.Request().Context(), http.MethodGet, "/epayment/v1/payments/"+reference, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	var p vippsapi.Payment
	if err := h.vipps.Do(req, &p); err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "payment provider error")
	}
	return c.JSON(http.StatusOK, p)
}

type agreementInput struct {
	MerchantSerialNumber string `json:"msn"`
	ProductName          string `json:"productName"`
	AmountOre            int64  `json:"amount"`
	IntervalMonths       int    `json:"intervalMonths"`
	PhoneNumber          string `json:"phoneNumber"`
}

// CreateAgreement creates a Recurring agreement (membership, subscription box, ...).
func (h *Handler) CreateAgreement(c echo.Context) error {
	var in agreementInput
	if err := c.Bind(&in); err != nil {
		return err
	}
	body := vippsapi.DraftAgreement{
		Pricing:              vippsapi.Pricing{Type: "LEGACY", Amount: in.AmountOre, Currency: "NOK"},
		Interval:             vippsapi.Interval{Unit: "MONTH", Count: in.IntervalMonths},
		ProductName:          in.ProductName,
		MerchantRedirectURL:  h.callbackBase + "/agreements/done",
		MerchantAgreementURL: h.callbackBase + "/agreements/manage",
		PhoneNumber:          in.PhoneNumber,
	}
	req, err := h.vipps.NewRequest(c.Request().Context(), http.MethodPost, "/recurring/v3/agreements", body)
	if err != nil {
		return err
	}
	req.Header.Set("Merchant-Serial-Number", in.MerchantSerialNumber)
	var out vippsapi.DraftAgreementResponse
	if err := h.vipps.Do(req, &out); err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "payment provider error")
	}
	return c.JSON(http.StatusCreated, out)
}

// WebshopCheckout is called by the (legacy) webshop plugin form post.
func (h *Handler) WebshopCheckout(c echo.Context) error {
	orderID := c.FormValue("orderId")
	amount, err := strconv.ParseInt(c.FormValue("amount"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad amount")
	}
	msn := c.FormValue("merchantSerialNumber")
	var body vippsapi.InitiatePaymentRequest
	body.MerchantInfo.MerchantSerialNumber = msn
	body.MerchantInfo.CallbackPrefix = h.callbackBase + "/ecomm/callbacks"
	body.MerchantInfo.FallBack = h.callbackBase + "/webshop/return?order=" + orderID
	body.CustomerInfo.MobileNumber = c.FormValue("phone")
	body.Transaction = vippsapi.Transaction{OrderID: orderID, Amount: amount, TransactionText: "Nettbutikk " + orderID}
	req, err := h.vipps.NewRequest(c.Request().Context(), http.MethodPost, "/ecomm/v2/payments", body)
	if err != nil {
		return err
	}
	var out vippsapi.InitiatePaymentResponse
	if err := h.vipps.Do(req, &out); err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "payment provider error")
	}
	return c.JSON(http.StatusOK, out)
}

// BackofficePayment lets an operator look at a payment of one of the shops
// they are responsible for: GET /backoffice/payments/:reference?msn=...
func (h *Handler) BackofficePayment(c echo.Context) error {
	sess, ok := auth.FromContext(c.Request().Context())
	if !ok {
		return echo.NewHTTPError(http.StatusUnauthorized, "login required")
	}
	msn := c.QueryParam("msn")
	allowedMSNs := h.operatorMSNs[sess.OperatorID]
	if !slices.Contains(allowedMSNs, msn) {
		return echo.NewHTTPError(http.StatusForbidden, "not your shop")
	}
	req, err := h.vipps.NewRequest(c.Request().Context(), http.MethodGet, "/epayment/v1/payments/"+c.Param("reference"), nil)
	if err != nil {
		return err
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	var p vippsapi.Payment
	if err := h.vipps.Do(req, &p); err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "payment provider error")
	}
	return c.JSON(http.StatusOK, p)
}

type kioskInput struct {
	Amount    int64  `json:"amount"`
	Reference string `json:"reference"`
}

// KioskPayment starts a QR payment at the airport kiosk.
func (h *Handler) KioskPayment(c echo.Context) error {
	var in kioskInput
	if err := c.Bind(&in); err != nil {
		return err
	}
	body := vippsapi.CreatePaymentRequest{
		Amount:        vippsapi.NOK(in.Amount),
		PaymentMethod: vippsapi.PaymentMethod{Type: "WALLET"},
		Reference:     in.Reference,
		UserFlow:      "QR",
	}
	req, err := h.vipps.NewRequest(c.Request().Context(), http.MethodPost, "/epayment/v1/payments", body)
	if err != nil {
		return err
	}
	vippsapi.SetMerchant(req, kioskMSN)
	req.Header.Set("Idempotency-Key", in.Reference)
	var out vippsapi.CreatePaymentResponse
	if err := h.vipps.Do(req, &out); err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "payment provider error")
	}
	return c.JSON(http.StatusCreated, out)
}
