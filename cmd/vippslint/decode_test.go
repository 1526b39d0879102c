package main

import (
	"encoding/json"
	"testing"
)

// jsonReport is vippslint's JSON report, as far as the tests read it.
type jsonReport struct {
	Scope    map[string]any `json:"scope"`
	Notices  []jsonNotice   `json:"notices"`
	Findings []jsonFinding  `json:"findings"`
}

type jsonNotice struct {
	Repository string `json:"repository"`
	Level      string `json:"level"`
	Path       string `json:"path"`
	Message    string `json:"message"`
}

type jsonFinding struct {
	Repository  string         `json:"repository"`
	Rule        string         `json:"rule"`
	Message     string         `json:"message"`
	Fingerprint string         `json:"fingerprint"`
	Properties  map[string]any `json:"properties"`
	Location    struct {
		Path string `json:"path"`
		Line int    `json:"line"`
	} `json:"location"`
}

// decodeJSON reads a JSON report, failing the test when it is none.
func decodeJSON(t *testing.T, out []byte) jsonReport {
	t.Helper()
	var r jsonReport
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("not a JSON report: %v\n%s", err, out)
	}
	return r
}

// sarifLog is a SARIF log, as far as the tests read it.
type sarifLog struct {
	Runs []sarifRun `json:"runs"`
}

type sarifRun struct {
	Automation struct {
		ID string `json:"id"`
	} `json:"automationDetails"`
	Base map[string]struct {
		URI string `json:"uri"`
	} `json:"originalUriBaseIds"`
	Results []sarifResult `json:"results"`
	Tool    struct {
		Driver struct {
			Rules []struct {
				ID string `json:"id"`
			} `json:"rules"`
		} `json:"driver"`
	} `json:"tool"`
}

type sarifResult struct {
	RuleID     string         `json:"ruleId"`
	RuleIndex  int            `json:"ruleIndex"`
	Level      string         `json:"level"`
	Properties map[string]any `json:"properties"`
	Locations  []struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI string `json:"uri"`
			} `json:"artifactLocation"`
			Region struct {
				StartLine int `json:"startLine"`
			} `json:"region"`
		} `json:"physicalLocation"`
	} `json:"locations"`
}

// decodeSARIF reads a SARIF log, failing the test when it is none.
func decodeSARIF(t *testing.T, data []byte) sarifLog {
	t.Helper()
	var l sarifLog
	if err := json.Unmarshal(data, &l); err != nil {
		t.Fatalf("not a SARIF log: %v\n%s", err, data)
	}
	return l
}
