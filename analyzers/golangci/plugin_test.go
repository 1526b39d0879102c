package golangci

import (
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/vippslint/vippslint/analyzers"
)

func TestPlugin(t *testing.T) {
	p, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 4 {
		t.Errorf("BuildAnalyzers returned %d analyzers, want the 4 of the suite", len(as))
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", p.GetLoadMode(), register.LoadModeTypesInfo)
	}
	for _, on := range []bool{false, true} {
		p, err := New(map[string]any{"report-lone-client-ids": on})
		if err != nil {
			t.Fatal(err)
		}
		as, _ := p.BuildAnalyzers()
		if shared := as[0] == analyzers.Suite()[0]; shared == on {
			t.Errorf("report-lone-client-ids: %v: the default vippskey is used: %v", on, shared)
		}
	}
	if _, err := New(map[string]any{"bogus": 1}); err == nil {
		t.Error("an unknown setting must be rejected")
	}
}
