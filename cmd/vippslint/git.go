package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/vippslint/vippslint/scanner/history"
	"github.com/vippslint/vippslint/scanner/report"
)

// historyOptions are the history.Options every git-reading command shares.
func historyOptions(s *setup, stderr io.Writer) history.Options {
	o := history.Options{Engine: s.engine, MaxFileSize: int64(s.cfg.MaxFileSize), Exclude: s.cfg.Excluded}
	if isTerminal(stderr) {
		o.Progress = stderr
	}
	return o
}

// repoRoot is the work tree top-level of the repository holding dir, or the
// git directory of a bare repository or mirror.
func repoRoot(dir string) (string, error) {
	l, err := history.Find(dir)
	if err != nil {
		return "", err
	}
	return l.Root(), nil
}

func cmdGit(args []string, stdout, stderr io.Writer) int {
	var rangeArg, reposDir string
	var allowShallow bool
	c, pos, ok := parseCommand("git", "git [flags] [--range BASE..HEAD] [REPO...] [--repos DIR]", args, stderr, func(fs *flag.FlagSet) {
		fs.StringVar(&rangeArg, "range", "", "scan only the commits of `BASE..HEAD` (as git log BASE..HEAD) and what they add (default: every commit of every ref)")
		fs.BoolVar(&allowShallow, "allow-shallow", false, "scan a shallow or partial clone anyway (what is missing is reported, not scanned)")
		fs.StringVar(&reposDir, "repos", "", "scan every git repository under `DIR` (work trees, bare repositories, mirrors) into one report")
	})
	if !ok {
		return exitUsage
	}
	if len(pos) > 1 || reposDir != "" {
		return c.gitMany(pos, reposDir, rangeArg, allowShallow, stdout, stderr)
	}
	dir := "."
	if len(pos) == 1 {
		dir = pos[0]
	}
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintf(stderr, "vippslint git: %s: no such directory\n", dir)
		return exitUsage
	}
	root, err := repoRoot(dir)
	if err != nil {
		fmt.Fprintf(stderr, "vippslint git: %v\n", err)
		return exitUsage
	}
	s, err := c.prepare(root)
	if err != nil {
		fmt.Fprintf(stderr, "vippslint git: %v\n", err)
		return exitUsage
	}
	ctx := context.Background()
	start := time.Now()
	o := historyOptions(s, stderr)
	o.Range, o.AllowShallow = rangeArg, allowShallow
	res, err := history.Scan(ctx, root, o)
	if err != nil {
		fmt.Fprintf(stderr, "vippslint git: %s\n", lowerFirst(err.Error()))
		return exitUsage
	}
	r := &report.Run{Findings: res.Findings, Notices: res.Notices, Scope: res.Scope()}
	code := c.finishOrdered(ctx, s, r, res.Errors, historyOrder, stdout, stderr)
	res.InHead, res.OnlyHistory = history.Count(r.Findings)
	fmt.Fprintf(stderr, "vippslint: %s in %s\n", res.Summary(), time.Since(start).Round(time.Millisecond))
	return code
}

func cmdStaged(args []string, stdout, stderr io.Writer) int {
	c, pos, ok := parseCommand("staged", "staged [flags] [REPO]", args, stderr, nil)
	if !ok {
		return exitUsage
	}
	if len(pos) > 1 {
		fmt.Fprintln(stderr, "vippslint staged: at most one repository")
		return exitUsage
	}
	dir := "."
	if len(pos) == 1 {
		dir = pos[0]
	}
	root := gitTopLevel(dir)
	if root == "" {
		fmt.Fprintf(stderr, "vippslint staged: %s is not inside a git work tree\n", dir)
		return exitUsage
	}
	s, err := c.prepare(root)
	if err != nil {
		fmt.Fprintf(stderr, "vippslint staged: %v\n", err)
		return exitUsage
	}
	ctx := context.Background()
	res, err := history.ScanStaged(ctx, root, historyOptions(s, stderr))
	if err != nil {
		fmt.Fprintf(stderr, "vippslint staged: %s\n", lowerFirst(err.Error()))
		return exitUsage
	}
	r := &report.Run{Findings: res.Findings, Notices: res.Notices,
		Scope: map[string]any{"staged": true, "blobs": res.Blobs, "bytes": res.Bytes, "skipped": res.Skipped}}
	code := c.finish(ctx, s, r, res.Errors, stdout, stderr)
	if c.verbose {
		fmt.Fprintf(stderr, "vippslint: scanned %d staged files (%.1f MB), %d findings\n", res.Blobs, float64(res.Bytes)/1e6, len(r.Findings))
	}
	return code
}

// historyOrder lists secrets still at HEAD first and counts them after
// ignores and baselines have been applied.
func historyOrder(r *report.Run) {
	history.SortResults(r.Findings)
	if r.Scope != nil {
		r.Scope["inHead"], r.Scope["onlyHistory"] = history.Count(r.Findings)
	}
}
