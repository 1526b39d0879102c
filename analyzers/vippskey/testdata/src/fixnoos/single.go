package fixnoos

import "net/http"

func token(req *http.Request) {
	req.Header.Set("client_id", "0d89186e-f2ca-4b4f-9749-a8d30e32fba7")             // want `vipps client id "0d89…"`
	req.Header.Set("client_secret", "c2ibDlo2vGrs/wvWuYZFKyMuNXl/wAOfhcHUHl88U4c=") // want `vipps client secret "c2ib…" \(44 chars\) in "client_secret" with the client_id of its set in "client_id" on line 6`
}
