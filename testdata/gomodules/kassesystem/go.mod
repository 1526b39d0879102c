module example.com/kassesystem

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/go-chi/chi/v5 v5.0.12
	github.com/labstack/echo/v4 v4.12.0
)

replace (
	github.com/gin-gonic/gin => ./third_party/gin
	github.com/go-chi/chi/v5 => ./third_party/chi
	github.com/labstack/echo/v4 => ./third_party/echo
)
