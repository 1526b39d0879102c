// Package azure calls Azure Translator from a repository that also talks
// to Vipps: the subscription key here is not a Vipps secret.
package azure

import (
	"log"
	"net/http"
)

const vippsHost = "https://api.vipps.no"

func translate(subscriptionKey string) {
	u := "https://api.cognitive.microsofttranslator.com/translate?subscription-key=" + subscriptionKey
	log.Printf("translator key %s", subscriptionKey)
	req, _ := http.NewRequest("POST", u, nil)
	req.Header.Set("Ocp-Apim-Subscription-Key", subscriptionKey)
	log.Println(req.Header)
}

type openAI struct{ APIKey, AzureClientSecret string }

func other(o openAI) {
	log.Println(o.AzureClientSecret)
	log.Println(o)
}
