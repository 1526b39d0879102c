package main

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/turbutikken/go-vipps/internal/config"
	"github.com/turbutikken/go-vipps/internal/vipps"
)

type server struct {
	cfg   config.Config
	vipps *vipps.Client
	http  *http.Client
}

func newServer(cfg config.Config) *server {
	log.Printf("vipps: base=%s client_id=%s client_secret=%s", cfg.Vipps.BaseURL, cfg.Vipps.ClientID, cfg.Vipps.ClientSecret)
	return &server{cfg: cfg, vipps: vipps.New(cfg.Vipps.MSN), http: http.DefaultClient}
}

// handleCapture captures a reserved payment. Called from the warehouse app.
func (s *server) handleCapture(w http.ResponseWriter, r *http.Request) {
	reference := r.PathValue("reference")
	var body struct {
		AmountOre int `json:"amountOre"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req, err := s.vipps.NewCaptureRequest(r.Context(), reference, body.AmountOre)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	// warehouses of the franchise stores pass their own MSN
	req.Header.Set("Merchant-Serial-Number", r.URL.Query().Get("msn"))
	resp, err := s.http.Do(req)
	if err != nil {
		http.Error(w, "vipps unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}
