// Command handelsbro runs the Handelsbro partner platform: storefront, terminal, integration
// and back office APIs in front of Vipps MobilePay.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/go-chi/chi/v5"

	"example.com/handelsbro/internal/api"
	"example.com/handelsbro/internal/config"
	"example.com/handelsbro/internal/ownshop"
	"example.com/handelsbro/internal/reports"
	"example.com/handelsbro/internal/session"
	"example.com/handelsbro/internal/shops"
	"example.com/handelsbro/internal/stripepay"
	"example.com/handelsbro/internal/vipps"
)

func main() {
	cfg, err := config.Load()
	if err != nil {
		log.Fatal(err)
	}
	cfg.LogSummary()
	level := slog.LevelInfo
	if cfg.Debug {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	vc := vipps.New(cfg.VippsBaseURL, vipps.Keys{
		ClientID:        cfg.VippsClientID,
		ClientSecret:    cfg.VippsClientSecret,
		SubscriptionKey: cfg.VippsSubscriptionKey,
	}, logger)
	store := shops.NewStore(loadShops(), loadShopKeys())

	loginSecret := os.Getenv("VIPPS_LOGIN_CLIENT_SECRET")
	log.Printf("vipps login configured: %t", loginSecret != "")
	login := &api.Login{
		Vipps: &vipps.LoginClient{
			BaseURL:      cfg.VippsBaseURL,
			ClientID:     os.Getenv("VIPPS_LOGIN_CLIENT_ID"),
			ClientSecret: loginSecret,
			RedirectURI:  "https://handelsbro.no/login/callback",
			HTTP:         &http.Client{Timeout: 10 * time.Second},
		},
		Sessions: session.NewIssuer(cfg.SessionSigningKey, 8*time.Hour),
	}

	mux := http.NewServeMux()
	api.RegisterStorefront(mux, vc, vc, store)
	terminal := &api.Terminal{Vipps: vc, Cfg: cfg, HouseMSN: cfg.HouseMSN}
	terminal.Register(mux)
	login.Register(mux)
	mux.Handle("POST /cards/intent", &stripepay.Handler{SecretKey: cfg.StripeSecretKey, HTTP: http.DefaultClient})

	// Staff trigger a re-read of a house payment after a support call.
	mux.HandleFunc("POST /internal/house/{reference}/refresh", func(w http.ResponseWriter, r *http.Request) {
		p, err := vc.GetPayment(r.Context(), cfg.HouseMSN, r.PathValue("reference"))
		if err != nil {
			http.Error(w, "lookup failed", http.StatusBadGateway)
			return
		}
		w.Write([]byte(p.State))
	})

	merch := ownshop.NewClient(logger)
	mux.HandleFunc("POST /internal/merch/{reference}/reconcile", func(w http.ResponseWriter, r *http.Request) {
		state, err := ownshop.Reconcile(r.Context(), merch, r.PathValue("reference"))
		if err != nil {
			http.Error(w, "reconcile failed", http.StatusBadGateway)
			return
		}
		w.Write([]byte(state))
	})

	integration := &api.Integration{Pay: vc, Shops: store}
	mux.Handle("/v1/", integration.Routes())

	staff := chi.NewRouter()
	api.NewBackoffice(vc, cfg).Mount(staff)
	staff.Get("/debug/ownshop", ownshop.DebugHandler)
	mux.Handle("/backoffice/", staff)
	mux.Handle("/debug/", staff)

	go nightly(context.Background(), &reports.Fetcher{BaseURL: cfg.VippsBaseURL, Tokens: vc, HTTP: http.DefaultClient}, cfg.HouseMSN)

	log.Printf("handelsbro listening on %s", cfg.Addr)
	log.Fatal(http.ListenAndServe(cfg.Addr, mux))
}

func nightly(ctx context.Context, f *reports.Fetcher, msn string) {
	for range time.Tick(24 * time.Hour) {
		ledgers, err := f.Ledgers(ctx, msn)
		if err != nil {
			log.Printf("nightly: %v", err)
			continue
		}
		log.Printf("nightly: %d ledgers", len(ledgers))
	}
}

// loadShops reads the onboarding records that operations staff maintain.
func loadShops() []shops.Shop {
	return []shops.Shop{
		{ID: "kaffebrenneriet-oslo", Name: "Kaffebrenneriet Oslo", MSN: "371904"},
		{ID: "sykkelverksted-bergen", Name: "Sykkelverkstedet Bergen", MSN: "388212"},
	}
}

// loadShopKeys reads the shops' integration API keys from the secret store mount.
func loadShopKeys() map[string]string {
	keys := map[string]string{}
	for _, id := range []string{"kaffebrenneriet-oslo", "sykkelverksted-bergen"} {
		b, err := os.ReadFile("/run/secrets/handelsbro/" + id)
		if err != nil {
			continue
		}
		keys[id] = string(b)
	}
	return keys
}
