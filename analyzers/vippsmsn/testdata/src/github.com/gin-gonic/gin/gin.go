// Package gin is a stand-in for github.com/gin-gonic/gin: only the names
// and the import path matter.
package gin

// H is gin.H.
type H map[string]any

// Context is gin.Context.
type Context struct{}

func (c *Context) JSON(code int, obj any)                        {}
func (c *Context) String(code int, format string, values ...any) {}
func (c *Context) Query(key string) string                       { return "" }
func (c *Context) Param(key string) string                       { return "" }
func (c *Context) PostForm(key string) string                    { return "" }
func (c *Context) GetHeader(key string) string                   { return "" }
func (c *Context) Cookie(name string) (string, error)            { return "", nil }
func (c *Context) ShouldBindJSON(obj any) error                  { return nil }
func (c *Context) BindJSON(obj any) error                        { return nil }
func (c *Context) Header(key, value string)                      {}
func (c *Context) Set(key string, value any)                     {}
