package ghaction

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/vippslint/vippslint/scanner/report"
)

const (
	sha1 = "1111111111111111111111111111111111111111"
	sha2 = "2222222222222222222222222222222222222222"
	sha3 = "3333333333333333333333333333333333333333"
)

type fakeRepo struct {
	commits []string
	refs    []string
	remotes []string
	shallow bool
}

func (f *fakeRepo) HasCommit(s string) bool  { return slices.Contains(f.commits, s) }
func (f *fakeRepo) HasRef(n string) bool     { return slices.Contains(f.refs, n) }
func (f *fakeRepo) RemoteBranches() []string { return f.remotes }
func (f *fakeRepo) Shallow() bool            { return f.shallow }
func fixture(t *testing.T, name string) *Event {
	t.Helper()
	ev, err := ReadEvent(strings.TrimSuffix(strings.TrimSuffix(name, ".json"), "_new_branch"), filepath.Join("..", "..", "testdata", "events", name))
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

func TestResolve(t *testing.T) {
	full := &fakeRepo{commits: []string{sha1, sha2, sha3}, refs: []string{"refs/remotes/origin/main"}}
	tests := []struct {
		fixture string
		repo    Repo
		kind    Kind
		rng     string
		warn    bool
		err     string
	}{
		{fixture: "pull_request.json", repo: full, kind: Commits, rng: sha3 + ".." + sha2},
		{fixture: "push.json", repo: full, kind: Commits, rng: sha1 + ".." + sha2},
		{fixture: "push_new_branch.json", repo: full, kind: Commits, rng: "refs/remotes/origin/main.." + sha2},
		// No default branch in the checkout: all of after's history.
		{fixture: "push_new_branch.json", repo: &fakeRepo{commits: []string{sha2}}, kind: Commits, rng: sha2, warn: true},
		// A forced push to the default branch: all of after's history.
		{fixture: "push.json", repo: &fakeRepo{commits: []string{sha2}, refs: []string{"refs/remotes/origin/main"}}, kind: Commits, rng: sha2, warn: true},
		{fixture: "workflow_dispatch.json", repo: nil, kind: Tree},
		{fixture: "pull_request.json", repo: &fakeRepo{commits: []string{sha2, sha3}, shallow: true}, err: "fetch-depth: 0"},
		{fixture: "pull_request.json", repo: nil, err: "not a git checkout"},
		{fixture: "pull_request.json", repo: &fakeRepo{commits: []string{sha2}}, err: "base commit 333333333333 is not in the checkout"},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			p, err := Resolve(fixture(t, tt.fixture), tt.repo)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.Kind != tt.kind {
				t.Errorf("kind = %v, want %v", p.Kind, tt.kind)
			}
			if tt.rng != "" && p.Range() != tt.rng {
				t.Errorf("range = %q, want %q", p.Range(), tt.rng)
			}
			if (len(p.Warnings) > 0) != tt.warn {
				t.Errorf("warnings = %q", p.Warnings)
			}
			if p.Describe == "" {
				t.Error("no description")
			}
		})
	}
}

func TestResolveDeletedBranch(t *testing.T) {
	ev := &Event{Name: "push", Ref: "refs/heads/x", Before: sha1, After: strings.Repeat("0", 40)}
	p, err := Resolve(ev, nil)
	if err != nil || p.Kind != Nothing {
		t.Fatalf("got %+v, %v", p, err)
	}
}

func TestResolveBadSHA(t *testing.T) {
	ev := &Event{Name: "push", Ref: "refs/heads/x", Before: sha1, After: "HEAD; rm -rf /"}
	if _, err := Resolve(ev, &fakeRepo{}); err == nil || !strings.Contains(err.Error(), "not a commit id") {
		t.Fatalf("err = %v", err)
	}
}

func TestSplitArgs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		err  bool
	}{
		{"", nil, false},
		{"  --verbose   --config x.yaml ", []string{"--verbose", "--config", "x.yaml"}, false},
		{`--config 'my dir/x.yaml' "a \"b\"" c\ d`, []string{"--config", "my dir/x.yaml", `a "b"`, "c d"}, false},
		{"--a\n--b", []string{"--a", "--b"}, false},
		{`''`, []string{""}, false},
		{`'x`, nil, true},
		{`"x`, nil, true},
		{`x\`, nil, true},
	}
	for _, tt := range tests {
		got, err := SplitArgs(tt.in)
		if (err != nil) != tt.err || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SplitArgs(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestExitCode(t *testing.T) {
	tests := []struct {
		policy     string
		findings   int
		incomplete bool
		want       int
	}{
		{FailOnFindings, 0, false, 0},
		{FailOnFindings, 2, false, 1},
		{FailOnFindings, 2, true, 2},
		{FailOnErrors, 2, false, 0},
		{FailOnErrors, 0, true, 2},
		{FailOnNever, 2, true, 0},
	}
	for _, tt := range tests {
		if got := ExitCode(tt.policy, tt.findings, tt.incomplete); got != tt.want {
			t.Errorf("ExitCode(%s, %d, %v) = %d, want %d", tt.policy, tt.findings, tt.incomplete, got, tt.want)
		}
	}
}

func TestAppendOutput(t *testing.T) {
	p := filepath.Join(t.TempDir(), "out")
	if err := AppendOutput(p, "sarif-file", "/tmp/v.sarif"); err != nil {
		t.Fatal(err)
	}
	if err := AppendOutput(p, "multi", "a\nb"); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if lines[0] != "sarif-file=/tmp/v.sarif" || !strings.HasPrefix(lines[1], "multi<<ghadelimiter_") || lines[2] != "a" || lines[3] != "b" || lines[4] != strings.TrimPrefix(lines[1], "multi<<") {
		t.Fatalf("output file:\n%s", data)
	}
}

func TestWriteSummary(t *testing.T) {
	s := &Summary{
		Plan:    Plan{Kind: Commits, Describe: "pull request #12: every commit in 333333333333..222222222222"},
		Commits: 3, Blobs: 7,
		Findings: []report.Finding{
			{RuleID: "vipps-client-secret", Message: "vipps client_secret WAWa…(24 chars) | x", Location: report.Location{Path: ".env", Line: 2},
				Properties: map[string]any{"commit": sha2}},
			{RuleID: "vipps-subscription-key", Message: "m", Location: report.Location{Path: ".env", Line: 3}},
		},
		InHead: 1, OnlyHistory: 1, FailOn: FailOnFindings, ExitCode: 1, SARIFFile: "/tmp/vippslint.sarif",
	}
	var b bytes.Buffer
	if err := WriteSummary(&b, s); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"## vippslint: 2 findings", "3 commits, 7 blobs", "| `vipps-client-secret` |", "**In HEAD:** 1",
		"**Only in history:** 1", "`222222222222`", `(24 chars) \| x`, "portal.vipps.no", "vippslint:ignore RULE-ID reason",
		".vippslintignore", "exit code 1",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "WAWaB27SsyM5HC1PY0Pmdg==") {
		t.Error("summary prints a secret")
	}
}
