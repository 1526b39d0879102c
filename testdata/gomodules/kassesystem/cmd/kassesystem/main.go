// Command kassesystem is the POS / partner backend. It uses one set of
// Vipps MobilePay partner keys on behalf of all connected shops.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"

	"example.com/kassesystem/internal/api/chiapi"
	"example.com/kassesystem/internal/api/echoapi"
	"example.com/kassesystem/internal/api/ginapi"
	"example.com/kassesystem/internal/auth"
	"example.com/kassesystem/internal/speech"
	"example.com/kassesystem/internal/store"
	"example.com/kassesystem/internal/vippsapi"
)

func main() {
	debug := flag.Bool("debug-config", false, "print the effective configuration and exit")
	flag.Parse()

	cfg, err := store.Load()
	if err != nil {
		log.Fatal(err)
	}
	if *debug {
		fmt.Printf("vipps base=%s client_id=%s client_secret=%s\n", cfg.Vipps.BaseURL, cfg.Vipps.ClientID, cfg.Vipps.ClientSecret)
		os.Exit(0)
	}
	cfg.LogSummary()

	vipps := vippsapi.New(vippsapi.Config{
		BaseURL:         cfg.Vipps.BaseURL,
		ClientID:        cfg.Vipps.ClientID,
		ClientSecret:    cfg.Vipps.ClientSecret,
		SubscriptionKey: cfg.Vipps.SubscriptionKey,
		SystemName:      "Kassesystem",
		SystemVersion:   cfg.Vipps.SystemVersion,
	})
	sessions := auth.NewSessions()
	tts := speech.New()
	_ = tts

	// Terminals (gin).
	g := gin.Default()
	g.Use(auth.TerminalAuth(cfg.TerminalTokens))
	ginapi.New(vipps, cfg.TerminalMSN).Register(g)

	// Back-office and webshop plugin (echo).
	e := echo.New()
	e.Use(sessions.EchoMiddleware)
	echoapi.New(vipps, cfg.OperatorMSNs, os.Getenv("KASSE_PUBLIC_URL")).Register(e)

	// Subscriptions and canteen (chi).
	subs := chiapi.New(vipps, cfg).Routes(sessions)

	go reconcile(vipps, cfg)
	go func() { log.Fatal(g.Run(":8081")) }()
	go func() { log.Fatal(e.Start(":8082")) }()
	log.Fatal(http.ListenAndServe(":8083", subs))
}

// reconcile polls yesterday's open payments of every shop.
func reconcile(v *vippsapi.Client, cfg *store.Config) {
	for range time.Tick(time.Hour) {
		for terminal, msn := range cfg.TerminalMSN {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			p, err := v.PollStatus(ctx, msn, "pos-"+terminal+"-eod")
			cancel()
			if err != nil {
				log.Printf("reconcile %s: %v", terminal, err)
				continue
			}
			log.Printf("reconcile %s: %s %s", terminal, p.Reference, p.State)
		}
	}
}
