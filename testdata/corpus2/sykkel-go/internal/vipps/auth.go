package vipps

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/labstack/echo/v4"
)

type Credentials struct {
	ClientID        string
	ClientSecret    string
	SubscriptionKey string
	MSN             string
}

func FromEnv() Credentials {
	return Credentials{
		ClientID:        os.Getenv("VIPPS_CLIENT_ID"),
		ClientSecret:    os.Getenv("VIPPS_CLIENT_SECRET"),
		SubscriptionKey: os.Getenv("VIPPS_SUBSCRIPTION_KEY"),
		MSN:             os.Getenv("VIPPS_MSN"),
	}
}

// redact keeps the last four characters so operators can tell keys apart in logs.
func redact(s string) string {
	if len(s) <= 4 {
		return "****"
	}
	return "****" + s[len(s)-4:]
}

func fetchToken(ctx context.Context, baseURL string, c Credentials) (string, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+"/accesstoken/get", nil)
	req.Header.Set("client_id", c.ClientID)
	req.Header.Set("client_secret", c.ClientSecret)
	req.Header.Set("Ocp-Apim-Subscription-Key", c.SubscriptionKey)
	req.Header.Set("Merchant-Serial-Number", c.MSN)

	slog.Info("vipps: requesting access token",
		"msn", c.MSN,
		"subscription_key", redact(c.SubscriptionKey),
		"client_secret_set", c.ClientSecret != "")

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("vipps: token request: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("vipps: token request failed with status %d", resp.StatusCode)
	}
	var body struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return "", err
	}
	slog.Debug("vipps: got access token", "token", redact(body.AccessToken))
	return body.AccessToken, nil
}

// HealthHandler reports whether the Vipps credentials work, without revealing them.
func HealthHandler(baseURL string, c Credentials) echo.HandlerFunc {
	return func(e echo.Context) error {
		ctx, cancel := context.WithTimeout(e.Request().Context(), 5*time.Second)
		defer cancel()
		_, err := fetchToken(ctx, baseURL, c)
		return e.JSON(http.StatusOK, map[string]any{
			"vipps_ok":         err == nil,
			"subscription_key": redact(c.SubscriptionKey),
		})
	}
}
