// Package scanner finds Vipps MobilePay keys and their misuse in file
// content.
//
// Engine.Scan takes one file (a path and its bytes, from the work tree, a
// git blob or the index) and returns findings. It works in three steps:
//
//  1. A keyword prefilter on the raw bytes, case-insensitive (prefilter.go):
//     a file without any Vipps signal or credential word costs one pass of
//     table lookups and is dropped before it is even lowercased.
//  2. Leaks: every maximal key-shaped token (GUID, Base64 of 16/20/32 bytes,
//     32 hex, JWT, MSN digits) is bound to the name it is assigned to
//     (assignment, key: value, header argument, object field, XML element or
//     attribute, PHP-serialized and SQL tuples, CLI flags, Markdown tables),
//     the name is classified, and the value is kept only with Vipps context:
//     a Vipps name, Vipps signals in the file, or a complete key set. Known
//     look-alikes (Azure API Management, Cognitive Services, Entra) and
//     placeholders are dropped. Kubernetes Secret data and Basic auth values
//     are decoded first.
//  3. Misuse: line heuristics for keys that reach a browser or phone,
//     partner keys a merchant can read, a Merchant-Serial-Number taken from
//     request input, secrets in logs and URLs, and keys aimed at the wrong
//     environment.
//
// Inline vippslint:ignore directives are applied per file; ignore files and
// baselines are applied by the caller with Filter. Walk scans directory
// trees in parallel.
package scanner
