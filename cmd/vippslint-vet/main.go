// Command vippslint-vet runs vippslint's go/analysis passes under go vet:
//
//	go install github.com/vippslint/vippslint/cmd/vippslint-vet@latest
//	go vet -vettool=$(which vippslint-vet) ./...
//
// It reports Vipps MobilePay keys written into Go source, secrets that
// reach logs, errors, responses or URLs, and a Merchant-Serial-Number taken
// from request input. Suppress a finding with "//vippslint:ignore RULE
// reason" on its line or the line above.
package main

import (
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/vippslint/vippslint/analyzers"
)

func main() { unitchecker.Main(analyzers.Suite()...) }
