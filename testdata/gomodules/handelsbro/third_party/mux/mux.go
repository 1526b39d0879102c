// Package mux is a small offline stand-in for github.com/gorilla/mux. It keeps the real names
// and signatures of the parts Handelsbro uses: NewRouter, HandleFunc, Methods, PathPrefix,
// Subrouter and Vars.
package mux

import (
	"context"
	"net/http"
	"strings"
)

type varsKey struct{}

// Vars returns the route variables of the current request.
func Vars(r *http.Request) map[string]string {
	v, _ := r.Context().Value(varsKey{}).(map[string]string)
	if v == nil {
		return map[string]string{}
	}
	return v
}

// Route is one registered route.
type Route struct {
	prefix  string
	parts   []string
	methods []string
	handler http.HandlerFunc
	sub     *Router
}

// Methods restricts the route to the given HTTP methods.
func (rt *Route) Methods(methods ...string) *Route {
	rt.methods = append(rt.methods, methods...)
	return rt
}

// Subrouter returns a router for the routes under this route's prefix.
func (rt *Route) Subrouter() *Router {
	rt.sub = &Router{prefix: rt.prefix}
	return rt.sub
}

// Router registers routes and dispatches requests to them.
type Router struct {
	prefix string
	routes []*Route
}

// NewRouter returns an empty router.
func NewRouter() *Router { return &Router{} }

// HandleFunc registers f for the path template, such as "/shops/{msn}/payments".
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	rt := &Route{parts: split(r.prefix + path), handler: f}
	r.routes = append(r.routes, rt)
	return rt
}

// PathPrefix registers a route matching every path under tpl.
func (r *Router) PathPrefix(tpl string) *Route {
	rt := &Route{prefix: r.prefix + tpl}
	r.routes = append(r.routes, rt)
	return rt
}

func split(p string) []string { return strings.Split(strings.Trim(p, "/"), "/") }

func (r *Router) match(req *http.Request) (http.HandlerFunc, map[string]string) {
	got := split(req.URL.Path)
	for _, rt := range r.routes {
		if rt.sub != nil {
			if strings.HasPrefix(req.URL.Path, rt.prefix) {
				if h, v := rt.sub.match(req); h != nil {
					return h, v
				}
			}
			continue
		}
		if rt.handler == nil || len(rt.parts) != len(got) {
			continue
		}
		if len(rt.methods) > 0 && !contains(rt.methods, req.Method) {
			continue
		}
		vars := map[string]string{}
		ok := true
		for i, part := range rt.parts {
			switch {
			case strings.HasPrefix(part, "{") && strings.HasSuffix(part, "}"):
				vars[part[1:len(part)-1]] = got[i]
			case part != got[i]:
				ok = false
			}
		}
		if ok {
			return rt.handler, vars
		}
	}
	return nil, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ServeHTTP dispatches the request to the first matching route.
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	h, vars := r.match(req)
	if h == nil {
		http.NotFound(w, req)
		return
	}
	h(w, req.WithContext(context.WithValue(req.Context(), varsKey{}, vars)))
}
