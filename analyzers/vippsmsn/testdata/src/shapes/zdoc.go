// Package shapes holds the handler shapes of real partner code: closures
// registered on a mux, method values, an interface with one
// implementation, package-level variables and MSNs kept in the handler's
// struct fields. Each positive has a safe twin.
package shapes
