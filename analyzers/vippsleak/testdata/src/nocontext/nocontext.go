// Package nocontext logs an access token of some other OAuth provider: no
// Vipps context, not ours.
package nocontext

import "log"

type token struct{ AccessToken string }

func fetched(t token, clientSecret string) {
	log.Println("token", t.AccessToken)
	log.Println("secret", clientSecret)
}
