package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/vippslint/vippslint/scanner/config"
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

// prepareGit loads the config and ignore file of a repository's scan.
// A bare repository or mirror has no work tree to read them from: without
// --config, they are read from HEAD's tree (the committed versions), and a
// repository whose HEAD has neither is scanned with the defaults.
func (c *common) prepareGit(loc history.Location) (*setup, error) {
	if loc.WorkTree != "" || c.configPath != "" {
		return c.prepare(loc.Root())
	}
	cfgData, cfgOK, err := history.HeadFile(loc, ".vippslint.yaml")
	if err != nil {
		return nil, err
	}
	igData, igOK, err := history.HeadFile(loc, ".vippslintignore")
	if err != nil {
		return nil, err
	}
	if !cfgOK && !igOK {
		return c.prepare(loc.Root())
	}
	var cfg *config.Config
	if cfgOK {
		if cfg, err = config.Parse(cfgData); err != nil {
			return nil, fmt.Errorf("config HEAD:.vippslint.yaml of %s: %w", loc.Root(), err)
		}
	} else if cfg, err = config.Load(filepath.Join(loc.Root(), ".vippslint.yaml"), false); err != nil {
		return nil, err
	}
	var ig *config.Ignore
	if igOK {
		ig, err = config.ParseIgnore("HEAD:.vippslintignore", igData)
	} else {
		ig, err = config.LoadIgnore(filepath.Join(loc.Root(), ".vippslintignore"))
	}
	if err != nil {
		return nil, err
	}
	return c.setupWith(loc.Root(), cfg, ig)
}

// gitOpts are the flags of the git command beyond the common ones.
type gitOpts struct {
	rangeArg     string
	allowShallow bool
	cache        *history.Cache
}

// options are the history options of one repository's scan.
func (g *gitOpts) options(c *common, s *setup, progress io.Writer) history.Options {
	o := historyOptions(s, progress)
	o.Range, o.AllowShallow = g.rangeArg, g.allowShallow
	if g.cache != nil {
		o.Cache, o.CacheKey, o.NeedSecrets = g.cache, cacheKey(c, s), c.verify
	}
	return o
}

// gitMemoryLimit is the Go runtime's soft memory limit for git scans
// (unless GOMEMLIMIT is set): garbage is collected before the heap doubles
// past it. The live heap of a scan of moby/moby is about 150 MB at its
// peak, and the mapped pack and index pages come on top (about 70 MB).
const gitMemoryLimit = 300 << 20

func cmdGit(args []string, stdout, stderr io.Writer) int {
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(gitMemoryLimit))
	}
	var reposDir, cachePath string
	var g gitOpts
	c, pos, code := parseCommand("git", "git [flags] [--range BASE..HEAD] [--cache FILE] [REPO...] [--repos DIR]", args, stdout, stderr, func(fs *flag.FlagSet) {
		fs.StringVar(&g.rangeArg, "range", "", "scan only the commits of `BASE..HEAD` (as git log BASE..HEAD) and what they add (default: every commit of every ref)")
		fs.BoolVar(&g.allowShallow, "allow-shallow", false, "scan a shallow or partial clone anyway (what is missing is reported, not scanned)")
		fs.StringVar(&reposDir, "repos", "", "scan every git repository under `DIR` (work trees, bare repositories, mirrors) into one report")
		fs.StringVar(&cachePath, "cache", "", "keep what was scanned in `FILE` and read only new blobs on the next run")
	})
	if c == nil {
		return code
	}
	if cachePath != "" {
		if c.noRedact {
			fmt.Fprintln(stderr, "vippslint git: --cache is not used with --no-redact, because the cache never stores secrets")
		} else {
			var err error
			if g.cache, err = history.OpenCache(cachePath, cacheVersion()); err != nil {
				fmt.Fprintf(stderr, "vippslint git: %v\n", err)
				return exitUsage
			}
			defer func() {
				if err := g.cache.Close(); err != nil {
					fmt.Fprintf(stderr, "vippslint: warning: cache %s: %v\n", cachePath, err)
				}
			}()
		}
	}
	if len(pos) > 1 || reposDir != "" {
		return c.gitMany(pos, reposDir, &g, stdout, stderr)
	}
	dir := "."
	if len(pos) == 1 {
		dir = pos[0]
	}
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintf(stderr, "vippslint git: %s: no such directory\n", dir)
		return exitUsage
	}
	loc, err := history.Find(dir)
	if err != nil {
		fmt.Fprintf(stderr, "vippslint git: %v\n", err)
		return exitUsage
	}
	root := loc.Root()
	s, err := c.prepareGit(loc)
	if err != nil {
		fmt.Fprintf(stderr, "vippslint git: %v\n", err)
		return exitUsage
	}
	ctx := context.Background()
	start := time.Now()
	res, err := history.Scan(ctx, root, g.options(c, s, stderr))
	if err != nil {
		fmt.Fprintf(stderr, "vippslint git: %s\n", lowerFirst(err.Error()))
		return exitUsage
	}
	r := &report.Run{Findings: res.Findings, Notices: withParserNotice(res.Notices), Scope: res.Scope()}
	code = c.finishOrdered(ctx, s, r, res.Errors, historyOrder, stdout, stderr)
	res.InHead, res.OnlyHistory = history.Count(r.Findings)
	fmt.Fprintf(stderr, "vippslint: %s in %s\n", res.Summary(), time.Since(start).Round(time.Millisecond))
	return code
}

// cacheVersion names the vippslint build for the cache: its version and a
// hash of its executable, so that any other build (new rules, a fix)
// re-scans.
func cacheVersion() string {
	v := "vippslint " + version()
	exe, err := os.Executable()
	if err != nil {
		return v
	}
	f, err := os.Open(exe)
	if err != nil {
		return v
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return v
	}
	return v + " " + hex.EncodeToString(h.Sum(nil))
}

// cacheKey names what a repository's findings depend on besides the
// build: its config and the engine's options.
func cacheKey(c *common, s *setup) string {
	b, _ := json.Marshal(struct {
		Config        any
		UnusedIgnores bool
		Redact        bool
	}{s.cfg, c.reportUnusedIgnores, !c.noRedact})
	return string(b)
}

func cmdStaged(args []string, stdout, stderr io.Writer) int {
	c, pos, code := parseCommand("staged", "staged [flags] [REPO]", args, stdout, stderr, nil)
	if c == nil {
		return code
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
	r := &report.Run{Findings: res.Findings, Notices: withParserNotice(res.Notices),
		Scope: map[string]any{"staged": true, "blobs": res.Blobs, "bytes": res.Bytes, "skipped": res.Skipped}}
	code = c.finish(ctx, s, r, res.Errors, stdout, stderr)
	if c.verbose {
		fmt.Fprintf(stderr, "vippslint: scanned %s (%.1f MB), %s\n", plural(res.Blobs, "staged file"), float64(res.Bytes)/1e6, plural(len(r.Findings), "finding"))
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
