// Package echo is a stand-in for github.com/labstack/echo/v4.
package echo

// Context is an interface in echo.
type Context interface {
	QueryParam(name string) string
	FormValue(name string) string
	Param(name string) string
	Bind(i any) error
	JSON(code int, i any) error
}
