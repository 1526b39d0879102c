package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/history"
	"github.com/vippslint/vippslint/scanner/report"
)

// repoTarget is one repository of a multi-repository scan.
type repoTarget struct {
	name string // as the user named it, or its path under --repos
	loc  history.Location
	err  error // the repository could not be found

	count    history.Counter
	done     atomic.Bool
	res      *history.Result
	findings []report.Finding
	dropped  int
}

// gitMany scans several repositories (the paths given and every repository
// under reposDir) into one report: both cores across repositories and
// within one, a broken repository reported and the rest scanned.
func (c *common) gitMany(paths []string, reposDir string, g *gitOpts, stdout, stderr io.Writer) int {
	var targets []*repoTarget
	var notices []report.Notice
	errorsN := 0
	for _, p := range paths {
		l, err := history.Find(p)
		targets = append(targets, &repoTarget{name: filepath.Clean(p), loc: l, err: err})
	}
	if reposDir != "" {
		if st, err := os.Stat(reposDir); err != nil || !st.IsDir() {
			fmt.Fprintf(stderr, "vippslint git: --repos %s: not a directory\n", reposDir)
			return exitUsage
		}
		locs, errs := history.FindAll(reposDir)
		for _, err := range errs {
			notices = append(notices, report.Notice{Level: "error", Message: fmt.Sprintf("--repos: %v", err)})
			errorsN++
		}
		if len(locs) == 0 && len(errs) == 0 {
			fmt.Fprintf(stderr, "vippslint git: --repos %s: no git repository found under it\n", reposDir)
			return exitUsage
		}
		for _, l := range locs {
			name := l.Root()
			if rel, err := filepath.Rel(reposDir, name); err == nil {
				name = filepath.Join(reposDir, rel)
			}
			targets = append(targets, &repoTarget{name: name, loc: l})
		}
	}
	// The same repository named twice is scanned once.
	seen := map[string]bool{}
	kept := targets[:0]
	for _, t := range targets {
		if t.err == nil {
			if seen[t.loc.GitDir] {
				continue
			}
			seen[t.loc.GitDir] = true
		}
		kept = append(kept, t)
	}
	targets = kept

	ctx := context.Background()
	start := time.Now()
	var stop func()
	if isTerminal(stderr) {
		stop = history.Progress(stderr, func() string { return manyProgress(targets, start) })
	} else {
		stop = func() {}
	}
	// Up to one repository per CPU at once; Slots keeps the blob scans of
	// all of them to one per CPU, so that one large repository left alone
	// still uses every core.
	cpus := runtime.NumCPU()
	slots := make(chan struct{}, cpus)
	sem := make(chan struct{}, cpus)
	var wg sync.WaitGroup
	for _, t := range targets {
		if t.err != nil {
			t.done.Store(true)
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			defer t.done.Store(true)
			t.res, t.err = c.scanOne(ctx, t, g, slots)
		}()
	}
	wg.Wait()
	stop()

	r := &report.Run{}
	total := map[string]int{}
	var parts []map[string]any
	for _, t := range targets {
		if t.err != nil {
			notices = append(notices, report.Notice{Repository: t.name, Level: "error", Message: fmt.Sprintf("not scanned: %s", lowerFirst(t.err.Error()))})
			errorsN++
			continue
		}
		for i := range t.findings {
			t.findings[i].Repository = t.name
		}
		for _, n := range t.res.Notices {
			n.Repository = t.name
			notices = append(notices, n)
		}
		r.Findings = append(r.Findings, t.findings...)
		errorsN += t.res.Errors
		scope := t.res.Scope()
		scope["inHead"], scope["onlyHistory"] = history.Count(t.findings)
		r.Parts = append(r.Parts, report.Part{Repository: t.name, Root: absPath(t.loc.Root()), Scope: scope})
		part := map[string]any{"repository": t.name}
		for k, v := range scope {
			part[k] = v
		}
		parts = append(parts, part)
		total["commits"] += t.res.Commits
		total["blobs"] += t.res.Blobs
		total["dropped"] += t.dropped
	}
	r.Notices = notices
	r.Scope = map[string]any{"repositories": parts, "repositoryCount": len(targets), "commits": total["commits"], "blobs": total["blobs"]}
	root, _ := filepath.Abs(".")
	if reposDir != "" {
		root = absPath(reposDir)
	}
	code := c.emit(ctx, root, r, errorsN, total["dropped"], manyOrder, stdout, stderr)
	for _, t := range targets {
		if t.res != nil {
			t.res.InHead, t.res.OnlyHistory = history.Count(t.findings)
			fmt.Fprintf(stderr, "vippslint: %s: %s\n", t.name, t.res.Summary())
		}
	}
	fmt.Fprintf(stderr, "vippslint: %d repositories, %d commits, %d blobs in %s\n", len(targets), total["commits"], total["blobs"], time.Since(start).Round(time.Millisecond))
	return code
}

// scanOne scans one repository with its own config, ignore file and the
// baseline, and filters its findings.
func (c *common) scanOne(ctx context.Context, t *repoTarget, g *gitOpts, slots chan struct{}) (*history.Result, error) {
	s, err := c.prepareGit(t.loc)
	if err != nil {
		return nil, err
	}
	o := g.options(c, s, nil)
	o.Counter, o.Slots = &t.count, slots
	res, err := history.ScanLocation(ctx, t.loc, o)
	if err != nil {
		return nil, err
	}
	t.findings, t.dropped = scanner.Filter(res.Findings, s.cfg, s.ignore, s.baseline)
	return res, nil
}

// manyProgress is the progress line of a multi-repository scan: the
// repositories done, the commits and blobs of those started, and an ETA
// from the fraction of repositories done (each running one counting by its
// commits walked).
func manyProgress(targets []*repoTarget, start time.Time) string {
	var done int
	var commits, total, blobs int64
	var frac float64
	for _, t := range targets {
		commits += t.count.Commits.Load()
		total += t.count.CommitsTotal.Load()
		blobs += t.count.Blobs.Load()
		if t.done.Load() {
			done++
			frac++
		} else {
			frac += t.count.Fraction()
		}
	}
	line := fmt.Sprintf("vippslint: %d/%d repositories, %d/%d commits, %d blobs", done, len(targets), commits, total, blobs)
	if eta := history.ETA(time.Since(start), frac/float64(len(targets))); eta > 0 {
		line += ", ETA " + eta.String()
	}
	return line
}

// manyOrder orders a multi-repository report by repository, then as a
// history report.
func manyOrder(r *report.Run) {
	history.SortResults(r.Findings)
	sort.SliceStable(r.Findings, func(i, j int) bool { return r.Findings[i].Repository < r.Findings[j].Repository })
	if r.Scope != nil {
		r.Scope["inHead"], r.Scope["onlyHistory"] = history.Count(r.Findings)
	}
}
