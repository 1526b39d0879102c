package ghaction

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
)

// Env is what the runner tells a step through environment variables.
type Env struct {
	EventName   string // GITHUB_EVENT_NAME
	EventPath   string // GITHUB_EVENT_PATH
	Workspace   string // GITHUB_WORKSPACE
	RunnerTemp  string // RUNNER_TEMP
	Output      string // GITHUB_OUTPUT
	StepSummary string // GITHUB_STEP_SUMMARY
	Ref         string // GITHUB_REF
	SHA         string // GITHUB_SHA
	Repository  string // GITHUB_REPOSITORY
	ServerURL   string // GITHUB_SERVER_URL
}

// EnvFrom reads the runner's variables through getenv (os.Getenv, or a
// map in tests).
func EnvFrom(getenv func(string) string) Env {
	return Env{
		EventName:   getenv("GITHUB_EVENT_NAME"),
		EventPath:   getenv("GITHUB_EVENT_PATH"),
		Workspace:   getenv("GITHUB_WORKSPACE"),
		RunnerTemp:  getenv("RUNNER_TEMP"),
		Output:      getenv("GITHUB_OUTPUT"),
		StepSummary: getenv("GITHUB_STEP_SUMMARY"),
		Ref:         getenv("GITHUB_REF"),
		SHA:         getenv("GITHUB_SHA"),
		Repository:  getenv("GITHUB_REPOSITORY"),
		ServerURL:   getenv("GITHUB_SERVER_URL"),
	}
}

// RepoURI is the repository's web address, or "" when unknown.
func (e Env) RepoURI() string {
	if e.Repository == "" {
		return ""
	}
	server := e.ServerURL
	if server == "" {
		server = "https://github.com"
	}
	return strings.TrimSuffix(server, "/") + "/" + e.Repository
}

// Event is the part of an event payload that decides what to scan.
type Event struct {
	Name   string `json:"-"`
	Ref    string `json:"ref"`
	Before string `json:"before"`
	After  string `json:"after"`

	PullRequest *struct {
		Number int    `json:"number"`
		Base   refSHA `json:"base"`
		Head   refSHA `json:"head"`
	} `json:"pull_request"`

	MergeGroup *struct {
		BaseSHA string `json:"base_sha"`
		HeadSHA string `json:"head_sha"`
		BaseRef string `json:"base_ref"`
		HeadRef string `json:"head_ref"`
	} `json:"merge_group"`

	Repository struct {
		FullName      string `json:"full_name"`
		DefaultBranch string `json:"default_branch"`
	} `json:"repository"`
}

type refSHA struct {
	Ref  string `json:"ref"`
	SHA  string `json:"sha"`
	Repo struct {
		FullName string `json:"full_name"`
	} `json:"repo"`
}

// ReadEvent reads the payload of the named event from path. An event with
// no payload file (a run outside Actions) is an empty Event.
func ReadEvent(name, path string) (*Event, error) {
	ev := &Event{Name: name}
	if path == "" {
		return ev, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read event payload: %w", err)
	}
	if err := json.Unmarshal(data, ev); err != nil {
		return nil, fmt.Errorf("parse event payload %s: %w", path, err)
	}
	ev.Name = name
	return ev, nil
}

// zeroSHA is what GitHub puts in before (a created ref) or after (a
// deleted ref).
func zeroSHA(s string) bool {
	return s != "" && strings.Trim(s, "0") == ""
}

// validSHA reports whether s is a full hex object name.
func validSHA(s string) bool {
	_, err := hex.DecodeString(s)
	return (len(s) == 40 || len(s) == 64) && err == nil && s == strings.ToLower(s)
}

// Kind is what a Plan scans.
type Kind int

const (
	// Tree scans the files of the checkout.
	Tree Kind = iota
	// Commits scans the commits reachable from Head and from none of
	// Exclude.
	Commits
	// Nothing scans nothing (a deleted branch).
	Nothing
)

// Plan is what the step scans.
type Plan struct {
	Kind Kind
	// Head is the commit whose history is scanned, Exclude the commit or
	// ref whose history is not (none: all of Head's history).
	Head    string
	Exclude []string
	// Describe says what is scanned, for the log and the summary.
	Describe string
	// Warnings are things the user should know about the choice.
	Warnings []string
}

// Range is the plan as a git revision range: "BASE..HEAD", or "HEAD" for
// all of HEAD's history.
func (p Plan) Range() string {
	if len(p.Exclude) == 0 {
		return p.Head
	}
	return p.Exclude[0] + ".." + p.Head
}

// Repo is what planning needs to know about the checkout.
type Repo interface {
	// HasCommit reports whether the commit is in the object database.
	HasCommit(sha string) bool
	// HasRef reports whether the full ref name exists.
	HasRef(name string) bool
	// Shallow reports whether the clone is shallow.
	Shallow() bool
}

// ErrShallow is returned for a shallow checkout.
var ErrShallow = errors.New("the checkout is shallow, so history ranges cannot be scanned completely: set `fetch-depth: 0` on actions/checkout")

// Resolve decides what to scan for ev. repo is nil outside a git checkout.
func Resolve(ev *Event, repo Repo) (Plan, error) {
	switch ev.Name {
	case "pull_request", "pull_request_target":
		if ev.PullRequest == nil {
			return Plan{}, fmt.Errorf("%s event payload has no pull_request", ev.Name)
		}
		base, head := ev.PullRequest.Base.SHA, ev.PullRequest.Head.SHA
		desc := fmt.Sprintf("pull request #%d", ev.PullRequest.Number)
		return commitRange(repo, base, head, desc)
	case "merge_group":
		if ev.MergeGroup == nil {
			return Plan{}, errors.New("merge_group event payload has no merge_group")
		}
		return commitRange(repo, ev.MergeGroup.BaseSHA, ev.MergeGroup.HeadSHA, "merge group "+ev.MergeGroup.HeadRef)
	case "push":
		return resolvePush(ev, repo)
	}
	return Plan{Kind: Tree, Describe: treeDescription(ev.Name)}, nil
}

func treeDescription(name string) string {
	if name == "" {
		return "the files of the checkout"
	}
	return "the files of the checkout (" + name + " event)"
}

// needRepo checks that history can be scanned at all.
func needRepo(repo Repo) error {
	if repo == nil {
		return errors.New("the workspace is not a git checkout: run actions/checkout with `fetch-depth: 0` before vippslint")
	}
	if repo.Shallow() {
		return ErrShallow
	}
	return nil
}

func needCommit(repo Repo, what, sha string) error {
	if !validSHA(sha) {
		return fmt.Errorf("event payload: %s %q is not a commit id", what, sha)
	}
	if !repo.HasCommit(sha) {
		return fmt.Errorf("%s commit %s is not in the checkout: run actions/checkout with `fetch-depth: 0` (and, for pull_request_target, check out the pull request's head)", what, short(sha))
	}
	return nil
}

func commitRange(repo Repo, base, head, desc string) (Plan, error) {
	if err := needRepo(repo); err != nil {
		return Plan{}, err
	}
	if err := needCommit(repo, "base", base); err != nil {
		return Plan{}, err
	}
	if err := needCommit(repo, "head", head); err != nil {
		return Plan{}, err
	}
	return Plan{Kind: Commits, Head: head, Exclude: []string{base},
		Describe: fmt.Sprintf("%s: every commit in %s..%s", desc, short(base), short(head))}, nil
}

func short(sha string) string {
	if len(sha) > 12 {
		return sha[:12]
	}
	return sha
}

func resolvePush(ev *Event, repo Repo) (Plan, error) {
	ref := strings.TrimPrefix(strings.TrimPrefix(ev.Ref, "refs/heads/"), "refs/tags/")
	if zeroSHA(ev.After) {
		return Plan{Kind: Nothing, Describe: "push deleted " + ref + ": nothing to scan"}, nil
	}
	if err := needRepo(repo); err != nil {
		return Plan{}, err
	}
	if err := needCommit(repo, "after", ev.After); err != nil {
		return Plan{}, err
	}
	var warnings []string
	if !zeroSHA(ev.Before) && ev.Before != "" {
		if validSHA(ev.Before) && repo.HasCommit(ev.Before) {
			return Plan{Kind: Commits, Head: ev.After, Exclude: []string{ev.Before},
				Describe: fmt.Sprintf("push to %s: every commit in %s..%s", ref, short(ev.Before), short(ev.After))}, nil
		}
		warnings = append(warnings, fmt.Sprintf("the commit before the push (%s) is not in the checkout, probably a forced push: scanning the commits of %s that are not on the default branch", short(ev.Before), ref))
	}
	def := ev.Repository.DefaultBranch
	pushedDefault := def != "" && ev.Ref == "refs/heads/"+def
	if def != "" && !pushedDefault {
		for _, cand := range []string{"refs/remotes/origin/" + def, "refs/heads/" + def} {
			if repo.HasRef(cand) {
				return Plan{Kind: Commits, Head: ev.After, Exclude: []string{cand}, Warnings: warnings,
					Describe: fmt.Sprintf("push of new %s: every commit in %s..%s (the commits not on the default branch)", ref, strings.TrimPrefix(cand, "refs/"), short(ev.After))}, nil
			}
		}
		if len(warnings) == 0 {
			warnings = append(warnings, fmt.Sprintf("the default branch %s is not in the checkout: scanning every commit reachable from %s", def, short(ev.After)))
		}
	}
	// Every commit reachable from after: more than the push, never less.
	if len(warnings) == 0 && !pushedDefault {
		warnings = append(warnings, "the repository's default branch is unknown: scanning every commit reachable from "+short(ev.After))
	}
	return Plan{Kind: Commits, Head: ev.After, Warnings: warnings,
		Describe: fmt.Sprintf("push of new %s: every commit reachable from %s", ref, short(ev.After))}, nil
}
