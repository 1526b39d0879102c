// Package nocontext has key-shaped values under credential names but no
// Vipps context at all: not ours.
package nocontext

import "net/http"

var clientSecret = "Xq9Lr2Vt7Bw4Nz1Kc6Hm3Pf8Jd5Gs0Ya+Eu9Ro4Ti2="

func set(req *http.Request) {
	req.Header.Set("Ocp-Apim-Subscription-Key", "d7a1c5e9b3f7d1a5c9e3b7f1d5a9c3e7")
}
