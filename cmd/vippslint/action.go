package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/ghaction"
	"github.com/vippslint/vippslint/scanner/report"
)

// actionFlags are the flags of `vippslint action`.
type actionFlags struct {
	c         common
	failOn    string
	sarifFile string
	category  string
	extra     string
	eventName string
	eventPath string
}

func (a *actionFlags) register(fs *flag.FlagSet) {
	c := &a.c
	fs.StringVar(&c.configPath, "config", "", "config `FILE` (default: .vippslint.yaml at the root)")
	fs.StringVar(&c.baseline, "baseline", "", "earlier JSON or SARIF report `FILE`: report only findings not in it")
	fs.BoolVar(&c.verbose, "verbose", false, "also annotate files skipped on purpose (the SARIF report and the job summary always list them)")
	fs.BoolVar(&c.reportUnusedIgnores, "report-unused-ignores", false, "report vippslint:ignore directives that suppress nothing")
	fs.StringVar(&c.maxFileSize, "max-file-size", "", "skip files larger than `SIZE` (e.g. 10MiB; default from config, else 10MiB)")
	fs.BoolVar(&c.verify, "verify", false, "check complete key sets against the Vipps token API (one request per set)")
	fs.BoolVar(&c.onlyVerified, "only-verified", false, "with --verify, report only key sets verified as valid")
	fs.StringVar(&c.verifyEndpoint, "verify-endpoint", "", "with --verify, send token requests to `URL` instead of the Vipps hosts")
	fs.BoolVar(&c.noRedact, "no-redact", false, "refused: logs and code scanning alerts are read by everyone with read access")
	fs.StringVar(&a.failOn, "fail-on", ghaction.FailOnFindings, "when to fail: findings (exit 1 on findings, 2 on errors), errors (exit 2 on errors only) or never")
	fs.StringVar(&a.sarifFile, "sarif-file", "", "write the SARIF report to `FILE` (default: $RUNNER_TEMP/vippslint.sarif)")
	fs.StringVar(&a.category, "sarif-category", "vippslint", "SARIF automationDetails id, to tell several uploads of one commit apart")
	fs.StringVar(&a.extra, "args", "", "more flags as one shell-quoted `STRING` (the action's args input)")
	fs.StringVar(&a.eventName, "event-name", "", "event name (default: $GITHUB_EVENT_NAME)")
	fs.StringVar(&a.eventPath, "event-path", "", "event payload `FILE` (default: $GITHUB_EVENT_PATH)")
}

func cmdAction(args []string, stdout, stderr io.Writer) int {
	return runAction(context.Background(), args, os.Getenv, stdout, stderr)
}

// runAction is `vippslint action` with the environment read through getenv.
func runAction(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	fs := newFlagSet("action", "action [flags] [REPO]", stderr)
	var a actionFlags
	a.register(fs)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return exitUsage
	}
	if a.extra != "" {
		words, err := ghaction.SplitArgs(a.extra)
		if err != nil {
			fmt.Fprintf(stderr, "vippslint action: %v\n", err)
			return exitUsage
		}
		a.extra = ""
		more, err := parseInterleaved(fs, words)
		if err != nil {
			return exitUsage
		}
		pos = append(pos, more...)
	}
	a.c.format, a.c.color = "github", "never"
	if err := a.validate(len(pos)); err != nil {
		fmt.Fprintf(stderr, "vippslint action: %v\n", err)
		return exitUsage
	}
	env := ghaction.EnvFrom(getenv)
	if a.eventName != "" {
		env.EventName = a.eventName
	}
	if a.eventPath != "" {
		env.EventPath = a.eventPath
	}
	dir := env.Workspace
	if len(pos) == 1 {
		dir = pos[0]
	}
	if dir == "" {
		dir = "."
	}
	if a.sarifFile == "" {
		tmp := env.RunnerTemp
		if tmp == "" {
			tmp = os.TempDir()
		}
		a.sarifFile = filepath.Join(tmp, "vippslint.sarif")
	}
	st := &actionRun{a: &a, env: env, stdout: stdout, stderr: stderr}
	return st.run(ctx, dir)
}

func (a *actionFlags) validate(npos int) error {
	if npos > 1 {
		return errors.New("at most one repository directory")
	}
	if !slices.Contains(ghaction.FailPolicies(), a.failOn) {
		return fmt.Errorf("unknown --fail-on %q (want %s)", a.failOn, strings.Join(ghaction.FailPolicies(), ", "))
	}
	if a.c.noRedact {
		return errors.New("--no-redact is refused: workflow logs, annotations and code scanning alerts are readable by everyone with read access to the repository")
	}
	return a.c.validate()
}

// actionRun is one run of the step.
type actionRun struct {
	a              *actionFlags
	env            ghaction.Env
	stdout, stderr io.Writer
}

// fail reports an error that stops the scan: on stderr, as an error
// annotation, and in the job summary.
func (r *actionRun) fail(err error) int {
	msg := lowerFirst(err.Error())
	fmt.Fprintf(r.stderr, "vippslint action: %s\n", msg)
	fmt.Fprintf(r.stdout, "::error title=vippslint::%s\n", strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(msg))
	code := ghaction.ExitCode(r.a.failOn, 0, true)
	if r.env.StepSummary != "" {
		text := fmt.Sprintf("## vippslint: could not scan\n\n%s\n\nFail policy: `%s`, exit code %d.\n", msg, r.a.failOn, code)
		if err := ghaction.AppendFile(r.env.StepSummary, text); err != nil {
			fmt.Fprintf(r.stderr, "vippslint action: write job summary: %v\n", err)
		}
	}
	return code
}

func (r *actionRun) run(ctx context.Context, dir string) int {
	if _, err := os.Stat(dir); err != nil {
		return r.fail(fmt.Errorf("repository directory: %w", err))
	}
	root, err := reportRoot(dir)
	if err != nil {
		return r.fail(err)
	}
	ev, err := ghaction.ReadEvent(r.env.EventName, r.env.EventPath)
	if err != nil {
		return r.fail(err)
	}
	var repo ghaction.Repo
	if gitTopLevel(root) != "" {
		g, err := ghaction.OpenRepo(root)
		if err != nil {
			return r.fail(err)
		}
		if g != nil {
			repo = g
		}
	}
	plan, err := ghaction.Resolve(ev, repo)
	if err != nil {
		return r.fail(err)
	}
	fmt.Fprintf(r.stderr, "vippslint: scanning %s\n", plan.Describe)
	for _, w := range plan.Warnings {
		fmt.Fprintf(r.stdout, "::warning title=vippslint::%s\n", strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(w))
	}
	s, err := r.a.c.prepare(root)
	if err != nil {
		return r.fail(err)
	}
	sum := &ghaction.Summary{Plan: plan, FailOn: r.a.failOn, SARIFFile: r.a.sarifFile}
	run := &report.Run{Category: r.a.category, RepoURI: r.env.RepoURI(), Revision: r.env.SHA, Scope: map[string]any{}}
	switch plan.Kind {
	case ghaction.Tree:
		res := s.engine.Walk(ctx, []string{root}, scanner.WalkOptions{Root: root, Config: s.cfg})
		run.Findings, run.Notices = res.Findings, withParserNotice(res.Notices)
		run.Scope = map[string]any{"files": res.Stats.Files, "bytes": res.Stats.Bytes, "skipped": res.Stats.Skipped}
		sum.Files, sum.Bytes, sum.Errors = int(res.Stats.Files), res.Stats.Bytes, res.Errors
	case ghaction.Commits:
		res, err := scanHistory(ctx, root, plan, s)
		if err != nil {
			return r.fail(fmt.Errorf("scan %s: %w", plan.Describe, err))
		}
		run.Findings, run.Notices, run.Scope = res.findings, withParserNotice(res.notices), res.scope
		sum.Commits, sum.Blobs, sum.Errors = res.commits, res.blobs, res.errors
		if run.Revision == "" {
			run.Revision = plan.Head
		}
	}
	run.Scope["scanned"] = plan.Describe
	return r.finish(ctx, s, run, sum)
}

// finish filters and writes the findings: SARIF file, annotations, step
// outputs, job summary. It returns the exit code of the fail policy.
func (r *actionRun) finish(ctx context.Context, s *setup, run *report.Run, sum *ghaction.Summary) int {
	run.Findings, sum.Baselined = scanner.Filter(run.Findings, s.cfg, s.ignore, s.baseline)
	if r.a.c.verify {
		var err error
		if run.Findings, err = verifyFindings(ctx, &r.a.c, run.Findings, r.stderr); err != nil {
			return r.fail(err)
		}
	}
	report.Sort(run.Findings)
	run.Version = version()
	run.Root = s.root
	for _, f := range run.Findings {
		if at, ok := f.Properties["presentAtHead"].(bool); ok {
			if at {
				sum.InHead++
			} else {
				sum.OnlyHistory++
			}
		}
	}
	sum.Findings, sum.Notices = run.Findings, run.Notices
	code := ghaction.ExitCode(r.a.failOn, len(run.Findings), sum.Errors > 0)
	sum.ExitCode = code

	if err := writeSARIFFile(r.a.sarifFile, run); err != nil {
		return r.fail(err)
	}
	// Annotations are the action's stderr: files skipped on purpose are
	// annotated only with --verbose; the SARIF and the summary list them.
	ann := *run
	if !r.a.c.verbose {
		ann.Notices = nil
		for _, n := range run.Notices {
			if n.Level != report.LevelNote {
				ann.Notices = append(ann.Notices, n)
			}
		}
	}
	if err := report.Write(r.stdout, "github", &ann); err != nil {
		return r.fail(fmt.Errorf("write annotations: %w", err))
	}
	for _, kv := range [][2]string{{"sarif-file", r.a.sarifFile}, {"findings", fmt.Sprint(len(run.Findings))}} {
		if err := ghaction.AppendOutput(r.env.Output, kv[0], kv[1]); err != nil {
			return r.fail(err)
		}
	}
	if r.env.StepSummary != "" {
		var b strings.Builder
		if err := ghaction.WriteSummary(&b, sum); err != nil {
			return r.fail(fmt.Errorf("write job summary: %w", err))
		}
		if err := ghaction.AppendFile(r.env.StepSummary, b.String()); err != nil {
			return r.fail(fmt.Errorf("write job summary: %w", err))
		}
	}
	line := fmt.Sprintf("vippslint: %s", sum.Plan.Describe)
	switch sum.Plan.Kind {
	case ghaction.Commits:
		line += fmt.Sprintf(": %s, %s; %s (%d in HEAD, %d only in history)", plural(sum.Commits, "commit"), plural(sum.Blobs, "blob"), plural(len(run.Findings), "finding"), sum.InHead, sum.OnlyHistory)
	case ghaction.Tree:
		line += fmt.Sprintf(": %s; %s", plural(sum.Files, "file"), plural(len(run.Findings), "finding"))
	}
	fmt.Fprintln(r.stderr, line)
	if sum.Baselined > 0 {
		fmt.Fprintf(r.stderr, "vippslint: %s already in the baseline not reported\n", plural(sum.Baselined, "finding"))
	}
	if sum.Errors > 0 {
		fmt.Fprintf(r.stderr, "vippslint: %s could not be scanned; the scan is incomplete\n", plural(sum.Errors, "input"))
	}
	fmt.Fprintf(r.stderr, "vippslint: SARIF report in %s; exit code %d (--fail-on %s)\n", r.a.sarifFile, code, r.a.failOn)
	return code
}

func writeSARIFFile(path string, run *report.Run) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write SARIF report: %w", err)
	}
	if err := writeFileAtomic(path, func(w io.Writer) error { return report.Write(w, "sarif", run) }); err != nil {
		return fmt.Errorf("write SARIF report %s: %w", path, err)
	}
	return nil
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
