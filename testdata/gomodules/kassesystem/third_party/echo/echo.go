// Package echo is a minimal offline stand-in for github.com/labstack/echo/v4.
package echo

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// Map is a shortcut for map[string]any.
type Map map[string]any

// HandlerFunc serves one request.
type HandlerFunc func(Context) error

// MiddlewareFunc wraps a HandlerFunc.
type MiddlewareFunc func(HandlerFunc) HandlerFunc

// Context represents the context of the current HTTP request.
type Context interface {
	Request() *http.Request
	SetRequest(r *http.Request)
	Response() http.ResponseWriter
	QueryParam(name string) string
	FormValue(name string) string
	Param(name string) string
	Bind(i any) error
	JSON(code int, i any) error
	String(code int, s string) error
	Get(key string) any
	Set(key string, val any)
}

// HTTPError is an error with an HTTP status code.
type HTTPError struct {
	Code    int
	Message any
}

func (he *HTTPError) Error() string { return fmt.Sprintf("code=%d, message=%v", he.Code, he.Message) }

// NewHTTPError creates an HTTPError.
func NewHTTPError(code int, message ...any) *HTTPError {
	he := &HTTPError{Code: code, Message: http.StatusText(code)}
	if len(message) > 0 {
		he.Message = message[0]
	}
	return he
}

type context struct {
	r      *http.Request
	w      http.ResponseWriter
	names  []string
	values []string
	store  map[string]any
}

func (c *context) Request() *http.Request        { return c.r }
func (c *context) SetRequest(r *http.Request)    { c.r = r }
func (c *context) Response() http.ResponseWriter { return c.w }
func (c *context) QueryParam(name string) string { return c.r.URL.Query().Get(name) }
func (c *context) FormValue(name string) string  { return c.r.FormValue(name) }

func (c *context) Param(name string) string {
	for i, n := range c.names {
		if n == name {
			return c.values[i]
		}
	}
	return ""
}

func (c *context) Bind(i any) error {
	if c.r.Body == nil {
		return NewHTTPError(http.StatusBadRequest, "empty body")
	}
	if err := json.NewDecoder(c.r.Body).Decode(i); err != nil {
		return NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return nil
}

func (c *context) JSON(code int, i any) error {
	c.w.Header().Set("Content-Type", "application/json")
	c.w.WriteHeader(code)
	return json.NewEncoder(c.w).Encode(i)
}

func (c *context) String(code int, s string) error {
	c.w.Header().Set("Content-Type", "text/plain; charset=UTF-8")
	c.w.WriteHeader(code)
	_, err := c.w.Write([]byte(s))
	return err
}

func (c *context) Get(key string) any { return c.store[key] }

func (c *context) Set(key string, val any) {
	if c.store == nil {
		c.store = map[string]any{}
	}
	c.store[key] = val
}

type route struct {
	method  string
	pattern []string
	h       HandlerFunc
}

// Echo is the top-level framework instance.
type Echo struct {
	routes     []route
	middleware []MiddlewareFunc
}

// New creates an Echo instance.
func New() *Echo { return &Echo{} }

// Use adds middleware.
func (e *Echo) Use(m ...MiddlewareFunc) { e.middleware = append(e.middleware, m...) }

// GET registers a GET route.
func (e *Echo) GET(path string, h HandlerFunc) { e.add(http.MethodGet, path, h) }

// POST registers a POST route.
func (e *Echo) POST(path string, h HandlerFunc) { e.add(http.MethodPost, path, h) }

func (e *Echo) add(method, path string, h HandlerFunc) {
	e.routes = append(e.routes, route{method, strings.Split(strings.Trim(path, "/"), "/"), h})
}

// ServeHTTP implements http.Handler.
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	segs := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	for _, rt := range e.routes {
		if rt.method != r.Method || len(rt.pattern) != len(segs) {
			continue
		}
		c := &context{r: r, w: w}
		ok := true
		for i, p := range rt.pattern {
			switch {
			case strings.HasPrefix(p, ":"):
				c.names = append(c.names, p[1:])
				c.values = append(c.values, segs[i])
			case p != segs[i]:
				ok = false
			}
		}
		if !ok {
			continue
		}
		h := rt.h
		for i := len(e.middleware) - 1; i >= 0; i-- {
			h = e.middleware[i](h)
		}
		if err := h(c); err != nil {
			code := http.StatusInternalServerError
			if he, ok := err.(*HTTPError); ok {
				code = he.Code
			}
			http.Error(w, err.Error(), code)
		}
		return
	}
	http.NotFound(w, r)
}

// Start listens on addr.
func (e *Echo) Start(addr string) error { return http.ListenAndServe(addr, e) }
