// Package analyzers is the suite of vippslint's go/analysis passes, and a
// small driver for vippslint analyze.
//
// The passes, one package each:
//
//   - vippskey: Vipps MobilePay credentials written into Go source
//     (vipps-client-secret, vipps-subscription-key, vipps-client-id,
//     vipps-access-token, vipps-webhook-secret);
//   - vippsleak: secrets that reach a log, an error, an HTTP response or a
//     URL (vipps-secret-logged, vipps-key-exposed, vipps-secret-in-url);
//   - vippsmsn: a Merchant-Serial-Number taken from request input
//     (vipps-mutable-msn), a taint analysis on SSA with facts across
//     packages;
//   - vippsdirective: malformed //vippslint:ignore directives
//     (vippslint-directive).
//
// Every diagnostic carries its rule ID in Diagnostic.Category, and every
// pass honours "//vippslint:ignore RULE reason" on the line of a finding or
// the line above, so suppression is the same under go vet
// (cmd/vippslint-vet), golangci-lint (the module plugin in
// analyzers/golangci) and vippslint analyze (Check).
package analyzers
