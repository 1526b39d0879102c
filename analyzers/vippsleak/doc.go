// Package vippsleak defines an Analyzer that reports Vipps MobilePay
// secrets written to logs, error messages, HTTP responses and URLs.
//
// # Analyzer vippsleak
//
// vippsleak: report Vipps secrets that reach a log, an error, an HTTP response or a URL
//
// A Vipps secret is a value the code names as one: a variable, constant,
// field (by Go name or JSON tag) or method whose name rules.Classify says is
// a client secret, subscription key, access token or webhook secret; an
// os.Getenv of such a name (VIPPS_CLIENT_SECRET); a header or form value
// read with such a key (h.Get("Ocp-Apim-Subscription-Key")); an http.Header
// (or the *http.Request that owns it) on which such a header was set; and
// a struct whose fields hold one, printed or encoded whole. Local variables
// assigned from secrets are followed within the package, as are string
// concatenation, fmt.Sprint*, the strings and base64 helpers, slog/zap
// attributes and composite literals.
//
// Hard-coded keys. A package-level constant or variable whose value is a
// key of the shape its name says (a constant named for the subscription key
// holding 32 hex digits, not a placeholder) is a secret too, and its KeyFact
// carries that to the packages that import it: that constant passed to
// log.Printf, or a client-secret constant of another package written to an
// http.ResponseWriter with fmt.Fprintf, is reported, and the message says
// "hard-coded". Under go vet the pass runs on every dependency
// for these facts; it skips the standard library.
//
// Three rules:
//
//   - vipps-secret-logged: the secret reaches package log, log/slog, zap,
//     logrus or zerolog, fmt.Print* or fmt.Fprint* to os.Stdout/os.Stderr,
//     fmt.Errorf, errors.New or panic;
//   - vipps-key-exposed: it reaches an http.ResponseWriter (Write,
//     io.WriteString, fmt.Fprint*, json.NewEncoder(w).Encode, http.Error, a
//     response header) or a gin, echo or fiber response (c.JSON, c.String,
//     c.SendString, …);
//   - vipps-secret-in-url: any non-constant value is concatenated or
//     Sprintf'ed after a secret query parameter (subscription-key=,
//     client_secret=, access_token=) of text that is a URL (it holds "?" or
//     "://", or is assigned to a RawQuery). A form body
//     ("grant_type=…&client_secret=") is not a URL.
//
// Masked values are not secrets: len(s), s != "", s[len(s)-4:] and other
// slices of at most four characters, strings.Repeat and calls of functions
// whose name says mask, redact, hash, sign or encrypt. Calls of other
// functions are not followed, so a value the analyzer cannot see through
// is not reported.
//
// Context. A name that says vipps or mobilepay is enough; any other name
// needs Vipps context in the package (see vippskey), and a function that
// talks to an Azure API Management, Translator or Cognitive Services host
// and not to Vipps is skipped.
package vippsleak
