package msnhelper // want package:"vippsmsn"

import (
	"net/http"
	"strings"
)

// FromQuery returns request input.
func FromQuery(r *http.Request) string { // want FromQuery:`vippsmsn\(returnsInput=true`
	return strings.TrimSpace(r.URL.Query().Get("msn"))
}

// Normalize passes its argument through.
func Normalize(s string) string { // want Normalize:`vippsmsn\(returnsInput=false, paramToReturn=0x1, paramSink=0x0\)`
	return strings.ToUpper(strings.TrimSpace(s))
}

// Fixed returns a constant: no fact.
func Fixed() string { return "212345" }
