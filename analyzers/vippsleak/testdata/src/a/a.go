// Package a is a Vipps MobilePay ePayment client that leaks its secrets.
package a

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/gin-gonic/gin"
)

const tokenURL = "https://apitest.vipps.no/accesstoken/get"

type Config struct {
	ClientID        string
	ClientSecret    string
	SubscriptionKey string `json:"subscriptionKey"`
	MSN             string
}

type Token struct {
	AccessToken string `json:"access_token"`
}

func logging(cfg Config, tok Token) {
	log.Printf("vipps secret %s", cfg.ClientSecret)                      // want `vipps client secret \(cfg.ClientSecret\) written to log.Printf`
	log.Println("key", os.Getenv("VIPPS_SUBSCRIPTION_KEY"))              // want `vipps subscription key \(\$VIPPS_SUBSCRIPTION_KEY\) written to log.Println`
	slog.Info("token fetched", "token", tok.AccessToken)                 // want `vipps access token \(tok.AccessToken\) written to slog.Info`
	slog.Debug("token fetched", slog.String("key", cfg.SubscriptionKey)) // want `vipps subscription key`
	fmt.Println("secret: " + strings.TrimSpace(cfg.ClientSecret))        // want `written to fmt.Println`
	fmt.Fprintf(os.Stderr, "key=%s\n", cfg.SubscriptionKey)              // want `written to fmt.Fprintf to os.Stderr`
	log.Printf("config: %+v", cfg)                                       // want `vipps client secret \(cfg.ClientSecret\) written to log.Printf`
	secret := cfg.ClientSecret
	msg := "auth failed with " + secret
	log.Print(msg) // want `vipps client secret \(cfg.ClientSecret\) written to log.Print`
}

func errorsAndPanics(cfg Config) error {
	if cfg.MSN == "" {
		panic("no msn for key " + cfg.SubscriptionKey) // want `written to panic`
	}
	if cfg.ClientID == "" {
		return errors.New("bad secret " + cfg.ClientSecret) // want `written to errors.New`
	}
	return fmt.Errorf("token request failed (secret %q)", cfg.ClientSecret) // want `written to fmt.Errorf`
}

func headers(req *http.Request, cfg Config) {
	req.Header.Set("Ocp-Apim-Subscription-Key", cfg.SubscriptionKey)
	log.Printf("calling vipps with headers %v", req.Header)  // want `vipps subscription key \(Ocp-Apim-Subscription-Key header\) written to log.Printf`
	log.Println(req.Header.Get("Ocp-Apim-Subscription-Key")) // want `vipps subscription key`
}

func response(w http.ResponseWriter, cfg Config, tok Token) {
	json.NewEncoder(w).Encode(map[string]string{"key": cfg.SubscriptionKey}) // want `vipps-key-exposed|sent to the client by json.NewEncoder\(w\).Encode`
	w.Write([]byte(tok.AccessToken))                                         // want `vipps access token \(tok.AccessToken\) sent to the client by w.Write`
	io.WriteString(w, cfg.ClientSecret)                                      // want `sent to the client by io.WriteString`
	fmt.Fprintf(w, "%s", cfg.ClientSecret)                                   // want `sent to the client by fmt.Fprintf to the response`
	json.NewEncoder(w).Encode(cfg)                                           // want `vipps client secret \(cfg.ClientSecret\) sent to the client`
}

func ginHandler(c *gin.Context, cfg Config) {
	c.JSON(200, gin.H{"subscriptionKey": cfg.SubscriptionKey}) // want `sent to the client by c.JSON`
}

func urls(cfg Config, key string) {
	u := "https://api.vipps.no/epayment/v1/payments?subscription-key=" + key                       // want `put in the url query parameter subscription-key`
	v := fmt.Sprintf("%s?client_id=%s&client_secret=%s", tokenURL, cfg.ClientID, cfg.ClientSecret) // want `vipps client secret \(cfg.ClientSecret\) put in the url query parameter client_secret`
	_, _ = u, v
}

// Hard negatives.

func masked(cfg Config, w http.ResponseWriter) {
	k := cfg.SubscriptionKey
	log.Printf("vipps key ends with %s", k[len(k)-4:])
	log.Printf("vipps key starts with %s", k[:4])
	log.Printf("client secret set: %t, length %d", cfg.ClientSecret != "", len(cfg.ClientSecret))
	log.Printf("client secret %s", strings.Repeat("*", len(cfg.ClientSecret)))
	log.Printf("client secret %s", mask(cfg.ClientSecret))
	log.Printf("client id %s, msn %s", cfg.ClientID, cfg.MSN)
	log.Printf("token url %s", tokenURL)
	fmt.Fprintln(w, "ok")
	var sb strings.Builder
	fmt.Fprintf(&sb, "key=%s", cfg.SubscriptionKey) // a buffer, not a stream
	// A form body is not a URL.
	body := "grant_type=client_credentials&client_id=" + cfg.ClientID + "&client_secret=" + cfg.ClientSecret
	// A reference in the query is not a secret.
	next := "https://api.vipps.no/epayment/v1/payments?reference=" + cfg.MSN
	_, _ = body, next
	// Hiding the key from the response.
	json.NewEncoder(w).Encode(map[string]string{"keyHint": mask(cfg.SubscriptionKey)})
	json.NewEncoder(w).Encode(redacted{})
}

// redacted formats itself without its secret.
type redacted struct{ ClientSecret string }

func (redacted) String() string { return "redacted" }

func mask(s string) string {
	if len(s) < 4 {
		return "****"
	}
	return "****" + s[len(s)-4:]
}

func suppressed(cfg Config) {
	//vippslint:ignore vipps-secret-logged this is the local debugging tool, never deployed
	log.Println(cfg.ClientSecret)
}
