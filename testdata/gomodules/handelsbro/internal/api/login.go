package api

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"log"
	"net/http"
	"strings"
	"time"

	"example.com/handelsbro/internal/session"
	"example.com/handelsbro/internal/vipps"
)

// Login signs back office staff in with Vipps Login.
type Login struct {
	Vipps    *vipps.LoginClient
	Sessions *session.Issuer
}

// Register adds the login endpoints.
func (l *Login) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /login", l.Start)
	mux.HandleFunc("GET /login/callback", l.Callback)
}

// Start sends the browser to Vipps Login.
func (l *Login) Start(w http.ResponseWriter, r *http.Request) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		http.Error(w, "no entropy", http.StatusInternalServerError)
		return
	}
	state := hex.EncodeToString(b[:])
	http.SetCookie(w, &http.Cookie{Name: "hb_login_state", Value: state, HttpOnly: true, Secure: true, Path: "/login"})
	http.Redirect(w, r, l.Vipps.AuthorizeURL(state), http.StatusFound)
}

// Callback finishes the login. The SPA gets the id_token (to show the user's name) and the
// app's own session token; the Vipps Login access token stays on the server.
func (l *Login) Callback(w http.ResponseWriter, r *http.Request) {
	st, err := r.Cookie("hb_login_state")
	if err != nil || st.Value != r.URL.Query().Get("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	tokens, err := l.Vipps.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		log.Printf("login: %v", err)
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	sub, name := claims(tokens.IDToken)
	sess, err := l.Sessions.Issue(sub, name)
	if err != nil {
		http.Error(w, "login failed", http.StatusInternalServerError)
		return
	}
	log.Printf("login: signed in, id_token %d bytes", len(tokens.IDToken))
	http.SetCookie(w, &http.Cookie{Name: "hb_session", Value: sess, HttpOnly: true, Secure: true, Expires: time.Now().Add(8 * time.Hour)})
	writeJSON(w, http.StatusOK, map[string]string{"id_token": tokens.IDToken, "session": sess})
}

// claims reads sub and name from an id_token the server just received over TLS from the
// token endpoint.
func claims(idToken string) (sub, name string) {
	parts := strings.Split(idToken, ".")
	if len(parts) != 3 {
		return "", ""
	}
	raw, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return "", ""
	}
	var c struct {
		Sub  string `json:"sub"`
		Name string `json:"name"`
	}
	if json.Unmarshal(raw, &c) != nil {
		return "", ""
	}
	return c.Sub, c.Name
}
