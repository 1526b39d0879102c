// Package azure calls Azure Translator; the same header is not a Vipps key,
// even in a repository that also talks to Vipps (see the vipps import).
package azure

import (
	"net/http"

	"vippsclient"
)

const endpoint = "https://api.cognitive.microsofttranslator.com/translate?api-version=3.0"

func translate(req *http.Request) {
	req.Header.Set("Ocp-Apim-Subscription-Key", "c4f8a2e6b0d4f8a2c6e0b4d8f2a6c0e4")
	_ = endpoint
}

func apim(req *http.Request) {
	// Another API Management product, by host.
	req.Header.Set("Ocp-Apim-Subscription-Key", "e1b5d9f3a7c1e5b9d3f7a1c5e9b3d7f1")
	_, _ = http.NewRequest("GET", "https://contoso.azure-api.net/orders", nil)
}

var azureSubscriptionKey = "b2d6f0a4c8e2b6d0f4a8c2e6b0d4f8a3"

func pay() { vippsclient.Pay() }
