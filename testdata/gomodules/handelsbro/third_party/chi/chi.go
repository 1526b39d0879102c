// Package chi is a small offline stand-in for github.com/go-chi/chi/v5. It keeps the real
// names and signatures of the parts Handelsbro uses: NewRouter, Get, Post, Route, Use and
// URLParam.
package chi

import (
	"context"
	"net/http"
	"strings"
)

type paramsKey struct{}

type params map[string]string

// URLParam returns the value of the named route parameter of r, or "".
func URLParam(r *http.Request, key string) string {
	p, _ := r.Context().Value(paramsKey{}).(params)
	return p[key]
}

type entry struct {
	method string
	parts  []string
	h      http.HandlerFunc
}

// Mux is a tree-less router: routes are matched in the order they were added.
type Mux struct {
	prefix  string
	mws     []func(http.Handler) http.Handler
	entries *[]entry
}

// Router is the interface of Mux that handlers are registered on.
type Router interface {
	http.Handler
	Get(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Route(pattern string, fn func(r Router)) Router
	Use(mws ...func(http.Handler) http.Handler)
}

// NewRouter returns an empty router.
func NewRouter() *Mux {
	return &Mux{entries: new([]entry)}
}

// Use appends middlewares to the router's stack.
func (m *Mux) Use(mws ...func(http.Handler) http.Handler) { m.mws = append(m.mws, mws...) }

// Get registers h for GET requests on pattern.
func (m *Mux) Get(pattern string, h http.HandlerFunc) { m.add(http.MethodGet, pattern, h) }

// Post registers h for POST requests on pattern.
func (m *Mux) Post(pattern string, h http.HandlerFunc) { m.add(http.MethodPost, pattern, h) }

// Route mounts a sub-router at pattern.
func (m *Mux) Route(pattern string, fn func(r Router)) Router {
	sub := &Mux{prefix: m.prefix + pattern, mws: append([]func(http.Handler) http.Handler(nil), m.mws...), entries: m.entries}
	fn(sub)
	return sub
}

func (m *Mux) add(method, pattern string, h http.HandlerFunc) {
	var handler http.Handler = h
	for i := len(m.mws) - 1; i >= 0; i-- {
		handler = m.mws[i](handler)
	}
	*m.entries = append(*m.entries, entry{method: method, parts: split(m.prefix + pattern), h: handler.ServeHTTP})
}

func split(p string) []string { return strings.Split(strings.Trim(p, "/"), "/") }

// ServeHTTP dispatches to the first matching route.
func (m *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	got := split(r.URL.Path)
	for _, e := range *m.entries {
		if e.method != r.Method || len(e.parts) != len(got) {
			continue
		}
		p := params{}
		ok := true
		for i, part := range e.parts {
			switch {
			case strings.HasPrefix(part, "{") && strings.HasSuffix(part, "}"):
				p[part[1:len(part)-1]] = got[i]
			case part != got[i]:
				ok = false
			}
		}
		if ok {
			e.h(w, r.WithContext(context.WithValue(r.Context(), paramsKey{}, p)))
			return
		}
	}
	http.NotFound(w, r)
}
