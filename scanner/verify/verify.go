// Package verify tells a live Vipps MobilePay key set from a dead one.
//
// A complete key set (client_id, client_secret, subscription key and,
// for partner keys, a Merchant-Serial-Number) is checked with one token
// request, the cheapest call that proves a set works and the only one that
// has no side effect for the merchant:
//
//   - merchant and partner keys: POST /accesstoken/get with the headers
//     client_id, client_secret, Ocp-Apim-Subscription-Key (and
//     Merchant-Serial-Number when the set has one) and an empty body;
//   - management and accounting keys: POST /miami/v1/token with the
//     client_id and client_secret as HTTP Basic auth, the form body
//     grant_type=client_credentials and the Ocp-Apim-Subscription-Key
//     header.
//
// The request goes to the environment the set's context points at:
// https://apitest.vipps.no for test keys, https://api.vipps.no for
// production keys, and for a set whose environment is not known the test
// host first and the production host only if the test host said invalid.
// Options.Endpoint replaces both hosts with one base URL (a mirror, or a
// test server); then every request goes there and nowhere else.
//
// Outcomes: Valid when the API answers 200 with a JSON body holding a
// non-empty access_token (a 200 without a token, say from a captive portal
// or a misconfigured mirror, is not proof and counts as Unknown), Invalid
// on 401 or 403, Unknown on anything else: other statuses, redirects,
// timeouts, network errors, cancellation.
//
// Safety guarantees:
//
//   - nothing is sent unless a caller asks (the CLI's --verify is off by
//     default);
//   - requests go only to apitest.vipps.no and api.vipps.no over HTTPS, or
//     only to Options.Endpoint; redirects are never followed (a redirect is
//     Unknown), so a request cannot be bounced to another host;
//   - one request per distinct key set and endpoint: results are cached by
//     a SHA-256 of the credentials, the MSN and the URL, so the same set
//     found in many files costs one request; concurrent checks of the same
//     set wait for the first;
//   - at most Options.Concurrency (default 4) requests in flight, each with
//     Options.Timeout (default 10 s) for the whole exchange;
//   - the issued token is decoded only to see that it is there, then
//     dropped: it is never printed, logged, stored or returned; response
//     bodies are drained (up to a limit) and closed;
//   - no cookies are kept and no secret ever appears in a Result's Reason
//     or an error.
//
// A Verifier holds its own client, cache and limits; there is no package
// state, and a Verifier is safe for concurrent use.
package verify

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vippslint/vippslint/scanner/report"
)

// Status is the outcome of a check.
type Status string

// The outcomes, as they appear in Finding.Verification and in SARIF
// properties.verification.
const (
	Valid   Status = "valid"
	Invalid Status = "invalid"
	Unknown Status = "unknown"
)

// The Vipps MobilePay API hosts.
const (
	TestBase       = "https://apitest.vipps.no"
	ProductionBase = "https://api.vipps.no"
)

// The token endpoints.
const (
	AccessTokenPath = "/accesstoken/get"
	ManagementPath  = "/miami/v1/token"
)

// Defaults of Options.
const (
	DefaultConcurrency = 4
	DefaultTimeout     = 10 * time.Second
)

// maxBody is how much of a response body is read before it is closed.
const maxBody = 1 << 20

// Options configure a Verifier. The zero value checks against the Vipps
// hosts with the defaults.
type Options struct {
	// Endpoint, when set, is the base URL (http or https) that receives
	// every request instead of the Vipps hosts.
	Endpoint string
	// Client sends the requests. Nil means a client of the package's own.
	// A given client is copied; the copy never follows redirects and keeps
	// no cookies.
	Client *http.Client
	// Concurrency is the most requests in flight (default 4).
	Concurrency int
	// Timeout bounds each request, body included (default 10 s).
	Timeout time.Duration
}

// Result is the outcome of checking one key set.
type Result struct {
	Status Status
	// Env is where the outcome came from: "test", "production", or ""
	// with a custom endpoint.
	Env string
	// Reason says why a result is Unknown or Invalid (for example
	// "status 500", "timeout after 10s"). It never contains a secret.
	Reason string
}

// Verifier checks key sets. Build one with New.
type Verifier struct {
	custom   *url.URL
	client   *http.Client
	timeout  time.Duration
	sem      chan struct{}
	workers  int
	requests atomic.Int64

	mu    sync.Mutex
	cache map[string]*entry
}

type entry struct {
	done chan struct{}
	res  Result
}

// ParseEndpoint checks that s is an absolute http or https URL with a host
// and without credentials, query or fragment, and returns it.
func ParseEndpoint(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("endpoint %q is not a URL", s)
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		return nil, fmt.Errorf("endpoint %q is not an http or https URL", s)
	case u.Host == "" || u.Hostname() == "":
		return nil, fmt.Errorf("endpoint %q has no host", s)
	case u.User != nil:
		return nil, errors.New("endpoint must not carry a user name or password")
	case u.RawQuery != "" || u.ForceQuery || u.Fragment != "":
		return nil, fmt.Errorf("endpoint %q must be a base URL without query or fragment", s)
	}
	return u, nil
}

// New returns a Verifier. It fails only on a bad Options.Endpoint.
func New(opts Options) (*Verifier, error) {
	v := &Verifier{timeout: opts.Timeout, cache: map[string]*entry{}}
	if opts.Endpoint != "" {
		u, err := ParseEndpoint(opts.Endpoint)
		if err != nil {
			return nil, err
		}
		v.custom = u
	}
	if v.timeout <= 0 {
		v.timeout = DefaultTimeout
	}
	n := opts.Concurrency
	if n <= 0 {
		n = DefaultConcurrency
	}
	v.sem = make(chan struct{}, n)
	v.workers = n
	var c http.Client
	if opts.Client != nil {
		c = *opts.Client
	} else {
		c.Transport = defaultTransport()
	}
	c.Jar = nil
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	v.client = &c
	return v, nil
}

func defaultTransport() http.RoundTripper {
	dt, ok := http.DefaultTransport.(*http.Transport)
	if !ok {
		return &http.Transport{Proxy: http.ProxyFromEnvironment}
	}
	t := dt.Clone()
	t.MaxConnsPerHost = DefaultConcurrency
	return t
}

// Requests is how many HTTP requests the Verifier has sent.
func (v *Verifier) Requests() int { return int(v.requests.Load()) }

// Endpoint is the custom base URL, or "" when requests go to the Vipps
// hosts.
func (v *Verifier) Endpoint() string {
	if v.custom == nil {
		return ""
	}
	return v.custom.String()
}

type target struct {
	env  string
	base *url.URL
}

// targets are the bases to try for a set's environment, in order.
func (v *Verifier) targets(env string) []target {
	if v.custom != nil {
		return []target{{"", v.custom}}
	}
	test, _ := url.Parse(TestBase)
	prod, _ := url.Parse(ProductionBase)
	switch env {
	case "test":
		return []target{{"test", test}}
	case "production":
		return []target{{"production", prod}}
	}
	return []target{{"test", test}, {"production", prod}}
}

// Complete reports whether a set has the three parts a token request needs.
func Complete(s *report.CredentialSet) bool {
	return s != nil && s.ClientID != "" && s.ClientSecret != "" && s.SubscriptionKey != ""
}

// Check verifies one key set. It sends at most one request per
// environment tried, and none for a set already checked against the same
// URL.
func (v *Verifier) Check(ctx context.Context, s report.CredentialSet) Result {
	if !Complete(&s) {
		return Result{Status: Unknown, Reason: "incomplete key set"}
	}
	var r Result
	for _, t := range v.targets(s.Env) {
		r = v.cached(ctx, t, s)
		r.Env = t.env
		if r.Status != Invalid {
			break
		}
	}
	return r
}

// cacheKey hashes what a request sends and where.
func cacheKey(u string, s report.CredentialSet) string {
	msn := s.MSN
	if s.Management {
		msn = "" // not sent to /miami/v1/token
	}
	h := sha256.New()
	for _, p := range []string{"vippslint-verify/v1", u, s.ClientID, s.ClientSecret, s.SubscriptionKey, msn} {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (v *Verifier) cached(ctx context.Context, t target, s report.CredentialSet) Result {
	u := *t.base
	path := AccessTokenPath
	if s.Management {
		path = ManagementPath
	}
	u.Path = strings.TrimRight(u.Path, "/") + path
	u.RawPath = ""
	key := cacheKey(u.String(), s)

	v.mu.Lock()
	e, hit := v.cache[key]
	if !hit {
		e = &entry{done: make(chan struct{})}
		v.cache[key] = e
	}
	v.mu.Unlock()
	if hit {
		select {
		case <-e.done:
			return e.res
		case <-ctx.Done():
			return Result{Status: Unknown, Reason: "canceled"}
		}
	}
	e.res = v.send(ctx, &u, s)
	if ctx.Err() != nil {
		// An interrupted check says nothing about the set: forget it so a
		// later call with a live context asks again.
		v.mu.Lock()
		delete(v.cache, key)
		v.mu.Unlock()
	}
	close(e.done)
	return e.res
}

// send makes one token request and classifies the answer.
func (v *Verifier) send(ctx context.Context, u *url.URL, s report.CredentialSet) (res Result) {
	defer func() { res.Reason = scrub(res.Reason, s) }()
	select {
	case v.sem <- struct{}{}:
	case <-ctx.Done():
		return Result{Status: Unknown, Reason: "canceled"}
	}
	defer func() { <-v.sem }()

	rctx, cancel := context.WithTimeout(ctx, v.timeout)
	defer cancel()
	var body io.Reader
	if s.Management {
		body = strings.NewReader(url.Values{"grant_type": {"client_credentials"}}.Encode())
	}
	req, err := http.NewRequestWithContext(rctx, http.MethodPost, u.String(), body)
	if err != nil {
		return Result{Status: Unknown, Reason: "cannot build request"}
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", s.SubscriptionKey)
	if s.Management {
		req.SetBasicAuth(s.ClientID, s.ClientSecret)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	} else {
		req.Header.Set("client_id", s.ClientID)
		req.Header.Set("client_secret", s.ClientSecret)
		if s.MSN != "" {
			req.Header.Set("Merchant-Serial-Number", s.MSN)
		}
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "vippslint-verify")
	req.Header.Set("Vipps-System-Name", "vippslint")

	v.requests.Add(1)
	resp, err := v.client.Do(req)
	if err != nil {
		return classifyErr(ctx, err, v.timeout)
	}
	defer func() {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxBody))
		_ = resp.Body.Close()
	}()
	switch code := resp.StatusCode; {
	case code == http.StatusOK:
		if hasToken(resp.Body) {
			return Result{Status: Valid}
		}
		if rctx.Err() != nil {
			return classifyErr(ctx, rctx.Err(), v.timeout)
		}
		return Result{Status: Unknown, Reason: "status 200 without an access token"}
	case code == http.StatusUnauthorized || code == http.StatusForbidden:
		return Result{Status: Invalid, Reason: fmt.Sprintf("status %d", code)}
	case code >= 300 && code < 400:
		return Result{Status: Unknown, Reason: fmt.Sprintf("redirect (status %d) not followed", code)}
	default:
		return Result{Status: Unknown, Reason: fmt.Sprintf("status %d", code)}
	}
}

// hasToken reads a token response and reports whether it holds a
// non-empty access_token. The token itself goes no further than this
// function.
func hasToken(r io.Reader) bool {
	var tok struct {
		AccessToken *string `json:"access_token"`
	}
	if err := json.NewDecoder(io.LimitReader(r, maxBody)).Decode(&tok); err != nil {
		return false
	}
	ok := tok.AccessToken != nil && *tok.AccessToken != ""
	tok.AccessToken = nil
	return ok
}

func classifyErr(ctx context.Context, err error, timeout time.Duration) Result {
	var ne net.Error
	switch {
	case ctx.Err() != nil:
		return Result{Status: Unknown, Reason: "canceled"}
	case errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout():
		return Result{Status: Unknown, Reason: "timeout after " + timeout.String()}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return Result{Status: Unknown, Reason: "network error: " + err.Error()}
}

// scrub removes the set's values from a reason, in case a transport error
// ever quotes one.
func scrub(s string, set report.CredentialSet) string {
	for _, v := range []string{set.ClientSecret, set.SubscriptionKey, set.ClientID} {
		if v != "" {
			s = strings.ReplaceAll(s, v, "[redacted]")
		}
	}
	return s
}

// Summary counts what Findings checked. Sets are the distinct key sets
// (credentials, environment and key type); Requests the HTTP requests
// sent for them.
type Summary struct {
	Sets, Valid, Invalid, Unknown, Requests int
	// Reasons are the distinct reasons of Unknown outcomes, sorted.
	Reasons []string
}

// String is a one-line summary without secrets.
func (s Summary) String() string {
	if s.Sets == 0 {
		return "verify: no complete key sets to check"
	}
	sets := "key sets"
	if s.Sets == 1 {
		sets = "key set"
	}
	reqs := "requests"
	if s.Requests == 1 {
		reqs = "request"
	}
	out := fmt.Sprintf("verify: checked %d %s with %d %s: %d valid, %d invalid, %d unknown",
		s.Sets, sets, s.Requests, reqs, s.Valid, s.Invalid, s.Unknown)
	if len(s.Reasons) > 0 {
		r := s.Reasons
		more := ""
		if len(r) > 3 {
			r, more = r[:3], ", ..."
		}
		out += " (" + strings.Join(r, "; ") + more + ")"
	}
	return out
}

// setKey identifies a distinct check: the same credentials with the same
// environment and key type.
func setKey(s *report.CredentialSet) string {
	h := sha256.New()
	m := "0"
	if s.Management {
		m = "1"
	}
	for _, p := range []string{"vippslint-set/v1", s.ClientID, s.ClientSecret, s.SubscriptionKey, s.MSN, s.Env, m} {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Findings checks every complete key set among fs (the findings whose Set
// is filled) and records the outcome, in place, on the set's finding and
// on every other finding of the same file (and commit) whose secret is one
// of the set's client_id, client_secret or subscription key. A valid set
// raises all those findings to level error and says so in the message.
// It returns an error only when ctx ends before every set was checked;
// the findings checked so far keep their outcome and the rest are Unknown.
func (v *Verifier) Findings(ctx context.Context, fs []report.Finding) (Summary, error) {
	before := v.Requests()
	var keys []string
	sets := map[string]*report.CredentialSet{}
	for i := range fs {
		s := fs[i].Set
		if !Complete(s) {
			continue
		}
		k := setKey(s)
		if _, ok := sets[k]; !ok {
			sets[k] = s
			keys = append(keys, k)
		}
	}
	var sum Summary
	if len(keys) == 0 {
		return sum, ctx.Err()
	}

	results := make(map[string]Result, len(keys))
	var mu sync.Mutex
	jobs := make(chan string)
	var wg sync.WaitGroup
	for range min(v.workers, len(keys)) {
		wg.Go(func() {
			for k := range jobs {
				r := v.Check(ctx, *sets[k])
				mu.Lock()
				results[k] = r
				mu.Unlock()
			}
		})
	}
	for _, k := range keys {
		jobs <- k
	}
	close(jobs)
	wg.Wait()

	reasons := map[string]bool{}
	for _, k := range keys {
		r := results[k]
		sum.Sets++
		switch r.Status {
		case Valid:
			sum.Valid++
		case Invalid:
			sum.Invalid++
		default:
			sum.Unknown++
			if r.Reason != "" {
				reasons[r.Reason] = true
			}
		}
	}
	for r := range reasons {
		sum.Reasons = append(sum.Reasons, r)
	}
	sort.Strings(sum.Reasons)
	sum.Requests = v.Requests() - before

	apply(fs, results)
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("verification interrupted: %w", err)
	}
	return sum, nil
}

// rank orders outcomes when a secret belongs to several sets: a secret of
// any live set is live; one that no set proved dead is unknown.
func rank(s Status) int {
	switch s {
	case Valid:
		return 3
	case Unknown:
		return 2
	case Invalid:
		return 1
	}
	return 0
}

// fileKey is the file a finding is in: its path and, for history
// findings, its commit.
func fileKey(f *report.Finding) string {
	k := f.Location.Path
	if c, ok := f.Properties["commit"]; ok {
		k += "\x00" + fmt.Sprint(c)
	}
	return k
}

// apply writes outcomes onto the findings.
func apply(fs []report.Finding, results map[string]Result) {
	// file -> secret value -> strongest outcome of the sets holding it.
	members := map[string]map[string]Status{}
	for i := range fs {
		f := &fs[i]
		if !Complete(f.Set) {
			continue
		}
		r, ok := results[setKey(f.Set)]
		if !ok {
			continue
		}
		mark(f, r.Status)
		fk := fileKey(f)
		m := members[fk]
		if m == nil {
			m = map[string]Status{}
			members[fk] = m
		}
		for _, val := range []string{f.Set.ClientID, f.Set.ClientSecret, f.Set.SubscriptionKey} {
			if rank(r.Status) > rank(m[val]) {
				m[val] = r.Status
			}
		}
	}
	for i := range fs {
		f := &fs[i]
		if f.Set != nil || f.Secret == "" {
			continue
		}
		if st, ok := members[fileKey(f)][f.Secret]; ok {
			mark(f, st)
		}
	}
}

const liveSuffix = " (verified live)"

func mark(f *report.Finding, st Status) {
	if rank(st) <= rank(Status(f.Verification)) {
		return
	}
	f.Verification = string(st)
	if st == Valid {
		f.Level = "error"
		if !strings.HasSuffix(f.Message, liveSuffix) {
			f.Message += liveSuffix
		}
	}
}

// KeepValid returns the findings verified as valid, for --only-verified.
// It filters fs in place.
func KeepValid(fs []report.Finding) []report.Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Verification == string(Valid) {
			out = append(out, f)
		}
	}
	clear(fs[len(out):])
	return out
}
