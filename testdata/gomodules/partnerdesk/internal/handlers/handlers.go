// Package handlers serves the partner desk API that creates Vipps payments for merchants.
package handlers

import (
	"encoding/json"
	"net/http"
	"strings"

	"example.com/partnerdesk/internal/config"
)

// Server sends payments with the partner key set.
type Server struct {
	Partner config.Partner
	Client  *http.Client
	// merchants maps an authenticated merchant account to its MSN.
	merchants map[string]string
	allowed   map[string]bool
}

// New builds a Server.
func New(p config.Partner, merchants map[string]string) *Server {
	allowed := make(map[string]bool, len(merchants))
	for _, msn := range merchants {
		allowed[msn] = true
	}
	return &Server{Partner: p, Client: http.DefaultClient, merchants: merchants, allowed: allowed}
}

func (s *Server) newRequest(r *http.Request, path string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, s.Partner.BaseURL+path, strings.NewReader("{}"))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", s.Partner.SubscriptionKey)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

func (s *Server) send(w http.ResponseWriter, req *http.Request) {
	resp, err := s.Client.Do(req)
	if err != nil {
		http.Error(w, "vipps unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}

// CreateFromQuery takes the merchant from the query string.
func (s *Server) CreateFromQuery(w http.ResponseWriter, r *http.Request) {
	msn := r.URL.Query().Get("msn")
	req, err := s.newRequest(r, "/epayment/v1/payments")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	s.send(w, req)
}

// CreateFromForm takes the merchant from a form field.
func (s *Server) CreateFromForm(w http.ResponseWriter, r *http.Request) {
	req, err := s.newRequest(r, "/epayment/v1/payments")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req.Header.Set("Merchant-Serial-Number", r.FormValue("merchantSerialNumber"))
	s.send(w, req)
}

type createBody struct {
	MerchantSerialNumber string `json:"merchantSerialNumber"`
	Amount               int    `json:"amount"`
}

// CreateFromBody takes the merchant from the JSON body.
func (s *Server) CreateFromBody(w http.ResponseWriter, r *http.Request) {
	var body createBody
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	req, err := s.newRequest(r, "/epayment/v1/payments")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req.Header.Set("Merchant-Serial-Number", body.MerchantSerialNumber)
	s.send(w, req)
}

// Forward passes the caller's merchant header on to Vipps.
func (s *Server) Forward(w http.ResponseWriter, r *http.Request) {
	req, err := s.newRequest(r, "/epayment/v1/payments")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req.Header.Set("Merchant-Serial-Number", r.Header.Get("X-Merchant"))
	s.send(w, req)
}
