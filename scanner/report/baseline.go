package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

// LoadBaseline reads the fingerprints of an earlier report, JSON or SARIF,
// so that only new findings are reported.
func LoadBaseline(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var probe struct {
		Version  string            `json:"version"`
		Runs     []json.RawMessage `json:"runs"`
		Findings []struct {
			Fingerprint string `json:"fingerprint"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("baseline %s: not a vippslint JSON or SARIF report: %s", path, jsonProblem(err))
	}
	fps := map[string]bool{}
	switch {
	case probe.Runs != nil:
		for _, raw := range probe.Runs {
			var run struct {
				Results []struct {
					PartialFingerprints map[string]string `json:"partialFingerprints"`
				} `json:"results"`
			}
			if err := json.Unmarshal(raw, &run); err != nil {
				return nil, fmt.Errorf("baseline %s: bad SARIF run: %s", path, jsonProblem(err))
			}
			for _, r := range run.Results {
				if fp := r.PartialFingerprints[FingerprintKey]; fp != "" {
					fps[fp] = true
				}
			}
		}
	case probe.Findings != nil:
		for _, f := range probe.Findings {
			if f.Fingerprint != "" {
				fps[f.Fingerprint] = true
			}
		}
	default:
		return nil, fmt.Errorf("baseline %s: no findings or SARIF runs in the file", path)
	}
	return fps, nil
}

// jsonProblem says what is wrong with a JSON document in the report's
// terms, without the Go type names encoding/json puts in its errors.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("invalid JSON at byte %d", syn.Offset)
	case errors.As(err, &typ):
		where := "the document"
		if typ.Field != "" {
			where = fmt.Sprintf("%q", typ.Field)
		}
		return fmt.Sprintf("%s is a JSON %s, which a report does not have there", where, typ.Value)
	}
	return "not JSON"
}
