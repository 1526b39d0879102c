// Command partnerdesk runs the partner payment desk.
package main

import (
	"context"
	"log"
	"net/http"

	"example.com/partnerdesk/internal/config"
	"example.com/partnerdesk/internal/handlers"
	"example.com/partnerdesk/internal/legacy"
	"example.com/partnerdesk/internal/stripepay"
)

func main() {
	p := config.Load()
	srv := handlers.New(p, map[string]string{"acme": "123456", "bakery": "654321"})
	mux := http.NewServeMux()
	srv.Routes(mux)
	mux.HandleFunc("/debug/pilot", legacy.Debug)
	mux.HandleFunc("/stripe/intent", stripepay.StripeIntent)
	legacy.LogStartup()
	if resp, err := legacy.Ping(context.Background(), p.DefaultMSN); err == nil {
		resp.Body.Close()
	}
	log.Fatal(http.ListenAndServe(":8080", mux))
}
