// Package misuse finds misused Vipps MobilePay secrets in parsed source
// code: a secret written to a log, sent to a browser or phone, or put in a
// URL query string; a Merchant-Serial-Number taken from request input
// or, in partner code, from a setting a merchant edits; and a Vipps host
// aimed at the other environment's keys.
//
// Source files in JavaScript, TypeScript (and TSX), Python, PHP, C#, Java,
// Kotlin and Ruby are parsed with tree-sitter, as are the <script> blocks of
// Vue, Svelte and HTML files and the fenced code blocks of Markdown. The
// checks follow values within a file: assignments, destructuring,
// parameters (from calls in the same file), object, dict and array
// literals, interpolation and concatenation, and returns.
//
// # Evidence
//
// A value is a Vipps secret only when one of these holds (evidence.go):
//
//   - (a) it is a Vipps key literal the leak rules detected;
//   - (b) it comes from a credential source (an environment variable, a
//     config key, a settings property or an option) whose name says Vipps
//     client secret, subscription key or access token; generic names
//     (clientSecret, SUBSCRIPTION_KEY) count only in a file that talks to
//     a Vipps host or API;
//   - (c) it is sent as client_secret, Ocp-Apim-Subscription-Key or a bearer
//     token in a file that talks to Vipps: then it is a secret wherever else
//     it flows;
//   - (d) it is the access_token of the token API's response.
//
// A word alone is never evidence, and every finding's message names its
// evidence. Sinks and sanitizers are in one file per rule (logged.go,
// exposed.go, url.go, msn.go, envmismatch.go); the syntax of each language family is in one
// file (lang_*.go); the vocabulary (log, response and storage calls, mask
// words, config roots, request sources, merchant-editable settings, allow
// checks) is data in package rules.
//
// vipps-mutable-msn (msn.go) follows request input instead of secrets, over
// the same data flow: request sources, parameters a framework binds from
// the request and, with partner keys, merchant-editable settings, to the
// Merchant-Serial-Number header or merchantInfo.merchantSerialNumber; an
// allowlist check, a comparison with a constant or with the authenticated
// merchant's MSN, or a lookup keyed by the input sanitizes it. Files the
// parser does not cover (Go under `vippslint scan`, other languages) keep
// the line-level check in package scanner.
//
// vipps-env-mismatch (envmismatch.go) judges string literals that hold one
// Vipps host by the name they are bound to (an enum member too), the case,
// match arm or condition they stand under, an environment setting beside
// them in the same object or call, a production file name, the
// environment the file's key names say, or partner keys. A conditional
// that maps each environment to its host is no finding, and neither are
// comments, test code, a host that is tested (a comparison, a condition,
// url.includes(host)) or a message (a thrown error, text with spaces).
// Configuration files keep the line-level check in package scanner.
//
// The parser needs cgo. Built without cgo, Enabled is false, Check reports
// nothing for parsed languages, and the CLI says so once per scan.
package misuse
