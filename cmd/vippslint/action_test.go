package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// Fake keys: the old leak is on the base branch, the new one comes with the
// pull request.
const (
	oldLeak = "VIPPS_CLIENT_ID=7c1d2a90-3b4e-4f6a-9d2c-5e8f1a0b3c47\nVIPPS_CLIENT_SECRET=8BHV31csqzgwNPpmC81Eog==\nVIPPS_SUBSCRIPTION_KEY=4f9e2c71a8d03b65e1f7c9a2d4b86e13\n"
	newLeak = "VIPPS_CLIENT_ID=ba4e7647-05c5-4edd-b624-04ab8616469c\nVIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg==\nVIPPS_SUBSCRIPTION_KEY=b2c7234d9ac3ea2ab8b1097408aef82e\n"
)

var secrets = []string{"8BHV31csqzgwNPpmC81Eog==", "4f9e2c71a8d03b65e1f7c9a2d4b86e13", "WAWaB27SsyM5HC1PY0Pmdg==", "b2c7234d9ac3ea2ab8b1097408aef82e"}

// testRepo is a git repository in a temporary directory, built with go-git
// and fixed commit times so that its hashes are stable.
type testRepo struct {
	t    *testing.T
	dir  string
	r    *git.Repository
	tick int
}

func newTestRepo(t *testing.T) *testRepo {
	t.Helper()
	dir := t.TempDir()
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	return &testRepo{t: t, dir: dir, r: r}
}

// commit writes files (an empty content deletes the file) and commits them.
func (tr *testRepo) commit(msg string, files map[string]string) string {
	tr.t.Helper()
	wt, err := tr.r.Worktree()
	if err != nil {
		tr.t.Fatal(err)
	}
	for name, content := range files {
		p := filepath.Join(tr.dir, filepath.FromSlash(name))
		if content == "" {
			if _, err := wt.Remove(name); err != nil {
				tr.t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tr.t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			tr.t.Fatal(err)
		}
		if _, err := wt.Add(name); err != nil {
			tr.t.Fatal(err)
		}
	}
	tr.tick++
	sig := &object.Signature{Name: "Kari Nordmann", Email: "kari@example.com", When: time.Date(2024, 5, 1, 12, tr.tick, 0, 0, time.UTC)}
	h, err := wt.Commit(msg, &git.CommitOptions{Author: sig, Committer: sig, AllowEmptyCommits: true})
	if err != nil {
		tr.t.Fatal(err)
	}
	return h.String()
}

func (tr *testRepo) setRef(name, sha string) {
	tr.t.Helper()
	if err := tr.r.Storer.SetReference(plumbing.NewHashReference(plumbing.ReferenceName(name), plumbing.NewHash(sha))); err != nil {
		tr.t.Fatal(err)
	}
}

// event writes a fixture from testdata/events with the given fields
// replaced (dotted JSON paths) and returns its path.
func event(t *testing.T, fixture string, set map[string]string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "events", fixture))
	if err != nil {
		t.Fatal(err)
	}
	var ev map[string]any
	if err := json.Unmarshal(data, &ev); err != nil {
		t.Fatal(err)
	}
	for path, v := range set {
		keys := strings.Split(path, ".")
		m := ev
		for _, k := range keys[:len(keys)-1] {
			m = m[k].(map[string]any)
		}
		m[keys[len(keys)-1]] = v
	}
	out, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), fixture)
	if err := os.WriteFile(p, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

type actionResult struct {
	code           int
	stdout, stderr string
	output         string
	summary        string
	sarif          string
	sarifPath      string
}

func runActionTest(t *testing.T, workspace, eventName, eventPath string, args ...string) actionResult {
	t.Helper()
	tmp := t.TempDir()
	env := map[string]string{
		"GITHUB_EVENT_NAME":   eventName,
		"GITHUB_EVENT_PATH":   eventPath,
		"GITHUB_WORKSPACE":    workspace,
		"RUNNER_TEMP":         tmp,
		"GITHUB_OUTPUT":       filepath.Join(tmp, "output"),
		"GITHUB_STEP_SUMMARY": filepath.Join(tmp, "summary.md"),
		"GITHUB_REPOSITORY":   "acme/shop",
		"GITHUB_SERVER_URL":   "https://github.com",
	}
	var stdout, stderr bytes.Buffer
	code := runAction(context.Background(), args, func(k string) string { return env[k] }, &stdout, &stderr)
	res := actionResult{code: code, stdout: stdout.String(), stderr: stderr.String(), sarifPath: filepath.Join(tmp, "vippslint.sarif")}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(tmp, name))
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		return string(b)
	}
	res.output, res.summary, res.sarif = read("output"), read("summary.md"), read("vippslint.sarif")
	all := res.stdout + res.stderr + res.output + res.summary + res.sarif
	for _, s := range secrets {
		if strings.Contains(all, s) {
			t.Errorf("a secret (%.4s…) is printed in the action's output", s)
		}
	}
	return res
}

func annotations(stdout string) []string {
	var out []string
	for _, l := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(l, "::error ") || strings.HasPrefix(l, "::warning file=") || strings.HasPrefix(l, "::notice ") {
			out = append(out, l)
		}
	}
	return out
}

func TestActionPullRequestOnlyNewLeak(t *testing.T) {
	tr := newTestRepo(t)
	base := tr.commit("initial", map[string]string{"README.md": "shop\n", "old/.env": oldLeak})
	tr.setRef("refs/remotes/origin/main", base)
	tr.commit("checkout: pay with Vipps", map[string]string{"checkout/.env": newLeak})
	head := tr.commit("docs", map[string]string{"README.md": "shop with Vipps\n"})
	ev := event(t, "pull_request.json", map[string]string{"pull_request.base.sha": base, "pull_request.head.sha": head})

	// The old leak is a real finding of the whole history: the pull
	// request's range must be what leaves it out.
	if code, out, stderr := runCLI(t, "git", "--format", "json", tr.dir); code != exitFindings || !strings.Contains(out, `"path": "old/.env"`) {
		t.Fatalf("the base's leak must be found by a full history scan: exit %d\n%s\n%s", code, out, stderr)
	}

	res := runActionTest(t, tr.dir, "pull_request", ev)
	if res.code != exitFindings {
		t.Fatalf("exit code %d, want 1\nstdout:\n%s\nstderr:\n%s", res.code, res.stdout, res.stderr)
	}
	anns := annotations(res.stdout)
	if len(anns) == 0 {
		t.Fatalf("no annotations:\n%s", res.stdout)
	}
	for _, a := range anns {
		if !strings.Contains(a, "file=checkout/.env,") {
			t.Errorf("annotation outside the pull request's new leak: %s", a)
		}
		if !strings.Contains(a, "line=") || !strings.Contains(a, "title=") {
			t.Errorf("annotation without line or title: %s", a)
		}
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(res.sarif), &log); err != nil {
		t.Fatalf("SARIF file %s is not JSON: %v", res.sarifPath, err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("SARIF has %d runs", len(log.Runs))
	}
	run := log.Runs[0]
	if len(run.Results) != len(anns) {
		t.Errorf("SARIF has %d results, want one per annotation (%d)", len(run.Results), len(anns))
	}
	for _, r := range run.Results {
		if uri := r.Locations[0].PhysicalLocation.ArtifactLocation.URI; uri != "checkout/.env" {
			t.Errorf("SARIF result at %s, want checkout/.env", uri)
		}
		if c, _ := r.Properties["commit"].(string); len(c) != 40 {
			t.Errorf("SARIF result without the commit: %v", r.Properties)
		}
	}
	if run.Automation.ID != "vippslint/" {
		t.Errorf("automationDetails.id = %q", run.Automation.ID)
	}
	if !strings.Contains(res.output, "sarif-file="+res.sarifPath+"\n") || !strings.Contains(res.output, "findings=") {
		t.Errorf("GITHUB_OUTPUT:\n%s", res.output)
	}
	for _, want := range []string{"pull request #12", base[:12] + ".." + head[:12], "2 commits", "`vipps-client-secret`",
		"**In HEAD:** ", "**Only in history:** 0", "portal.vipps.no", "vippslint:ignore", ".vippslintignore"} {
		if !strings.Contains(res.summary, want) {
			t.Errorf("job summary lacks %q:\n%s", want, res.summary)
		}
	}
}

func TestActionPullRequestClean(t *testing.T) {
	tr := newTestRepo(t)
	base := tr.commit("initial", map[string]string{"README.md": "shop\n", "old/.env": oldLeak})
	head := tr.commit("docs", map[string]string{"README.md": "shop with Vipps\n"})
	ev := event(t, "pull_request.json", map[string]string{"pull_request.base.sha": base, "pull_request.head.sha": head})

	res := runActionTest(t, tr.dir, "pull_request", ev)
	if res.code != exitClean {
		t.Fatalf("exit code %d, want 0\nstdout:\n%s\nstderr:\n%s", res.code, res.stdout, res.stderr)
	}
	if len(annotations(res.stdout)) != 0 {
		t.Errorf("annotations on a clean pull request:\n%s", res.stdout)
	}
	if !strings.Contains(res.sarif, `"results": []`) {
		t.Errorf("clean SARIF lacks empty results:\n%s", res.sarif)
	}
	if !strings.Contains(res.summary, "no Vipps keys found") || !strings.Contains(res.summary, "1 commit,") {
		t.Errorf("summary:\n%s", res.summary)
	}
}

func TestActionLeakRemovedInPullRequest(t *testing.T) {
	tr := newTestRepo(t)
	base := tr.commit("initial", map[string]string{"README.md": "shop\n"})
	tr.commit("add keys", map[string]string{"checkout/.env": newLeak})
	head := tr.commit("oops, remove keys", map[string]string{"checkout/.env": ""})
	ev := event(t, "pull_request.json", map[string]string{"pull_request.base.sha": base, "pull_request.head.sha": head})

	res := runActionTest(t, tr.dir, "pull_request", ev)
	if res.code != exitFindings {
		t.Fatalf("exit code %d, want 1\n%s%s", res.code, res.stdout, res.stderr)
	}
	if !strings.Contains(res.summary, "**In HEAD:** 0") || strings.Contains(res.summary, "**Only in history:** 0") {
		t.Errorf("summary does not count the leak as only in history:\n%s", res.summary)
	}
}

func TestActionShallow(t *testing.T) {
	tr := newTestRepo(t)
	base := tr.commit("initial", map[string]string{"README.md": "shop\n"})
	head := tr.commit("docs", map[string]string{"README.md": "shop with Vipps\n"})
	if err := os.WriteFile(filepath.Join(tr.dir, ".git", "shallow"), []byte(base+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ev := event(t, "pull_request.json", map[string]string{"pull_request.base.sha": base, "pull_request.head.sha": head})

	res := runActionTest(t, tr.dir, "pull_request", ev)
	if res.code != exitUsage {
		t.Fatalf("exit code %d, want 2\n%s%s", res.code, res.stdout, res.stderr)
	}
	for name, text := range map[string]string{"stderr": res.stderr, "annotation": res.stdout, "summary": res.summary} {
		if !strings.Contains(text, "fetch-depth: 0") {
			t.Errorf("%s does not say to set fetch-depth: 0:\n%s", name, text)
		}
	}
	if !strings.HasPrefix(res.stdout, "::error title=vippslint::") {
		t.Errorf("no error annotation:\n%s", res.stdout)
	}

	// --fail-on never reports the error but passes.
	if res := runActionTest(t, tr.dir, "pull_request", ev, "--fail-on", "never"); res.code != exitClean || !strings.Contains(res.stderr, "fetch-depth: 0") {
		t.Errorf("--fail-on never: exit code %d\n%s", res.code, res.stderr)
	}
}

func TestActionPushRanges(t *testing.T) {
	tr := newTestRepo(t)
	c1 := tr.commit("initial", map[string]string{"README.md": "shop\n", "old/.env": oldLeak})
	tr.setRef("refs/remotes/origin/main", c1)
	c2 := tr.commit("checkout", map[string]string{"checkout/.env": newLeak})
	c3 := tr.commit("docs", map[string]string{"README.md": "shop with Vipps\n"})

	t.Run("push", func(t *testing.T) {
		ev := event(t, "push.json", map[string]string{"before": c2, "after": c3})
		res := runActionTest(t, tr.dir, "push", ev)
		if res.code != exitClean || !strings.Contains(res.summary, "1 commit,") {
			t.Fatalf("exit code %d\n%s%s\n%s", res.code, res.stdout, res.stderr, res.summary)
		}
	})
	t.Run("new branch", func(t *testing.T) {
		ev := event(t, "push_new_branch.json", map[string]string{"after": c3})
		res := runActionTest(t, tr.dir, "push", ev)
		if res.code != exitFindings {
			t.Fatalf("exit code %d\n%s%s", res.code, res.stdout, res.stderr)
		}
		if !strings.Contains(res.summary, "remotes/origin/main..") || !strings.Contains(res.summary, "2 commits,") {
			t.Errorf("summary:\n%s", res.summary)
		}
		for _, a := range annotations(res.stdout) {
			if !strings.Contains(a, "file=checkout/.env,") {
				t.Errorf("annotation for a commit already on the default branch: %s", a)
			}
		}
	})
	t.Run("forced push", func(t *testing.T) {
		ev := event(t, "push_new_branch.json", map[string]string{"before": strings.Repeat("9", 40), "after": c3})
		res := runActionTest(t, tr.dir, "push", ev)
		if res.code != exitFindings || !strings.Contains(res.stdout, "::warning title=vippslint::the commit before the push") {
			t.Fatalf("exit code %d\n%s%s", res.code, res.stdout, res.stderr)
		}
	})
	t.Run("deleted branch", func(t *testing.T) {
		ev := event(t, "push_new_branch.json", map[string]string{"before": c3, "after": strings.Repeat("0", 40)})
		if res := runActionTest(t, tr.dir, "push", ev); res.code != exitClean {
			t.Fatalf("exit code %d\n%s%s", res.code, res.stdout, res.stderr)
		}
	})
}

func TestActionWorkflowDispatchScansTree(t *testing.T) {
	tr := newTestRepo(t)
	tr.commit("initial", map[string]string{"README.md": "shop\n", "old/.env": oldLeak})
	ev := event(t, "workflow_dispatch.json", nil)

	res := runActionTest(t, tr.dir, "workflow_dispatch", ev)
	if res.code != exitFindings {
		t.Fatalf("exit code %d\n%s%s", res.code, res.stdout, res.stderr)
	}
	if !strings.Contains(res.stdout, "file=old/.env,") || !strings.Contains(res.summary, "the files of the checkout") {
		t.Errorf("stdout:\n%s\nsummary:\n%s", res.stdout, res.summary)
	}
	// Only errors fail under --fail-on errors.
	if res := runActionTest(t, tr.dir, "workflow_dispatch", ev, "--fail-on", "errors"); res.code != exitClean {
		t.Errorf("--fail-on errors: exit code %d", res.code)
	}
	// The args input is split like a shell would.
	if res := runActionTest(t, tr.dir, "workflow_dispatch", ev, "--args", "--fail-on 'never'"); res.code != exitClean {
		t.Errorf("--args: exit code %d\n%s", res.code, res.stderr)
	}
}

func TestActionUsage(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{{"--fail-on", "sometimes"}, {"--no-redact"}, {"--args", "'unterminated"}, {"a", "b"}} {
		if res := runActionTest(t, dir, "workflow_dispatch", "", args...); res.code != exitUsage {
			t.Errorf("%q: exit code %d, want 2", args, res.code)
		}
	}
}

func TestActionNotAGitCheckout(t *testing.T) {
	dir := t.TempDir()
	ev := event(t, "pull_request.json", nil)
	res := runActionTest(t, dir, "pull_request", ev)
	if res.code != exitUsage || !strings.Contains(res.stderr, "not a git checkout") {
		t.Fatalf("exit code %d\n%s", res.code, res.stderr)
	}
}
