module example.com/handelsbro

go 1.22

require (
	github.com/go-chi/chi/v5 v5.1.0
	github.com/gorilla/mux v1.8.1
)

replace (
	github.com/go-chi/chi/v5 => ./third_party/chi
	github.com/gorilla/mux => ./third_party/mux
)
