package api

import (
	"bytes"
	"context"
	"encoding/json"
	"log"
	"net/http"
	"regexp"
	"strconv"
	"time"

	"example.com/handelsbro/internal/config"
	"example.com/handelsbro/internal/vipps"
)

// Terminal serves the payment terminals in the shops. It holds the configuration it was
// built with at startup.
type Terminal struct {
	Vipps    *vipps.Client
	Cfg      *config.Config
	HouseMSN string
}

// Register adds the terminal endpoints as method values.
func (t *Terminal) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /terminal/capture", t.Capture)
	mux.HandleFunc("POST /terminal/cancel", t.Cancel)
	mux.HandleFunc("POST /terminal/payments", t.ShopPayment)
	mux.HandleFunc("POST /terminal/giftcard", t.GiftCard)
	mux.HandleFunc("POST /terminal/batch-capture", t.BatchCapture)
}

// forward sends a raw ePayment call; the handlers below set the headers themselves.
func (t *Terminal) forward(ctx context.Context, method, path string, body any) (*http.Request, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, method, t.Cfg.VippsBaseURL+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	tok, err := t.Vipps.AccessToken(ctx)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Ocp-Apim-Subscription-Key", t.Cfg.VippsSubscriptionKey)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// Capture is posted by a terminal as a form.
func (t *Terminal) Capture(w http.ResponseWriter, r *http.Request) {
	msn := r.PostFormValue("merchantSerialNumber")
	ref := r.PostFormValue("reference")
	amount, _ := strconv.ParseInt(r.PostFormValue("amount"), 10, 64)
	req, err := t.forward(r.Context(), http.MethodPost, "/epayment/v1/payments/"+ref+"/capture",
		map[string]vipps.Amount{"modificationAmount": {Currency: "NOK", Value: amount}})
	if err != nil {
		http.Error(w, "capture failed", http.StatusBadGateway)
		return
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", ref+"-capture")
	relay(w, req)
}

// Cancel is sent by older terminals, which name their shop in a header.
func (t *Terminal) Cancel(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("reference")
	req, err := t.forward(r.Context(), http.MethodPost, "/epayment/v1/payments/"+ref+"/cancel", struct{}{})
	if err != nil {
		http.Error(w, "cancel failed", http.StatusBadGateway)
		return
	}
	req.Header.Set("Merchant-Serial-Number", r.Header.Get("X-Shop-MSN"))
	req.Header.Set("Idempotency-Key", r.Header.Get("X-Request-Id"))
	relay(w, req)
}

var msnPattern = regexp.MustCompile(`^[0-9]{5,7}$`)

// ShopPayment checks that the MSN looks like one, not that it belongs to the terminal.
func (t *Terminal) ShopPayment(w http.ResponseWriter, r *http.Request) {
	msn := r.FormValue("msn")
	if !msnPattern.MatchString(msn) {
		http.Error(w, "bad msn", http.StatusBadRequest)
		return
	}
	amount, _ := strconv.ParseInt(r.FormValue("amount"), 10, 64)
	p, err := t.Vipps.CreatePayment(r.Context(), msn, vipps.PaymentRequest{
		Amount:        vipps.Amount{Currency: "NOK", Value: amount},
		PaymentMethod: map[string]string{"type": "WALLET"},
		Customer:      map[string]string{"phoneNumber": r.FormValue("phone")},
		Reference:     newReference(),
		UserFlow:      "PUSH_MESSAGE",
	})
	if err != nil {
		http.Error(w, "payment failed", http.StatusBadGateway)
		return
	}
	writeJSON(w, http.StatusCreated, p)
}

// GiftCard sells Handelsbro gift cards; the money goes to Handelsbro's own sales unit.
func (t *Terminal) GiftCard(w http.ResponseWriter, r *http.Request) {
	amount, _ := strconv.ParseInt(r.FormValue("amount"), 10, 64)
	p, err := t.Vipps.CreatePayment(r.Context(), t.HouseMSN, vipps.PaymentRequest{
		Amount:             vipps.Amount{Currency: "NOK", Value: amount},
		PaymentMethod:      map[string]string{"type": "WALLET"},
		Customer:           map[string]string{"phoneNumber": r.FormValue("phone")},
		Reference:          r.FormValue("reference"),
		UserFlow:           "PUSH_MESSAGE",
		PaymentDescription: "Handelsbro gift card",
	})
	if err != nil {
		http.Error(w, "payment failed", http.StatusBadGateway)
		return
	}
	writeJSON(w, http.StatusCreated, p)
}

// captureJob is one capture of an end-of-day batch.
type captureJob struct {
	MSN       string
	Reference string
	Amount    int64
}

// BatchCapture captures a terminal's end-of-day batch, sent as a form.
func (t *Terminal) BatchCapture(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	job := captureJob{MSN: r.Form.Get("msn")}
	failed := 0
	for i, ref := range r.Form["reference"] {
		job.Reference = ref
		job.Amount, _ = strconv.ParseInt(r.Form["amount"][i], 10, 64)
		if err := t.process(r.Context(), job); err != nil {
			failed++
		}
	}
	writeJSON(w, http.StatusOK, map[string]int{"failed": failed})
}

func (t *Terminal) process(ctx context.Context, job captureJob) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	err := t.Vipps.Capture(ctx, job.MSN, job.Reference, vipps.Amount{Currency: "NOK", Value: job.Amount})
	if err != nil {
		log.Printf("terminal: capture %s: %v", job.Reference, err)
	}
	return err
}

// relay sends req and copies Vipps's answer back to the terminal.
func relay(w http.ResponseWriter, req *http.Request) {
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, "vipps unreachable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(resp.Body); err == nil {
		_, _ = w.Write(buf.Bytes())
	}
}
