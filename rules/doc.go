// Package rules is vippslint's single source of truth for what a finding is.
//
// Each rule lives in one file (rule_*.go): its stable ID, SARIF metadata,
// help text that says how to rotate a key, the key format it recognises and
// the true-positive and false-positive samples that the tests run through
// the scanner. Shared vocabulary sits beside the rules: key formats
// (formats.go), the Vipps context signals and credential-name classes
// (context.go), placeholders and the documentation's example keys
// (placeholders.go) and the places a browser, phone or merchant can read
// (locations.go).
//
// The package has no state: the catalogue is built anew by All.
package rules
