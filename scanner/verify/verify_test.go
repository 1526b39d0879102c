package verify

import (
	"context"
	"encoding/base64"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vippslint/vippslint/scanner/report"
)

// Fake keys: shaped like Vipps keys, valid nowhere.
var (
	live = report.CredentialSet{
		ClientID:        "ba4e7647-05c5-4edd-b624-04ab8616469c",
		ClientSecret:    "WAWaB27SsyM5HC1PY0Pmdg==",
		SubscriptionKey: "b2c7234d9ac3ea2ab8b1097408aef82e",
	}
	dead = report.CredentialSet{
		ClientID:        "0c5d2a4e-3b1f-4c6a-9e8d-7f6a5b4c3d2e",
		ClientSecret:    "Zm9vYmFyYmF6cXV4cXV1eA==",
		SubscriptionKey: "0123456789abcdef0123456789abcdef",
	}
)

// seen is one request as the fake token API received it.
type seen struct {
	Host, Path string
	Header     http.Header
	Body       string
}

// tokenAPI stands in for the Vipps token endpoints: it answers 200 with a
// token for the live set (by headers or Basic auth), status for others.
type tokenAPI struct {
	srv      *httptest.Server
	status   int // for sets other than live; default 401
	hits     atomic.Int64
	mu       sync.Mutex
	requests []seen
}

func newTokenAPI(t *testing.T) *tokenAPI {
	t.Helper()
	a := &tokenAPI{status: http.StatusUnauthorized}
	a.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.hits.Add(1)
		b, _ := io.ReadAll(r.Body)
		a.mu.Lock()
		a.requests = append(a.requests, seen{Host: r.Host, Path: r.URL.Path, Header: r.Header.Clone(), Body: string(b)})
		a.mu.Unlock()
		id, secret := r.Header.Get("client_id"), r.Header.Get("client_secret")
		if u, p, ok := r.BasicAuth(); ok {
			id, secret = u, p
		}
		if r.Method == http.MethodPost && id == live.ClientID && secret == live.ClientSecret &&
			r.Header.Get("Ocp-Apim-Subscription-Key") == live.SubscriptionKey {
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, `{"token_type":"Bearer","expires_in":"3599","access_token":"eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJmYWtlIn0.c2ln"}`)
			return
		}
		w.WriteHeader(a.status)
	}))
	t.Cleanup(a.srv.Close)
	return a
}

func (a *tokenAPI) last(t *testing.T) seen {
	t.Helper()
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.requests) == 0 {
		t.Fatal("no request reached the server")
	}
	return a.requests[len(a.requests)-1]
}

func newVerifier(t *testing.T, o Options) *Verifier {
	t.Helper()
	if o.Timeout == 0 {
		o.Timeout = 2 * time.Second
	}
	v, err := New(o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return v
}

func TestOutcomes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		set    report.CredentialSet
		status int
		want   Status
	}{
		{"live set", live, 0, Valid},
		{"wrong set 401", dead, http.StatusUnauthorized, Invalid},
		{"wrong set 403", dead, http.StatusForbidden, Invalid},
		{"server error", dead, http.StatusInternalServerError, Unknown},
		{"rate limited", dead, http.StatusTooManyRequests, Unknown},
		{"bad request", dead, http.StatusBadRequest, Unknown},
	} {
		t.Run(tc.name, func(t *testing.T) {
			api := newTokenAPI(t)
			if tc.status != 0 {
				api.status = tc.status
			}
			v := newVerifier(t, Options{Endpoint: api.srv.URL})
			got := v.Check(context.Background(), tc.set)
			if got.Status != tc.want {
				t.Fatalf("Check = %+v, want %s", got, tc.want)
			}
			if n := api.hits.Load(); n != 1 {
				t.Errorf("server got %d requests, want 1", n)
			}
		})
	}
}

func TestOKWithoutTokenIsUnknown(t *testing.T) {
	for _, body := range []string{"", "<html>captive portal</html>", `{"access_token":""}`, `{"token_type":"Bearer"}`} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			_, _ = io.WriteString(w, body)
		}))
		v := newVerifier(t, Options{Endpoint: srv.URL})
		if got := v.Check(context.Background(), live); got.Status != Unknown {
			t.Errorf("200 with body %q: got %+v, want unknown", body, got)
		}
		srv.Close()
	}
}

func TestTimeoutIsUnknown(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	v := newVerifier(t, Options{Endpoint: srv.URL, Timeout: 50 * time.Millisecond})
	start := time.Now()
	got := v.Check(context.Background(), live)
	if got.Status != Unknown || !strings.Contains(got.Reason, "timeout") {
		t.Fatalf("Check = %+v, want unknown by timeout", got)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("timeout took %s", d)
	}
}

func TestSlowBodyTimesOut(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, `{"access_token":`)
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	v := newVerifier(t, Options{Endpoint: srv.URL, Timeout: 50 * time.Millisecond})
	if got := v.Check(context.Background(), live); got.Status != Unknown {
		t.Fatalf("Check = %+v, want unknown", got)
	}
}

func TestNetworkErrorIsUnknownWithoutSecrets(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	base := srv.URL
	srv.Close() // nothing listens there any more
	v := newVerifier(t, Options{Endpoint: base})
	fs := []report.Finding{setFinding("a/.env", live)}
	sum, err := v.Findings(context.Background(), fs)
	if err != nil {
		t.Fatal(err)
	}
	if fs[0].Verification != "unknown" || sum.Unknown != 1 {
		t.Fatalf("got %q, summary %+v", fs[0].Verification, sum)
	}
	for _, s := range []string{live.ClientID, live.ClientSecret, live.SubscriptionKey} {
		if strings.Contains(sum.String(), s) {
			t.Errorf("summary %q holds a secret", sum)
		}
	}
}

func TestHeadersCarryExactlyTheSet(t *testing.T) {
	api := newTokenAPI(t)
	v := newVerifier(t, Options{Endpoint: api.srv.URL})
	v.Check(context.Background(), live)
	r := api.last(t)
	if r.Path != AccessTokenPath {
		t.Errorf("path %q, want %s", r.Path, AccessTokenPath)
	}
	for h, want := range map[string]string{
		"client_id":                 live.ClientID,
		"client_secret":             live.ClientSecret,
		"Ocp-Apim-Subscription-Key": live.SubscriptionKey,
	} {
		if got := r.Header.Values(h); len(got) != 1 || got[0] != want {
			t.Errorf("header %s = %q, want exactly %q", h, got, want)
		}
	}
	if _, ok := r.Header["Merchant-Serial-Number"]; ok {
		t.Error("Merchant-Serial-Number sent for a set without an MSN")
	}
	if _, ok := r.Header["Authorization"]; ok {
		t.Error("Authorization sent to /accesstoken/get")
	}
	if r.Body != "" || r.Header.Get("Content-Length") != "0" {
		t.Errorf("body %q, Content-Length %q; want empty body with Content-Length 0", r.Body, r.Header.Get("Content-Length"))
	}
}

func TestMSNHeaderWhenPresent(t *testing.T) {
	api := newTokenAPI(t)
	v := newVerifier(t, Options{Endpoint: api.srv.URL})
	s := live
	s.MSN = "654321"
	if got := v.Check(context.Background(), s); got.Status != Valid {
		t.Fatalf("Check = %+v", got)
	}
	if got := api.last(t).Header.Values("Merchant-Serial-Number"); len(got) != 1 || got[0] != "654321" {
		t.Errorf("Merchant-Serial-Number = %q, want [654321]", got)
	}
}

func TestManagementKeysUseMiami(t *testing.T) {
	api := newTokenAPI(t)
	v := newVerifier(t, Options{Endpoint: api.srv.URL + "/"})
	s := live
	s.Management = true
	s.MSN = "654321"
	if got := v.Check(context.Background(), s); got.Status != Valid {
		t.Fatalf("Check = %+v", got)
	}
	r := api.last(t)
	if r.Path != ManagementPath {
		t.Errorf("path %q, want %s", r.Path, ManagementPath)
	}
	wantAuth := "Basic " + base64.StdEncoding.EncodeToString([]byte(live.ClientID+":"+live.ClientSecret))
	if got := r.Header.Get("Authorization"); got != wantAuth {
		t.Errorf("Authorization = %q, want Basic id:secret", got)
	}
	if got := r.Header.Get("Ocp-Apim-Subscription-Key"); got != live.SubscriptionKey {
		t.Errorf("subscription key header = %q", got)
	}
	if r.Header.Get("client_secret") != "" || r.Header.Get("client_id") != "" {
		t.Error("management request carries client_id/client_secret headers")
	}
	if r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" || r.Body != "grant_type=client_credentials" {
		t.Errorf("body %q (%s), want grant_type=client_credentials form", r.Body, r.Header.Get("Content-Type"))
	}

	s.ClientSecret = dead.ClientSecret
	if got := v.Check(context.Background(), s); got.Status != Invalid {
		t.Errorf("wrong management secret: %+v, want invalid", got)
	}
}

func TestEndpointWithPathPrefix(t *testing.T) {
	api := newTokenAPI(t)
	v := newVerifier(t, Options{Endpoint: api.srv.URL + "/mirror/vipps/"})
	v.Check(context.Background(), live)
	if p := api.last(t).Path; p != "/mirror/vipps"+AccessTokenPath {
		t.Errorf("path %q", p)
	}
}

func setFinding(path string, s report.CredentialSet) report.Finding {
	set := s
	return report.Finding{RuleID: "vipps-credential-set", Level: "error", Message: "complete vipps key set in one file",
		Location: report.Location{Path: path, Line: 2}, Secret: s.ClientSecret, Set: &set}
}

func member(path, rule, level, secret string) report.Finding {
	return report.Finding{RuleID: rule, Level: level, Message: rule, Location: report.Location{Path: path, Line: 1}, Secret: secret}
}

func TestSameSetInTwoFilesCostsOneRequest(t *testing.T) {
	api := newTokenAPI(t)
	v := newVerifier(t, Options{Endpoint: api.srv.URL})
	fs := []report.Finding{
		setFinding("a/.env", live),
		member("a/.env", "vipps-client-id", "note", live.ClientID),
		setFinding("b/config.yaml", live),
		member("b/config.yaml", "vipps-subscription-key", "error", live.SubscriptionKey),
	}
	// Unknown environment with a custom endpoint is still one request.
	fs[2].Set.Env = ""
	sum, err := v.Findings(context.Background(), fs)
	if err != nil {
		t.Fatal(err)
	}
	if n := api.hits.Load(); n != 1 {
		t.Errorf("server got %d requests, want 1", n)
	}
	if sum.Requests != 1 || sum.Valid != 1 || sum.Sets != 1 {
		t.Errorf("summary %+v", sum)
	}
	for _, f := range fs {
		if f.Verification != "valid" || f.Level != "error" {
			t.Errorf("%s %s: verification %q level %q", f.Location.Path, f.RuleID, f.Verification, f.Level)
		}
	}
	// A second run on the same Verifier asks again for nothing.
	if _, err := v.Findings(context.Background(), []report.Finding{setFinding("c/.env", live)}); err != nil {
		t.Fatal(err)
	}
	if n := api.hits.Load(); n != 1 {
		t.Errorf("server got %d requests after a repeat, want 1", n)
	}
}

func TestFindingsMarksMembersOfItsFileOnly(t *testing.T) {
	api := newTokenAPI(t)
	v := newVerifier(t, Options{Endpoint: api.srv.URL})
	fs := []report.Finding{
		setFinding("live.env", live),
		member("live.env", "vipps-client-id", "note", live.ClientID),
		member("live.env", "vipps-client-secret", "error", live.ClientSecret),
		member("live.env", "vipps-secret-in-url", "warning", live.SubscriptionKey),
		member("live.env", "vipps-mutable-msn", "warning", ""),
		member("other.go", "vipps-client-secret", "error", live.ClientSecret), // no set in that file
		setFinding("dead.env", dead),
		member("dead.env", "vipps-client-id", "note", dead.ClientID),
	}
	sum, err := v.Findings(context.Background(), fs)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Sets != 2 || sum.Valid != 1 || sum.Invalid != 1 || sum.Requests != 2 {
		t.Errorf("summary %+v", sum)
	}
	want := []struct{ verification, level string }{
		{"valid", "error"}, {"valid", "error"}, {"valid", "error"}, {"valid", "error"},
		{"", "warning"}, {"", "error"},
		{"invalid", "error"}, {"invalid", "note"},
	}
	for i, w := range want {
		f := fs[i]
		if f.Verification != w.verification || f.Level != w.level {
			t.Errorf("%d %s %s: verification %q level %q, want %q %q", i, f.Location.Path, f.RuleID, f.Verification, f.Level, w.verification, w.level)
		}
		if live := strings.HasSuffix(f.Message, " (verified live)"); live != (w.verification == "valid") {
			t.Errorf("%d: message %q", i, f.Message)
		}
	}
	kept := KeepValid(fs)
	if len(kept) != 4 {
		t.Fatalf("KeepValid kept %d, want 4", len(kept))
	}
	for _, f := range kept {
		if f.Verification != "valid" {
			t.Errorf("KeepValid kept %q", f.Verification)
		}
	}
}

// recorder is a Transport that records every request's host.
type recorder struct {
	mu    sync.Mutex
	hosts []string
	next  http.RoundTripper
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	r.mu.Lock()
	r.hosts = append(r.hosts, req.URL.Host)
	r.mu.Unlock()
	return r.next.RoundTrip(req)
}

func TestNoRequestLeavesTheEndpoint(t *testing.T) {
	var elsewhere atomic.Int64
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		elsewhere.Add(1)
		_, _ = io.WriteString(w, `{"access_token":"stolen"}`)
	}))
	defer other.Close()
	for _, code := range []int{http.StatusFound, http.StatusTemporaryRedirect, http.StatusPermanentRedirect} {
		redirector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, other.URL+r.URL.Path, code)
		}))
		rec := &recorder{next: http.DefaultTransport}
		// The given client would follow redirects; the Verifier's copy must not.
		client := &http.Client{Transport: rec}
		v := newVerifier(t, Options{Endpoint: redirector.URL, Client: client})
		s := live
		got := v.Check(context.Background(), s)
		s.Management = true
		got2 := v.Check(context.Background(), s)
		redirector.Close()
		if got.Status != Unknown || got2.Status != Unknown {
			t.Errorf("redirect %d: got %+v / %+v, want unknown", code, got, got2)
		}
		want := strings.TrimPrefix(redirector.URL, "http://")
		for _, h := range rec.hosts {
			if h != want {
				t.Errorf("redirect %d: request to %s, want only %s", code, h, want)
			}
		}
		if len(rec.hosts) != 2 {
			t.Errorf("redirect %d: %d requests, want 2", code, len(rec.hosts))
		}
	}
	if n := elsewhere.Load(); n != 0 {
		t.Errorf("the other host got %d requests", n)
	}
}

// fakeVipps is a Transport standing in for the real Vipps hosts: it never
// touches the network.
type fakeVipps struct {
	mu     sync.Mutex
	urls   []string
	answer func(host string) int
}

func (f *fakeVipps) RoundTrip(req *http.Request) (*http.Response, error) {
	f.mu.Lock()
	f.urls = append(f.urls, req.URL.String())
	f.mu.Unlock()
	code := f.answer(req.URL.Host)
	body := ""
	if code == http.StatusOK {
		body = `{"access_token":"x"}`
	}
	return &http.Response{StatusCode: code, Header: http.Header{}, Body: io.NopCloser(strings.NewReader(body)), Request: req}, nil
}

func TestVippsHostsByEnvironment(t *testing.T) {
	for _, tc := range []struct {
		name, env  string
		management bool
		answer     map[string]int
		want       Status
		wantEnv    string
		urls       []string
	}{
		{"test keys", "test", false, map[string]int{"apitest.vipps.no": 200}, Valid, "test",
			[]string{"https://apitest.vipps.no/accesstoken/get"}},
		{"production keys", "production", false, map[string]int{"api.vipps.no": 200}, Valid, "production",
			[]string{"https://api.vipps.no/accesstoken/get"}},
		{"test keys dead on test are not tried on production", "test", false, map[string]int{"api.vipps.no": 200}, Invalid, "test",
			[]string{"https://apitest.vipps.no/accesstoken/get"}},
		{"unknown env, live on test", "", false, map[string]int{"apitest.vipps.no": 200}, Valid, "test",
			[]string{"https://apitest.vipps.no/accesstoken/get"}},
		{"unknown env, live on production", "", false, map[string]int{"api.vipps.no": 200}, Valid, "production",
			[]string{"https://apitest.vipps.no/accesstoken/get", "https://api.vipps.no/accesstoken/get"}},
		{"unknown env, test unsure", "", false, map[string]int{"apitest.vipps.no": 503, "api.vipps.no": 200}, Unknown, "test",
			[]string{"https://apitest.vipps.no/accesstoken/get"}},
		{"management keys", "production", true, map[string]int{"api.vipps.no": 200}, Valid, "production",
			[]string{"https://api.vipps.no/miami/v1/token"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fv := &fakeVipps{answer: func(h string) int {
				if c, ok := tc.answer[h]; ok {
					return c
				}
				return http.StatusUnauthorized
			}}
			v := newVerifier(t, Options{Client: &http.Client{Transport: fv}})
			s := live
			s.Env, s.Management = tc.env, tc.management
			got := v.Check(context.Background(), s)
			if got.Status != tc.want || got.Env != tc.wantEnv {
				t.Errorf("Check = %+v, want %s from %q", got, tc.want, tc.wantEnv)
			}
			if strings.Join(fv.urls, " ") != strings.Join(tc.urls, " ") {
				t.Errorf("requests %q, want %q", fv.urls, tc.urls)
			}
		})
	}
}

func TestConcurrencyLimit(t *testing.T) {
	var inFlight, peak atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		n := inFlight.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		inFlight.Add(-1)
		w.WriteHeader(http.StatusUnauthorized)
	}))
	defer srv.Close()
	for _, limit := range []int{0, 2} {
		peak.Store(0)
		v := newVerifier(t, Options{Endpoint: srv.URL, Concurrency: limit})
		var fs []report.Finding
		for i := range 12 {
			s := dead
			s.SubscriptionKey = strings.Repeat("0", 30) + string(rune('a'+i)) + "0"
			fs = append(fs, setFinding("f.env", s))
		}
		sum, err := v.Findings(context.Background(), fs)
		if err != nil {
			t.Fatal(err)
		}
		want := int64(limit)
		if limit == 0 {
			want = DefaultConcurrency
		}
		if sum.Requests != 12 || sum.Invalid != 12 {
			t.Errorf("limit %d: summary %+v", limit, sum)
		}
		if p := peak.Load(); p > want || p < 1 {
			t.Errorf("limit %d: %d requests in flight at once, want at most %d", limit, p, want)
		}
	}

	// Callers of Check share the limit too.
	peak.Store(0)
	v := newVerifier(t, Options{Endpoint: srv.URL, Concurrency: 2})
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Go(func() {
			s := dead
			s.MSN = strings.Repeat("7", i+1)
			v.Check(context.Background(), s)
		})
	}
	wg.Wait()
	if p := peak.Load(); p > 2 {
		t.Errorf("concurrent Check calls: %d requests in flight, want at most 2", p)
	}
	if v.Requests() != 12 {
		t.Errorf("%d requests, want 12", v.Requests())
	}
}

func TestCanceledContext(t *testing.T) {
	api := newTokenAPI(t)
	v := newVerifier(t, Options{Endpoint: api.srv.URL})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fs := []report.Finding{setFinding("a.env", live)}
	if _, err := v.Findings(ctx, fs); err == nil {
		t.Fatal("no error for a canceled context")
	}
	if fs[0].Verification != "unknown" {
		t.Errorf("verification %q, want unknown", fs[0].Verification)
	}
	// The interrupted check is not cached.
	if got := v.Check(context.Background(), live); got.Status != Valid {
		t.Errorf("after cancel: %+v, want valid", got)
	}
}

func TestIncompleteSetsAreSkipped(t *testing.T) {
	api := newTokenAPI(t)
	v := newVerifier(t, Options{Endpoint: api.srv.URL})
	s := live
	s.SubscriptionKey = ""
	fs := []report.Finding{setFinding("a.env", s), member("a.env", "vipps-client-id", "note", live.ClientID)}
	sum, err := v.Findings(context.Background(), fs)
	if err != nil {
		t.Fatal(err)
	}
	if api.hits.Load() != 0 || sum.Sets != 0 || fs[0].Verification != "" {
		t.Errorf("incomplete set checked: %+v %q", sum, fs[0].Verification)
	}
	if !strings.Contains(sum.String(), "no complete key sets") {
		t.Errorf("summary %q", sum)
	}
}

func TestParseEndpoint(t *testing.T) {
	for _, ok := range []string{"http://127.0.0.1:8080", "https://mirror.example.com/vipps/", "HTTPS://api.vipps.no"} {
		if _, err := ParseEndpoint(ok); err != nil {
			t.Errorf("ParseEndpoint(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"", "api.vipps.no", "ftp://host", "file:///etc/passwd", "http://", "https://user:pw@host",
		"http://host/?a=1", "http://host/#x", "://x", "http://[::1"} {
		_, err := ParseEndpoint(bad)
		if err == nil {
			t.Errorf("ParseEndpoint(%q) accepted", bad)
			continue
		}
		if strings.Contains(err.Error(), "pw") {
			t.Errorf("error %q repeats the password", err)
		}
	}
	if _, err := New(Options{Endpoint: "gopher://x"}); err == nil {
		t.Error("New accepted a gopher endpoint")
	}
}

func TestCacheKeyDependsOnEverythingSent(t *testing.T) {
	base := cacheKey("https://apitest.vipps.no/accesstoken/get", live)
	variants := []report.CredentialSet{live, live, live, live}
	variants[0].ClientID = dead.ClientID
	variants[1].ClientSecret = dead.ClientSecret
	variants[2].SubscriptionKey = dead.SubscriptionKey
	variants[3].MSN = "123456"
	for i, s := range variants {
		if cacheKey("https://apitest.vipps.no/accesstoken/get", s) == base {
			t.Errorf("variant %d has the same cache key", i)
		}
	}
	if cacheKey("https://api.vipps.no/accesstoken/get", live) == base {
		t.Error("endpoint not in the cache key")
	}
	if k := cacheKey("u", live); strings.Contains(k, live.ClientSecret) {
		t.Error("cache key holds the secret")
	}
}
