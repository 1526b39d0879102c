// Package helpers hands a Vipps MobilePay access token to helpers that
// write it to the response or the log.
package helpers

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
)

const host = "https://api.vipps.no"

// Client gets access tokens from /accesstoken/get.
type Client struct{ token string }

// AccessToken returns a cached access token.
func (c *Client) AccessToken(ctx context.Context) (string, error) { return c.token, nil }

// SessionID is not a secret.
func (c *Client) SessionID(ctx context.Context) (string, error) { return "s-1", nil }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func logf(format string, args ...any) { log.Printf(format, args...) }

func tokenHandler(c *Client) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok, err := c.AccessToken(r.Context())
		if err != nil {
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"accessToken": tok}) // want `vipps access token \(AccessToken\(\)\) sent to the client by writeJSON \(json.NewEncoder\(w\).Encode\)`
		logf("calling %s with token %s", host, tok)                        // want `vipps access token \(AccessToken\(\)\) written to logf \(log.Printf\)`
	}
}

// Twins: a session ID, the token's length and its last four characters.
func sessionHandler(c *Client) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, _ := c.SessionID(r.Context())
		tok, _ := c.AccessToken(r.Context())
		writeJSON(w, http.StatusOK, map[string]any{"session": id, "tokenLength": len(tok)})
		logf("token ends in %s", tok[len(tok)-4:])
	}
}
