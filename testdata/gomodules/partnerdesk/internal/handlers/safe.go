package handlers

import "net/http"

// merchantAccount is the account the session middleware authenticated.
func merchantAccount(r *http.Request) string {
	c, err := r.Cookie("session_account")
	if err != nil {
		return ""
	}
	return c.Value
}

// CreateForMerchant looks the MSN up server side for the authenticated merchant.
func (s *Server) CreateForMerchant(w http.ResponseWriter, r *http.Request) {
	msn, ok := s.merchants[merchantAccount(r)]
	if !ok {
		http.Error(w, "unknown merchant", http.StatusForbidden)
		return
	}
	req, err := s.newRequest(r, "/epayment/v1/payments")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	s.send(w, req)
}

// CreateChecked accepts a merchant from the query only if it belongs to the caller's allowlist.
func (s *Server) CreateChecked(w http.ResponseWriter, r *http.Request) {
	msn := r.URL.Query().Get("msn")
	if !s.allowed[msn] || s.merchants[merchantAccount(r)] != msn {
		http.Error(w, "merchant not allowed", http.StatusForbidden)
		return
	}
	req, err := s.newRequest(r, "/epayment/v1/payments")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req.Header.Set("Merchant-Serial-Number", msn)
	s.send(w, req)
}

// CreateForHouse uses the MSN configured at startup.
func (s *Server) CreateForHouse(w http.ResponseWriter, r *http.Request) {
	req, err := s.newRequest(r, "/epayment/v1/payments")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req.Header.Set("Merchant-Serial-Number", s.Partner.DefaultMSN)
	s.send(w, req)
}
