// Package golangci registers vippslint's analyzers as a golangci-lint
// module plugin named "vippslint".
//
// It is a module of its own, so that the main module does not depend on
// golangci-lint's plugin API. Build a custom golangci-lint with
// .custom-gcl.yml (an example sits next to this file):
//
//	golangci-lint custom
//	./custom-gcl run ./...
//
// and enable the linter in .golangci.yml:
//
//	linters:
//	  enable:
//	    - vippslint
//	  settings:
//	    custom:
//	      vippslint:
//	        type: module
//	        description: Vipps MobilePay keys, secret leaks and mutable Merchant-Serial-Number
//
// golangci-lint's own nolint directives work as usual; //vippslint:ignore
// RULE reason works too, because the analyzers honour it themselves.
package golangci

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/vippslint/vippslint/analyzers"
)

func init() {
	register.Plugin("vippslint", New)
}

// Settings are the plugin's settings in .golangci.yml (under
// settings.custom.vippslint.settings); unknown keys are rejected so a typo
// does not pass silently.
type Settings struct {
	// ReportLoneClientIDs reports a client_id with no client secret or
	// subscription key in its file, as report_lone_client_ids: true does
	// in .vippslint.yaml. Off by default: alone it grants nothing.
	ReportLoneClientIDs bool `json:"report-lone-client-ids"`
}

// New builds the plugin from its settings.
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("vippslint plugin settings: %w", err)
	}
	return &plugin{settings: s}, nil
}

type plugin struct {
	settings Settings
}

// BuildAnalyzers returns vippslint's suite.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return analyzers.SuiteWith(analyzers.Config{ReportLoneClientIDs: p.settings.ReportLoneClientIDs}), nil
}

// GetLoadMode asks for type information: vippsmsn builds SSA from it and
// uses facts of dependencies.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
