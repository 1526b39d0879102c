// Package gateway declares what the handlers need from a payment provider.
package gateway

// Payments has one implementation in the program: *vippsclient.Client.
type Payments interface {
	Pay(msn string, amount int) error
}

// Notifier has two implementations in shapes: a call through it is not
// resolved.
type Notifier interface {
	Notify(msn string)
}
