// Package vippskey defines an Analyzer that reports Vipps MobilePay
// credentials written into Go source.
//
// # Analyzer vippskey
//
// vippskey: report Vipps MobilePay credentials written into Go source
//
// A constant string (a literal, a named constant or a constant expression)
// is reported when it is bound to a credential name and has that
// credential's shape:
//
//   - the value of a header or form key: h.Set("Ocp-Apim-Subscription-Key", "…"),
//     or any call whose two adjacent arguments are such a key and a constant,
//     such as os.Setenv("VIPPS_CLIENT_SECRET", "…");
//   - a map or http.Header composite literal entry, or a map index
//     assignment, with such a key;
//   - a struct field named like a credential (ClientSecret,
//     APISubscriptionKey, SubscriptionKey, ClientID, AccessToken,
//     WebhookSecret, …), by field name or JSON tag, in a composite literal or
//     an assignment;
//   - a variable or constant named like a Vipps key (vippsClientSecret);
//   - an argument of a function whose parameter is named like a credential
//     (vipps.New(clientID, clientSecret, subscriptionKey string)).
//
// Names and shapes come from package rules (rules.Classify,
// rules.ValueMatches). The rule IDs are the scanner's: vipps-client-secret,
// vipps-subscription-key, vipps-client-id, vipps-access-token and
// vipps-webhook-secret.
//
// Precision. A value is reported only with Vipps context: the name says
// vipps or mobilepay, or the package has a Vipps signal (a Vipps host or
// path, a Vipps header such as Merchant-Serial-Number, an identifier or
// import path with vipps or mobilepay). A value whose enclosing function
// (or declaration) talks to a look-alike product and not to Vipps — an
// Azure API Management, Translator or Cognitive Services host — is not
// reported, nor is a name of another provider (azureSubscriptionKey).
// Placeholders, the documentation's example keys, too-regular values
// (0123456789abcdef…) and references to a secret store are never reported.
//
// Test files. _test.go files are skipped by default: they are full of
// generated fakes that look exactly like keys, and the text scanner
// (vippslint scan) still reads them for real ones. With
// Config.IncludeTestFiles they are checked too, except values bound to
// names that mark a test double (fakeSecret, mockSubscriptionKey,
// testClientSecret).
//
// A key must be name-like (letters, digits, '-', '_', '.'; at most 64
// bytes): a constant that merely mentions VIPPS_CLIENT_SECRET in a longer
// text is not a name.
//
// Fixes. A finding on a string literal carries a suggested fix that reads
// the value from the environment instead: os.Getenv("VIPPS_CLIENT_SECRET"),
// VIPPS_SUBSCRIPTION_KEY, VIPPS_CLIENT_ID, VIPPS_ACCESS_TOKEN or
// VIPPS_WEBHOOK_SECRET, with a PARTNER_ infix (VIPPS_PARTNER_CLIENT_SECRET)
// when the name, the package or the enclosing declaration says partner,
// and the name itself when it already is a VIPPS_ variable name. The fix
// imports os when the file does not, converts to a string type of the
// package (Secret(os.Getenv(…))), and turns a const declaration into a var
// declaration when every constant of it is used only where a variable
// fits. There is no fix, rather than a broken one, for: a constant used in
// another constant, an array length or a constant conversion; an exported
// constant (other packages may need it constant); an unused local
// constant; a file where os is shadowed or imported as _ or .; os.Setenv;
// a value split over several literals or held by a named constant; a
// string type of another package; and test files. go fix
// -fixtool=$(which vippslint-vet), golangci-lint run --fix and vippslint
// analyze -fix apply the fixes. A fix removes the key from the code, not
// from the history: the message says to rotate it.
//
// Client IDs. A client_id is the user name: alone it grants nothing. It is
// reported only in a file that also holds a client secret or subscription
// key (the rest of its set), and those diagnostics name it as a related
// location; Config.ReportLoneClientIDs (report_lone_client_ids in
// .vippslint.yaml, read by vippslint analyze) reports lone ones too. go
// vet -vettool runs the default configuration.
//
// Each distinct value is reported once per package, at its first
// occurrence. Messages never hold the value: at most its first four
// characters and its length.
package vippskey
