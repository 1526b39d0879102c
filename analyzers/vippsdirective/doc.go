// Package vippsdirective defines an Analyzer that reports malformed ignore
// directives (vippslint:ignore without a rule or a reason) in Go files.
//
// # Analyzer vippsdirective
//
// vippsdirective: report vippslint:ignore directives without a rule or a reason
//
// A directive is "//vippslint:ignore RULE[,RULE...] reason" on the line of a
// finding or the line above. The reason is required: a directive without
// one suppresses nothing and is reported here, with the category
// vippslint-directive, as staticcheck does for //lint:ignore. The other
// analyzers of the suite honour well-formed directives themselves (see
// analyzers/internal/report); this one exists so a malformed directive is
// reported once and not by each of them.
package vippsdirective
