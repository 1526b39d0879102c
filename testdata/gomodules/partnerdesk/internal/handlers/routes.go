package handlers

import "net/http"

// refundJob carries one refund through the queue.
type refundJob struct {
	MSN       string
	Reference string
}

// Routes registers every endpoint.
func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/payments/query", s.CreateFromQuery)
	mux.HandleFunc("/payments/form", s.CreateFromForm)
	mux.HandleFunc("/payments/body", s.CreateFromBody)
	mux.HandleFunc("/payments/forward", s.Forward)
	mux.HandleFunc("/payments/safe", s.CreateForMerchant)
	mux.HandleFunc("/payments/checked", s.CreateChecked)
	mux.HandleFunc("/payments/house", s.CreateForHouse)

	mux.HandleFunc("/capture", func(w http.ResponseWriter, r *http.Request) {
		req, err := s.newRequest(r, "/epayment/v1/payments/capture")
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		req.Header.Set("Merchant-Serial-Number", r.URL.Query().Get("merchant"))
		s.send(w, req)
	})

	cancel := s.cancel
	mux.HandleFunc("/cancel", cancel)

	mux.HandleFunc("/refund", s.refund)
}

func (s *Server) cancel(w http.ResponseWriter, r *http.Request) {
	req, err := s.newRequest(r, "/epayment/v1/payments/cancel")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req.Header.Set("Merchant-Serial-Number", r.PostFormValue("msn"))
	s.send(w, req)
}

func (s *Server) refund(w http.ResponseWriter, r *http.Request) {
	job := refundJob{MSN: r.Header.Get("Merchant-Serial-Number"), Reference: r.FormValue("reference")}
	s.runRefund(w, r, job)
}

func (s *Server) runRefund(w http.ResponseWriter, r *http.Request, job refundJob) {
	req, err := s.newRequest(r, "/epayment/v1/payments/"+job.Reference+"/refund")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req.Header.Set("Merchant-Serial-Number", job.MSN)
	s.send(w, req)
}
