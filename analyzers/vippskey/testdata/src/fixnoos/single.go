package fixnoos

import "net/http"

func token(req *http.Request) {
	req.Header.Set("client_id", "0d89186e-f2ca-4b4f-9749-a8d30e32fba7") // want `vipps client id "0d89…"`
}
