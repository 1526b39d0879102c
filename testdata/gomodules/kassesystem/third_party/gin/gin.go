// Package gin is a minimal offline stand-in for github.com/gin-gonic/gin.
// It keeps the method names and signatures of the real package so that
// code written against it type-checks the same way.
package gin

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// H is a shortcut for map[string]any.
type H map[string]any

// Param is a single URL parameter.
type Param struct {
	Key   string
	Value string
}

// Params is a Param slice.
type Params []Param

// ByName returns the value of the first Param with the given key.
func (ps Params) ByName(name string) string {
	for _, p := range ps {
		if p.Key == name {
			return p.Value
		}
	}
	return ""
}

// HandlerFunc defines the handler used by gin middleware and routes.
type HandlerFunc func(*Context)

// Context carries the request and response of one call.
type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
	Params  Params
	Keys    map[string]any

	handlers []HandlerFunc
	index    int
	aborted  bool
}

// Next runs the remaining handlers in the chain.
func (c *Context) Next() {
	c.index++
	for c.index < len(c.handlers) && !c.aborted {
		c.handlers[c.index](c)
		c.index++
	}
}

// Abort prevents pending handlers from being called.
func (c *Context) Abort() { c.aborted = true }

// AbortWithStatusJSON aborts and writes a JSON body.
func (c *Context) AbortWithStatusJSON(code int, obj any) {
	c.Abort()
	c.JSON(code, obj)
}

// Set stores a key/value pair for this context (server side only).
func (c *Context) Set(key string, value any) {
	if c.Keys == nil {
		c.Keys = map[string]any{}
	}
	c.Keys[key] = value
}

// Get returns the value stored under key by Set.
func (c *Context) Get(key string) (value any, exists bool) {
	value, exists = c.Keys[key]
	return
}

// GetString returns the value stored under key by Set as a string.
func (c *Context) GetString(key string) string {
	if v, ok := c.Get(key); ok {
		s, _ := v.(string)
		return s
	}
	return ""
}

// Query returns the URL query value for key.
func (c *Context) Query(key string) string {
	return c.Request.URL.Query().Get(key)
}

// DefaultQuery returns the URL query value for key, or def when absent.
func (c *Context) DefaultQuery(key, def string) string {
	if v, ok := c.Request.URL.Query()[key]; ok && len(v) > 0 {
		return v[0]
	}
	return def
}

// PostForm returns the urlencoded form value for key.
func (c *Context) PostForm(key string) string {
	return c.Request.PostFormValue(key)
}

// Param returns the value of the URL path parameter.
func (c *Context) Param(key string) string {
	return c.Params.ByName(key)
}

// GetHeader returns a request header value.
func (c *Context) GetHeader(key string) string {
	return c.Request.Header.Get(key)
}

// Cookie returns the named cookie value.
func (c *Context) Cookie(name string) (string, error) {
	ck, err := c.Request.Cookie(name)
	if err != nil {
		return "", err
	}
	return ck.Value, nil
}

// ShouldBindJSON decodes the JSON request body into obj.
func (c *Context) ShouldBindJSON(obj any) error {
	if c.Request.Body == nil {
		return fmt.Errorf("empty body")
	}
	return json.NewDecoder(c.Request.Body).Decode(obj)
}

// BindJSON decodes the JSON request body into obj and aborts with 400 on error.
func (c *Context) BindJSON(obj any) error {
	if err := c.ShouldBindJSON(obj); err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, H{"error": err.Error()})
		return err
	}
	return nil
}

// JSON writes obj as a JSON response.
func (c *Context) JSON(code int, obj any) {
	c.Writer.Header().Set("Content-Type", "application/json; charset=utf-8")
	c.Writer.WriteHeader(code)
	_ = json.NewEncoder(c.Writer).Encode(obj)
}

// String writes a formatted text response.
func (c *Context) String(code int, format string, values ...any) {
	c.Writer.Header().Set("Content-Type", "text/plain; charset=utf-8")
	c.Writer.WriteHeader(code)
	fmt.Fprintf(c.Writer, format, values...)
}

type route struct {
	method   string
	pattern  []string
	handlers []HandlerFunc
}

// Engine is the router.
type Engine struct {
	middleware []HandlerFunc
	routes     []route
}

// New returns a blank Engine.
func New() *Engine { return &Engine{} }

// Default returns an Engine (no default middleware in this stub).
func Default() *Engine { return New() }

// Use attaches global middleware.
func (e *Engine) Use(m ...HandlerFunc) { e.middleware = append(e.middleware, m...) }

// GET registers a GET route.
func (e *Engine) GET(path string, h ...HandlerFunc) { e.handle(http.MethodGet, path, h) }

// POST registers a POST route.
func (e *Engine) POST(path string, h ...HandlerFunc) { e.handle(http.MethodPost, path, h) }

func (e *Engine) handle(method, path string, h []HandlerFunc) {
	e.routes = append(e.routes, route{method: method, pattern: split(path), handlers: h})
}

func split(p string) []string { return strings.Split(strings.Trim(p, "/"), "/") }

// ServeHTTP implements http.Handler.
func (e *Engine) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	segs := split(r.URL.Path)
	for _, rt := range e.routes {
		if rt.method != r.Method || len(rt.pattern) != len(segs) {
			continue
		}
		var ps Params
		ok := true
		for i, p := range rt.pattern {
			switch {
			case strings.HasPrefix(p, ":"):
				ps = append(ps, Param{Key: p[1:], Value: segs[i]})
			case p != segs[i]:
				ok = false
			}
		}
		if !ok {
			continue
		}
		chain := append(append([]HandlerFunc{}, e.middleware...), rt.handlers...)
		c := &Context{Request: r, Writer: w, Params: ps, handlers: chain, index: -1}
		c.Next()
		return
	}
	http.NotFound(w, r)
}

// Run listens on addr.
func (e *Engine) Run(addr string) error { return http.ListenAndServe(addr, e) }
