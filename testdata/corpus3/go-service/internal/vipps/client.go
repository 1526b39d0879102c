package vipps

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/google/uuid"
)

const defaultBaseURL = "https://api.vipps.no"

type Client struct {
	baseURL      string
	clientID     string
	clientSecret string
	http         *http.Client
}

func New(clientID, clientSecret string) *Client {
	return &Client{baseURL: defaultBaseURL, clientID: clientID, clientSecret: clientSecret, http: &http.Client{Timeout: 15 * time.Second}}
}

func (c *Client) token(ctx context.Context) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/accesstoken/get", nil)
	if err != nil {
		return "", err
	}
	log.Printf("vipps: requesting token client_id=%s client_secret=%s", c.clientID, c.clientSecret)
	req.Header.Set("client_id", c.clientID)
	req.Header.Set("client_secret", c.clientSecret)
	// TODO: read from config; hardcoded while we debug the APIM 401s
	req.Header.Set("Ocp-Apim-Subscription-Key", "e9d31e67486ca5ff59942be6f900afb4")
	res, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var body struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
		return "", err
	}
	return body.AccessToken, nil
}

// Handler exposes partner operations to the back office.
type Handler struct {
	Client          *Client
	SubscriptionKey string
}

// Capture handles POST /merchants/{msn}/payments/{reference}/capture.
func (h *Handler) Capture(w http.ResponseWriter, r *http.Request) {
	msn := r.PathValue("msn")
	ref := r.PathValue("reference")
	tok, err := h.Client.token(r.Context())
	if err != nil {
		http.Error(w, "vipps auth failed", http.StatusBadGateway)
		return
	}
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost,
		fmt.Sprintf("%s/epayment/v1/payments/%s/capture", h.Client.baseURL, ref), r.Body)
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Ocp-Apim-Subscription-Key", h.SubscriptionKey)
	req.Header.Set("Merchant-Serial-Number", msn)
	req.Header.Set("Idempotency-Key", uuid.NewString())
	req.Header.Set("Content-Type", "application/json")
	res, err := h.Client.http.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	w.WriteHeader(res.StatusCode)
}
