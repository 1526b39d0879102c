package vipps

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// LoginClient signs shop owners in to the Handelsbro back office with Vipps Login (OIDC).
type LoginClient struct {
	BaseURL      string
	ClientID     string
	ClientSecret string
	RedirectURI  string
	HTTP         *http.Client
}

// LoginTokens is the token endpoint's answer.
type LoginTokens struct {
	AccessToken string `json:"access_token"`
	IDToken     string `json:"id_token"`
	TokenType   string `json:"token_type"`
}

// AuthorizeURL is where the browser is sent to log in. client_id, state and redirect_uri are
// public by design in an OAuth authorization request.
func (l *LoginClient) AuthorizeURL(state string) string {
	q := url.Values{}
	q.Set("client_id", l.ClientID)
	q.Set("response_type", "code")
	q.Set("scope", "openid name email")
	q.Set("state", state)
	q.Set("redirect_uri", l.RedirectURI)
	return l.BaseURL + "/access-management-1.0/access/oauth2/auth?" + q.Encode()
}

// Exchange trades an authorization code for tokens.
func (l *LoginClient) Exchange(ctx context.Context, code string) (*LoginTokens, error) {
	form := url.Values{"grant_type": {"authorization_code"}, "code": {code}, "redirect_uri": {l.RedirectURI}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.BaseURL+"/access-management-1.0/access/oauth2/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, fmt.Errorf("vipps login: token request: %w", err)
	}
	req.SetBasicAuth(l.ClientID, l.ClientSecret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := l.HTTP.Do(req)
	if err != nil {
		return nil, fmt.Errorf("vipps login: token request failed")
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("vipps login: token endpoint answered %d", resp.StatusCode)
	}
	var t LoginTokens
	if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
		return nil, fmt.Errorf("vipps login: decode tokens: %w", err)
	}
	return &t, nil
}
