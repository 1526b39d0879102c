// Command server runs the partnerpay API.
package main

import (
	"errors"
	"log"
	"net/http"
	"strings"
	"time"

	"example.com/partnerpay/internal/config"
	"example.com/partnerpay/internal/handlers"
	"example.com/partnerpay/internal/translate"
	"example.com/partnerpay/internal/vipps"
)

func main() {
	cfg, err := config.Load()
	if err != nil {
		log.Fatal(err)
	}

	client := vipps.New(cfg.VippsBaseURL, cfg.ClientID, cfg.ClientSecret, cfg.SubscriptionKey)
	client.SystemName = cfg.SystemName
	client.SystemVersion = cfg.SystemVersion

	log.Printf("vipps: base=%s msn=%s client_secret=%s", cfg.VippsBaseURL, cfg.MSN, lastFour(cfg.ClientSecret))
	log.Printf("vipps: subscription key %s", strings.Repeat("*", len(cfg.SubscriptionKey)))

	h := &handlers.Handler{
		Cfg:        cfg,
		Vipps:      client,
		Translator: translate.New(cfg.TranslatorRegion),
		Sessions:   handlers.NewMemorySessions(),
		ReturnURL:  "https://partnerpay.example.com/payments/done",
	}
	mux := http.NewServeMux()
	h.Routes(mux)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})

	srv := &http.Server{
		Addr:              cfg.Addr,
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
	}
	log.Printf("listening on %s", cfg.Addr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}

// lastFour masks all but the last four characters of a secret.
func lastFour(s string) string {
	if len(s) <= 4 {
		return strings.Repeat("*", len(s))
	}
	return strings.Repeat("*", len(s)-4) + s[len(s)-4:]
}
