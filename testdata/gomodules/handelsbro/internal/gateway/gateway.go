// Package gateway is the payment interface the HTTP handlers depend on. *vipps.Client is its
// only implementation; the interface exists so that handlers can be tested with a fake.
package gateway

import (
	"context"

	"example.com/handelsbro/internal/vipps"
)

// Payments moves money for one sales unit, named by its Merchant-Serial-Number.
type Payments interface {
	CreatePayment(ctx context.Context, msn string, p vipps.PaymentRequest) (*vipps.Payment, error)
	GetPayment(ctx context.Context, msn, reference string) (*vipps.Payment, error)
	Capture(ctx context.Context, msn, reference string, amount vipps.Amount) error
	Refund(ctx context.Context, msn, reference string, amount vipps.Amount) error
}

var _ Payments = (*vipps.Client)(nil)
