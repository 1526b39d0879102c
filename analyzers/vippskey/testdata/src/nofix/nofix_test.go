package nofix

import (
	"net/http"
	"testing"
)

// Test files are not reported (and never rewritten): their keys are fakes
// the tests need.
func TestHeaders(t *testing.T) {
	req, _ := http.NewRequest("GET", host, nil)
	req.Header.Set("Ocp-Apim-Subscription-Key", "6f2054ef70d13c89c6ed2a63a477e115")
	req.Header.Set("client_secret", "/kbtleWs1nQjTS3BcxxyubAOkRqBNvnVLFWPyjfVyuM=")
}
