// Package a calls the Vipps MobilePay ePayment API with hard-coded keys.
package a

import (
	"net/http"
	"os"
)

const baseURL = "https://apitest.vipps.no/epayment/v1/payments"

// Keys are generated fakes, never real.
const vippsClientSecret = "s4jaDEy8iNulKQpPE0D+MrcWs2szs+qN/eqjHti08Yc=" // want `hard-coded vipps client secret "s4ja…" \(44 chars\) in "vippsClientSecret"`

var subscriptionKey = "d35e93150cf40dbb9e840ab6a646aeb1" // want `hard-coded vipps subscription key "d35e…" \(32 chars\)`

type Config struct {
	ClientID           string
	ClientSecret       string
	APISubscriptionKey string
	MSN                string
	Secret             string `json:"webhook_secret"`
}

func headers(req *http.Request) {
	req.Header.Set("Ocp-Apim-Subscription-Key", "a2629f7857b9dba3d06c9b7ab96e0122") // want `vipps subscription key "a262…" \(32 chars\) in "Ocp-Apim-Subscription-Key"`
	req.Header.Add("client_secret", "+Oon6HhFAxD7I1qWmpM/8sx28hBcalmgJTJNaXlbkb4=") // want `vipps client secret`
	req.Header.Set("Merchant-Serial-Number", "212345")
	req.Header.Set("Vipps-System-Name", "acme-webshop")
}

func literals() (http.Header, map[string]string, Config) {
	h := http.Header{
		"Ocp-Apim-Subscription-Key": {"ed8a68f9bb44c2a75e11274411a54b09"}, // want `vipps subscription key "ed8a…"`
		"Merchant-Serial-Number":    {"212345"},
	}
	m := map[string]string{
		"client_id": "fa659968-5a49-41e1-8a8e-d9340f373109", // want `vipps-client-id|vipps client id "fa65…"`
	}
	m["client_secret"] = "zUA7aMZVCt//YObd7lD3+aE2I3sQ+KRi1QpZc4g3mmM=" // want `vipps client secret "zUA7…" \(44 chars\)`
	cfg := Config{
		ClientID:           "09efc45e-33a4-40c9-b0ca-2b01a59efd42", // want `vipps client id`
		APISubscriptionKey: "889b0a750dec0f0c660ee2925a9b17a2",     // want `vipps subscription key`
		MSN:                "212345",
		Secret:             "uR3Ut2-hhs5njoKecNgEWBrIoX84n0ye", // want `vipps webhook secret`
	}
	cfg.ClientSecret = "LisvWWRZKCoEK5PlKOE1yw==" // want `vipps client secret "Lisv…" \(24 chars\)`
	return h, m, cfg
}

func env() {
	os.Setenv("VIPPS_CLIENT_SECRET", "iC4BnsYfss8MVNc/saSZlg==") // want `vipps client secret`
}

// NewClient takes its credentials as parameters.
func NewClient(clientID, clientSecret, subscriptionKey string) {}

func params() {
	NewClient("f893164a-6b3f-4250-896d-5681377e509f", os.Getenv("VIPPS_CLIENT_SECRET"), os.Getenv("VIPPS_KEY")) // want `vipps client id "f893…"`
}

// Hard negatives.

func negatives(req *http.Request) Config {
	// Placeholders and documentation examples.
	req.Header.Set("Ocp-Apim-Subscription-Key", "0f14ebcab0ec4b29ae0cb90d91b4a84a")
	req.Header.Set("Ocp-Apim-Subscription-Key", "0123456789abcdef0123456789abcdef")
	req.Header.Set("client_secret", "your_client_secret_here")
	req.Header.Set("client_id", "00000000-0000-0000-0000-000000000000")
	req.Header.Set("Ocp-Apim-Subscription-Key", os.Getenv("VIPPS_SUBSCRIPTION_KEY"))
	// A header name, not its value.
	const subscriptionKeyHeader = "Ocp-Apim-Subscription-Key"
	// A hash is not a key.
	contentSHA := "9f86d081884c7d659a2f0ea3fbce8d0f"
	_ = contentSHA
	// Another provider's name.
	githubClientSecret := "O3_rwDdt70ABaYbCDj5VMzVyrfr9NhWv1234567="
	_ = githubClientSecret
	// The key shape does not match the name.
	return Config{ClientSecret: "not-a-secret", APISubscriptionKey: "1234"}
}

// Suppressed with a reason.
func suppressed(req *http.Request) {
	//vippslint:ignore vipps-subscription-key rotated test key of the sandbox sales unit
	req.Header.Set("Ocp-Apim-Subscription-Key", "9b1e2c4d8f0a3b5c7d9e1f2a4b6c8d0e")
	req.Header.Set("Ocp-Apim-Subscription-Key", "7c3d5e9f1a2b4c6d8e0f1a3b5c7d9e2f") //vippslint:ignore vipps-subscription-key sandbox
}

// A trailing directive covers its own line only, not the line below.
func suppressedTrailing(req *http.Request) {
	req.Header.Set("Ocp-Apim-Subscription-Key", "3e8a1c5f7b9d2e4a6c8f0b1d3e5a7c9f") //vippslint:ignore vipps-subscription-key sandbox
	req.Header.Set("Ocp-Apim-Subscription-Key", "5a2c4e6f8b1d3a5c7e9f0b2d4a6c8e1f") // want `subscription key`
}

var _ = baseURL

// Text that mentions a credential name is not a name.
func replace(s string) string {
	const env = "VIPPS_CLIENT_SECRET=placeholder\n"
	_ = env
	return replaceAll("VIPPS_CLIENT_SECRET=\n", "Mx2sK9qLr4Tz8Vb1Nc6Hd3==")
}

func replaceAll(s, old string) string { return s + old }
