// Package constleak writes hard-coded Vipps MobilePay keys held in
// constants and package-level variables to logs and responses. Keys are
// generated fakes, never real.
package constleak

import (
	"fmt"
	"log"
	"net/http"
	"strings"

	"vippskeys"
)

const baseURL = "https://apitest.vipps.no/epayment/v1/payments"

const vippsSubscriptionKey = "c1d396da06259c34b2030563486a0bfa" // want vippsSubscriptionKey:`hard-coded subscription key`

const clientSecret = "mqR+dC0SLn/Cb+QvBR08Sk4kGCTvATGE0DvMgr3HDAU=" // want clientSecret:`hard-coded client secret`

var accessToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJodHRwczovL2FwaXRlc3QudmlwcHMubm8iLCJleHAiOjQxMDI0NDQ4MDB9.Zk3p9Qm2Lr7Xw4Tn8Bv1Cs6Dy0Ef5Gh3Jk" // want accessToken:`hard-coded access token`

// A constant key reaches a log.
func logs() {
	log.Printf("using key %s", vippsSubscriptionKey)       // want `vipps subscription key \(vippsSubscriptionKey, hard-coded\) written to log.Printf`
	log.Println("secret=" + clientSecret)                  // want `vipps client secret \(clientSecret, hard-coded\) written to log.Println`
	fmt.Printf("key %s\n", vippskeys.SubscriptionKey)      // want `vipps subscription key \(vippskeys.SubscriptionKey, hard-coded\) written to fmt.Printf`
	log.Print("secret ", vippskeys.ClientSecret)           // want `vipps client secret \(vippskeys.ClientSecret, hard-coded\) written to log.Print`
	log.Printf("token %s", strings.TrimSpace(accessToken)) // want `vipps access token`
}

// A constant secret reaches a response.
func handler(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "secret=%s", clientSecret) // want `vipps client secret \(clientSecret, hard-coded\) sent to the client by fmt.Fprintf to the response`
	w.Write([]byte(vippskeys.ClientSecret))   // want `vipps client secret \(vippskeys.ClientSecret, hard-coded\) sent to the client by w.Write`
}

// Negative twins: the masked value, the length, placeholders and names
// that are not keys.
func masked(w http.ResponseWriter) {
	log.Printf("using key …%s", vippsSubscriptionKey[len(vippsSubscriptionKey)-4:])
	log.Printf("key length %d", len(vippsSubscriptionKey))
	fmt.Fprintf(w, "secret set: %t", clientSecret != "")
	fmt.Fprintf(w, "secret=%s", maskSecret(clientSecret))
	log.Printf("example %s, header %s", vippskeys.ExampleClientSecret, vippskeys.HeaderName)
	log.Printf("calling %s at %s", baseURL, vippskeys.Host)
	log.Printf("key %s", vippskeys.SubscriptionKey[:4])
}

func maskSecret(s string) string { return s[:2] + "…" }
