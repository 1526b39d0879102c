package shapes // want package:"vippsmsn"

import (
	"net/http"
	"os"

	"gateway"
	"vippsclient"
)

// Register adds closure handlers.
func Register(mux *http.ServeMux, pay gateway.Payments, shops map[string]string) {
	mux.HandleFunc("POST /pay", func(w http.ResponseWriter, r *http.Request) {
		msn := r.URL.Query().Get("msn")
		pay.Pay(msn, 100) // want `request input \(r.URL\) reaches the merchant-serial-number through \(\*vippsclient.Client\).Pay, the only implementation of gateway.Payments`
	})
	// Twin: the MSN comes from a server-side table.
	mux.HandleFunc("POST /shops/{id}/pay", func(w http.ResponseWriter, r *http.Request) {
		msn := shops[r.PathValue("id")]
		pay.Pay(msn, 100)
	})
	mux.HandleFunc("POST /capture", func(w http.ResponseWriter, r *http.Request) {
		req, _ := http.NewRequest("POST", "https://api.vipps.no/epayment/v1/payments/x/capture", nil)
		req.Header.Set("Merchant-Serial-Number", r.FormValue("msn")) // want `merchant-serial-number header set from request input \(r.FormValue\)`
	})
	// Twin: the MSN is checked against a server-side table first.
	mux.HandleFunc("POST /refund", func(w http.ResponseWriter, r *http.Request) {
		msn := r.FormValue("msn")
		if _, ok := shops[msn]; !ok {
			http.Error(w, "unknown shop", http.StatusForbidden)
			return
		}
		pay.Pay(msn, 100)
	})
}

// Terminal is a handler type holding the house MSN from configuration.
type Terminal struct {
	HouseMSN string
	Vipps    *vippsclient.Client
	send     func(msn string, amount int) error
}

// NewTerminal reads the house MSN from the environment.
func NewTerminal(mux *http.ServeMux, c *vippsclient.Client) *Terminal {
	t := &Terminal{HouseMSN: os.Getenv("HOUSE_MSN"), Vipps: c}
	t.send = c.Pay
	mux.HandleFunc("POST /terminal/capture", t.Capture)
	mux.HandleFunc("POST /terminal/house", t.House)
	return t
}

// Capture calls Vipps through a method value.
func (t *Terminal) Capture(w http.ResponseWriter, r *http.Request) {
	pay := t.Vipps.Pay
	pay(r.PostFormValue("msn"), 100) // want `request input \(r.PostFormValue\) reaches the merchant-serial-number through \(\*vippsclient.Client\).Pay`
}

// House is the twin: the MSN is the handler's own, from configuration.
func (t *Terminal) House(w http.ResponseWriter, r *http.Request) { // want House:`paramSink=0x1`
	pay := t.Vipps.Pay
	pay(t.HouseMSN, 100)
}

// lastMSN is a package-level variable a handler fills from the request.
var lastMSN string

// houseMSN is a package-level variable from the environment.
var houseMSN = os.Getenv("HOUSE_MSN")

func remember(w http.ResponseWriter, r *http.Request) {
	lastMSN = r.URL.Query().Get("msn")
}

func replay(c *vippsclient.Client) {
	c.Pay(lastMSN, 100) // want `request input \(r.URL, kept in lastMSN\) reaches the merchant-serial-number through \(\*vippsclient.Client\).Pay`
}

// Twin: the package-level MSN is the server's.
func replayHouse(c *vippsclient.Client) {
	c.Pay(houseMSN, 100)
}

// session keeps the MSN a user picked in a field of the handler type.
type session struct {
	msn    string
	client *vippsclient.Client
}

func (s *session) pick(w http.ResponseWriter, r *http.Request) {
	s.msn = r.FormValue("shop")
}

func (s *session) pay(w http.ResponseWriter, r *http.Request) { // want pay:`paramSink=0x1`
	s.client.Pay(s.msn, 100) // want `request input \(r.FormValue, kept in session.msn\) reaches the merchant-serial-number through \(\*vippsclient.Client\).Pay`
}

// Twin: Terminal.HouseMSN is only ever set from configuration.
func (t *Terminal) payHouse(w http.ResponseWriter, r *http.Request) { // want payHouse:`paramSink=0x1`
	t.Vipps.Pay(t.HouseMSN, 100)
}

// Two implementations of gateway.Notifier: a call through it is not
// resolved.
type mailer struct{}

func (mailer) Notify(msn string) {}

type pager struct{ c *vippsclient.Client }

func (p pager) Notify(msn string) { p.c.Pay(msn, 1) } // want Notify:`paramSink=0x2`

func notify(n gateway.Notifier, r *http.Request) {
	n.Notify(r.FormValue("msn"))
}

// shop is the caller, authenticated by its API key.
type shop struct{ MSN string }

func authenticate(r *http.Request) *shop { return &shop{MSN: os.Getenv("SHOP_MSN")} }

// Twin: the path MSN is used only once proven equal to the authenticated
// shop's own.
func ownPayment(c *vippsclient.Client, r *http.Request) {
	sh := authenticate(r)
	msn := r.PathValue("msn")
	if msn != sh.MSN {
		return
	}
	c.Pay(msn, 100)
}

// Equal to other request input proves nothing.
func confirmed(c *vippsclient.Client, r *http.Request) {
	msn := r.PathValue("msn")
	if msn != r.FormValue("confirm_msn") {
		return
	}
	c.Pay(msn, 100) // want `request input \(r.PathValue\) reaches the merchant-serial-number through \(\*vippsclient.Client\).Pay`
}
