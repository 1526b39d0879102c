// Package vippsmsn defines an Analyzer that reports a Merchant-Serial-Number
// taken from request input.
//
// # Analyzer vippsmsn
//
// vippsmsn: report a Merchant-Serial-Number whose value comes from request input
//
// With Vipps MobilePay partner keys, the Merchant-Serial-Number (MSN) header
// picks the merchant a call acts for. If a user or a merchant controls it,
// they can make the partner act for another merchant (rule
// vipps-mutable-msn).
//
// The pass is a taint analysis on SSA form. Sources are request input:
// the fields URL, Header, Body, Form, PostForm, MultipartForm, Trailer,
// RequestURI and Host of a net/http Request and its methods FormValue,
// PostFormValue, Cookie, Cookies, PathValue, Referer and UserAgent (so
// r.URL.Query().Get, r.Header.Get, json.NewDecoder(r.Body).Decode(&v),
// io.ReadAll(r.Body) and json.Unmarshal of the bytes are followed through
// the standard library), and the common routers, matched by package path and
// method name without importing them: gin (c.Query, c.PostForm, c.Param,
// c.GetHeader, c.Cookie, c.ShouldBind*, c.Bind*), echo (c.QueryParam,
// c.FormValue, c.Param, c.Bind), chi (chi.URLParam), gorilla/mux
// (mux.Vars) and fiber (c.Query, c.Params, c.FormValue, c.BodyParser,
// c.Get).
//
// Sinks are the Merchant-Serial-Number header set any way — Header.Set or
// Add, any call with the header name followed by a value
// (req.SetHeader("Merchant-Serial-Number", v)), a map index assignment or
// a map or http.Header literal — and a store into a struct field whose JSON
// tag (or name) is merchantSerialNumber. A struct with such a field exists
// to be sent to Vipps, so any store into it counts as sent.
//
// Taint flows through assignments, phi nodes, conversions, string
// operations, struct fields (field-sensitive inside a function, whole
// values across calls), slices and maps, helper functions of the package
// (summaries computed to a fixpoint) and other packages through facts:
// "this function returns request input", "parameter i flows to the
// result" and "parameter i reaches the MSN sink". The finding is reported
// on the sink line; when the sink is in another package, on the call.
//
// Calls are followed to static callees, to methods called through a
// method value (pay := c.Pay; pay(msn)) and, for an interface declared
// outside the standard library, to the one concrete type among the
// package and its imports that implements it (gateway.Payments, whose
// only implementation is *vipps.Client); with two implementations the
// call is not followed. Handlers registered as closures are analysed like
// any function. Request input stored in a package-level variable, or in a
// field of a handler type (a type with a method that takes the request, so
// one value serves many requests), taints every read of it in the package;
// fields of other types stay field-sensitive per function, so a handler
// struct whose MSN comes from configuration is clean.
//
// Sanitisers: a value checked for membership in a server-side map
// (_, ok := allowed[v]; if !ok { return }), a boolean map lookup, a
// slices.Contains guard or a call of a function named like an allowlist
// check (isAllowed, permitted, belongsTo, …), or a comparison with a
// constant, is clean in the blocks the check dominates. A value looked up
// in a map by a tainted key is the server's, not the user's. Values from
// context.Value (the authenticated session), os.Getenv and configuration
// are not sources; calls the analysis cannot see into return clean
// values. Precision matters more than recall here.
//
// Cost: the pass builds SSA (the same way buildssa does) only for packages
// that can matter — those importing net/http, a router, or a package with
// facts, or that mention the Merchant-Serial-Number — and never for the
// standard library, so go vet does not build SSA for every dependency.
package vippsmsn
