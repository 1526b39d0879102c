// Package chi is a stand-in for github.com/go-chi/chi/v5.
package chi

import "net/http"

// URLParam returns a route parameter.
func URLParam(r *http.Request, key string) string { return "" }
