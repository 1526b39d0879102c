// Package fiber is a stand-in for github.com/gofiber/fiber/v2.
package fiber

// Ctx is fiber's context.
type Ctx struct{}

func (c *Ctx) Query(key string, defaultValue ...string) string  { return "" }
func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }
func (c *Ctx) FormValue(key string, defaultValue ...string) string {
	return ""
}
func (c *Ctx) Get(key string, defaultValue ...string) string { return "" }
func (c *Ctx) BodyParser(out any) error                      { return nil }
func (c *Ctx) Locals(key any, value ...any) any              { return nil }
