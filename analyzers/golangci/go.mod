module github.com/vippslint/vippslint/analyzers/golangci

go 1.26.8

replace github.com/vippslint/vippslint => ../..

require (
	github.com/golangci/plugin-module-register v0.1.2
	github.com/vippslint/vippslint v0.0.0-00010101000000-000000000000
	golang.org/x/tools v0.52.0
)

require (
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
)
