package main

import (
	"context"
	"log"
	"os"
	"time"

	"example.com/shop/internal/vipps"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := vipps.New(vipps.Config{
		BaseURL:         "https://api.vipps.no",
		ClientID:        os.Getenv("VIPPS_CLIENT_ID"),
		ClientSecret:    os.Getenv("VIPPS_CLIENT_SECRET"),
		SubscriptionKey: os.Getenv("VIPPS_SUBSCRIPTION_KEY"),
	})
	tok, err := c.AccessToken(ctx)
	if err != nil {
		log.Fatalf("vipps: token: %v", err)
	}
	log.Printf("vipps: got access token %s (expires %s)", tok.AccessToken, tok.ExpiresOn)
	if err := c.SyncSettlements(ctx, tok); err != nil {
		log.Fatal(err)
	}
}
