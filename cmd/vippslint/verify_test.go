package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// A complete fake key set: shaped like Vipps keys, valid nowhere.
const (
	fakeID     = "ba4e7647-05c5-4edd-b624-04ab8616469c"
	fakeSecret = "WAWaB27SsyM5HC1PY0Pmdg=="
	fakeKey    = "b2c7234d9ac3ea2ab8b1097408aef82e"
)

// fakeTokenAPI answers /accesstoken/get: 200 with a token for the fake
// set when live, 401 otherwise. It counts requests.
func fakeTokenAPI(t *testing.T, live bool) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		ok := r.Method == http.MethodPost && r.URL.Path == "/accesstoken/get" &&
			r.Header.Get("client_id") == fakeID && r.Header.Get("client_secret") == fakeSecret &&
			r.Header.Get("Ocp-Apim-Subscription-Key") == fakeKey
		if live && ok {
			_, _ = io.WriteString(w, `{"token_type":"Bearer","expires_in":"3599","access_token":"eyJhbGciOiJub25lIn0.e30.TOKEN-MUST-NOT-LEAK"}`)
			return
		}
		w.WriteHeader(http.StatusUnauthorized)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

// keyDir is a directory with the fake set in a .env, twice: the same set in
// two files must cost one request.
func keyDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	env := "# Vipps MobilePay keys for https://apitest.vipps.no\n" +
		"VIPPS_CLIENT_ID=" + fakeID + "\n" +
		"VIPPS_CLIENT_SECRET=" + fakeSecret + "\n" +
		"VIPPS_SUBSCRIPTION_KEY=" + fakeKey + "\n"
	for _, p := range []string{".env", "deploy/.env"} {
		p = filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(env), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runSARIF(t *testing.T, args ...string) (sarifLog, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	for _, s := range []string{fakeSecret, fakeKey, fakeID, "TOKEN-MUST-NOT-LEAK"} {
		if strings.Contains(stdout.String(), s) || strings.Contains(stderr.String(), s) {
			t.Errorf("output holds %q", s)
		}
	}
	var out sarifLog
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("exit %d, not SARIF: %v\nstderr: %s", code, err, stderr.String())
	}
	if len(out.Runs) != 1 {
		t.Fatalf("%d runs", len(out.Runs))
	}
	return out, stderr.String(), code
}

func TestVerifyCLI(t *testing.T) {
	for _, tc := range []struct {
		name string
		live bool
		want string
	}{
		{"live set", true, "valid"},
		{"dead set", false, "invalid"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, hits := fakeTokenAPI(t, tc.live)
			dir := keyDir(t)
			out, stderr, code := runSARIF(t, "scan", "--verify", "--verify-endpoint", srv.URL, "--format", "sarif", dir)
			if code != exitFindings {
				t.Errorf("exit %d, want %d; stderr: %s", code, exitFindings, stderr)
			}
			if n := hits.Load(); n != 1 {
				t.Errorf("%d token requests for one set in two files, want 1", n)
			}
			sets := 0
			for _, r := range out.Runs[0].Results {
				if r.RuleID == "vipps-credential-set" {
					sets++
				}
				switch r.RuleID {
				case "vipps-credential-set", "vipps-client-id", "vipps-client-secret", "vipps-subscription-key":
					if got := r.Properties["verification"]; got != tc.want {
						t.Errorf("%s: properties.verification = %v, want %s", r.RuleID, got, tc.want)
					}
					if tc.live && r.Level != "error" {
						t.Errorf("%s: level %s, want error for a live set", r.RuleID, r.Level)
					}
				}
			}
			if sets != 2 {
				t.Errorf("%d key set results, want 2", sets)
			}
			wantSummary := "checked 1 key set with 1 request: 1 valid, 0 invalid, 0 unknown"
			if !tc.live {
				wantSummary = "checked 1 key set with 1 request: 0 valid, 1 invalid, 0 unknown"
			}
			if !strings.Contains(stderr, wantSummary) {
				t.Errorf("stderr %q lacks %q", stderr, wantSummary)
			}

			out, _, code = runSARIF(t, "scan", "--verify", "--only-verified", "--verify-endpoint", srv.URL, "--format", "sarif", dir)
			res := out.Runs[0].Results
			if tc.live {
				if len(res) == 0 || code != exitFindings {
					t.Errorf("--only-verified dropped a live set (exit %d)", code)
				}
				for _, r := range res {
					if r.Properties["verification"] != "valid" {
						t.Errorf("--only-verified kept %s with verification %v", r.RuleID, r.Properties["verification"])
					}
				}
			} else if len(res) != 0 || code != exitClean {
				t.Errorf("--only-verified kept %d results of a dead set (exit %d)", len(res), code)
			}
		})
	}
}

func TestVerifyCLIUnreachable(t *testing.T) {
	srv, _ := fakeTokenAPI(t, true)
	url := srv.URL
	srv.Close()
	out, stderr, _ := runSARIF(t, "scan", "--verify", "--verify-endpoint", url, "--format", "sarif", keyDir(t))
	for _, r := range out.Runs[0].Results {
		if r.RuleID == "vipps-credential-set" && r.Properties["verification"] != "unknown" {
			t.Errorf("unreachable endpoint: verification %v, want unknown", r.Properties["verification"])
		}
	}
	if !strings.Contains(stderr, "1 unknown") {
		t.Errorf("stderr %q", stderr)
	}
}

func TestVerifyCLIBadEndpoint(t *testing.T) {
	for _, ep := range []string{"ftp://example.com", "apitest.vipps.no", "http://user:hunter2@127.0.0.1"} {
		var stdout, stderr bytes.Buffer
		code := run([]string{"scan", "--verify", "--verify-endpoint", ep, keyDir(t)}, &stdout, &stderr)
		if code != exitUsage {
			t.Errorf("--verify-endpoint %s: exit %d, want %d", ep, code, exitUsage)
		}
		if !strings.Contains(stderr.String(), "--verify-endpoint") || strings.Contains(stderr.String(), "hunter2") {
			t.Errorf("--verify-endpoint %s: stderr %q", ep, stderr.String())
		}
	}
}
