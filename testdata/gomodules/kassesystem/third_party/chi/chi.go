// Package chi is a minimal offline stand-in for github.com/go-chi/chi/v5.
package chi

import (
	"context"
	"net/http"
	"strings"
)

type ctxKey struct{}

// RouteContext holds the URL parameters of the matched route.
type RouteContext struct {
	keys   []string
	values []string
}

// URLParam returns the value of a URL parameter from the request.
func URLParam(r *http.Request, key string) string {
	rc, _ := r.Context().Value(ctxKey{}).(*RouteContext)
	if rc == nil {
		return ""
	}
	for i, k := range rc.keys {
		if k == key {
			return rc.values[i]
		}
	}
	return ""
}

type route struct {
	method  string
	pattern []string
	h       http.Handler
}

// Mux is a simple router.
type Mux struct {
	middlewares []func(http.Handler) http.Handler
	routes      []route
}

// NewRouter returns a new Mux.
func NewRouter() *Mux { return &Mux{} }

// Use appends middleware.
func (mx *Mux) Use(m ...func(http.Handler) http.Handler) {
	mx.middlewares = append(mx.middlewares, m...)
}

// Get registers a GET handler.
func (mx *Mux) Get(pattern string, h http.HandlerFunc) { mx.add(http.MethodGet, pattern, h) }

// Post registers a POST handler.
func (mx *Mux) Post(pattern string, h http.HandlerFunc) { mx.add(http.MethodPost, pattern, h) }

func (mx *Mux) add(method, pattern string, h http.Handler) {
	mx.routes = append(mx.routes, route{method, strings.Split(strings.Trim(pattern, "/"), "/"), h})
}

// ServeHTTP implements http.Handler.
func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	segs := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	for _, rt := range mx.routes {
		if rt.method != r.Method || len(rt.pattern) != len(segs) {
			continue
		}
		rc := &RouteContext{}
		ok := true
		for i, p := range rt.pattern {
			switch {
			case strings.HasPrefix(p, "{") && strings.HasSuffix(p, "}"):
				rc.keys = append(rc.keys, p[1:len(p)-1])
				rc.values = append(rc.values, segs[i])
			case p != segs[i]:
				ok = false
			}
		}
		if !ok {
			continue
		}
		h := rt.h
		for i := len(mx.middlewares) - 1; i >= 0; i-- {
			h = mx.middlewares[i](h)
		}
		h.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, rc)))
		return
	}
	http.NotFound(w, r)
}
