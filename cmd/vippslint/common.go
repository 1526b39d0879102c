package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/config"
	"github.com/vippslint/vippslint/scanner/report"
)

// common are the flags every scanning command takes.
type common struct {
	format              string
	output              string
	configPath          string
	baseline            string
	noRedact            bool
	verbose             bool
	reportUnusedIgnores bool
	maxFileSize         string
	color               string
	verify              bool
	onlyVerified        bool
	verifyEndpoint      string
	now                 string
	failLevel           string
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "format", "text", "output format: "+strings.Join(report.Formats(), ", "))
	fs.StringVar(&c.output, "output", "", "write the report to `FILE` (default: standard output)")
	fs.StringVar(&c.configPath, "config", "", "config `FILE` (default: .vippslint.yaml at the root)")
	fs.StringVar(&c.baseline, "baseline", "", "earlier JSON or SARIF report `FILE`: report only findings not in it")
	fs.BoolVar(&c.noRedact, "no-redact", false, "print secrets in full (they are redacted by default)")
	fs.BoolVar(&c.verbose, "verbose", false, "also say on stderr which files were skipped on purpose (binary files, symlinked directories) and which expired Vipps access tokens were not reported; reports always list them")
	fs.BoolVar(&c.reportUnusedIgnores, "report-unused-ignores", false, "report vippslint:ignore directives that suppress nothing")
	fs.StringVar(&c.maxFileSize, "max-file-size", "", "skip files larger than `SIZE` (e.g. 10MiB; default from config, else 10MiB)")
	fs.StringVar(&c.color, "color", "auto", "colour text output: auto, always, never")
	fs.BoolVar(&c.verify, "verify", false, "check complete key sets against the Vipps token API (one request per set)")
	fs.BoolVar(&c.onlyVerified, "only-verified", false, "with --verify, report only key sets verified as valid")
	fs.StringVar(&c.verifyEndpoint, "verify-endpoint", "", "with --verify, send token requests to `URL` instead of the Vipps hosts")
	fs.StringVar(&c.now, "now", "", "judge access tokens' expiry as of `TIME` (RFC 3339; default: the current time), for reproducible scans")
	fs.StringVar(&c.failLevel, "fail-level", "note", "exit 1 only for findings at `LEVEL` or above: error, warning or note (every finding is reported)")
}

// scanTime is --now, or the zero time (the engine then uses the clock).
func (c *common) scanTime() (time.Time, error) {
	if c.now == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339, c.now)
	if err != nil {
		return t, fmt.Errorf("--now: want an RFC 3339 time such as 2026-01-02T15:04:05Z: %w", err)
	}
	return t, nil
}

// levelRank orders SARIF levels; a finding fails the run when its rank is
// at least --fail-level's.
var levelRank = map[string]int{"note": 1, "warning": 2, "error": 3}

// failing counts the findings at or above the --fail-level.
func (c *common) failing(fs []report.Finding) int {
	n := 0
	for _, f := range fs {
		if levelRank[f.Level] >= levelRank[c.failLevel] {
			n++
		}
	}
	return n
}

// parseCommand parses a scanning command's flags: the common ones and those
// extra registers (nil for none). When c is nil the command is done and
// exits with code: -h printed the usage to stdout (exit 0), or a usage
// error went to stderr (exit 2).
func parseCommand(name, synopsis string, args []string, stdout, stderr io.Writer, extra func(*flag.FlagSet)) (c *common, pos []string, code int) {
	fs := newFlagSet(name, synopsis, stderr)
	c = &common{}
	c.register(fs)
	if extra != nil {
		extra(fs)
	}
	if wantsHelp(args) {
		fs.SetOutput(stdout)
		fs.Usage()
		return nil, nil, exitClean
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return nil, nil, exitUsage
	}
	if err := c.validate(); err != nil {
		fmt.Fprintf(stderr, "vippslint %s: %v\n", name, err)
		return nil, nil, exitUsage
	}
	return c, pos, exitClean
}

// parseInterleaved parses flags that may come after positional arguments,
// as users of gitleaks and golangci-lint expect.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// wantsHelp reports whether args ask for a command's usage (-h, -help,
// --help before any "--").
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// newFlagSet returns a FlagSet that reports errors to stderr and never exits.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: vippslint %s\n\nflags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

func (c *common) validate() error {
	if !slices.Contains(report.Formats(), c.format) {
		return fmt.Errorf("unknown --format %q (want one of %s)", c.format, strings.Join(report.Formats(), ", "))
	}
	if _, err := c.scanTime(); err != nil {
		return err
	}
	if c.onlyVerified && !c.verify {
		return errors.New("--only-verified needs --verify")
	}
	if c.verifyEndpoint != "" && !c.verify {
		return errors.New("--verify-endpoint needs --verify")
	}
	if c.failLevel == "" {
		c.failLevel = "note" // commands without the flag fail on any finding
	}
	if levelRank[c.failLevel] == 0 {
		return fmt.Errorf("unknown --fail-level %q (want error, warning or note)", c.failLevel)
	}
	switch c.color {
	case "auto", "always", "never":
	default:
		return fmt.Errorf("unknown --color %q (want auto, always or never)", c.color)
	}
	return nil
}

// setup is what a scanning command needs before it reads anything.
type setup struct {
	root     string
	cfg      *config.Config
	ignore   *config.Ignore
	baseline map[string]bool
	engine   *scanner.Engine
}

// prepare loads the config, ignore file and baseline for a report root.
func (c *common) prepare(root string) (*setup, error) {
	path, explicit := c.configPath, c.configPath != ""
	if !explicit {
		path = filepath.Join(root, ".vippslint.yaml")
	}
	cfg, err := config.Load(path, explicit)
	if err != nil {
		return nil, err
	}
	// Globs are relative to the directory that holds the config file;
	// reported paths are relative to the root.
	if cfg.Path != "" {
		if dir, err := filepath.Rel(root, filepath.Dir(absPath(cfg.Path))); err == nil && dir != "." && !strings.HasPrefix(dir, "..") {
			cfg.Rebase(filepath.ToSlash(dir))
		}
	}
	ig, err := config.LoadIgnore(filepath.Join(root, ".vippslintignore"))
	if err != nil {
		return nil, err
	}
	return c.setupWith(root, cfg, ig)
}

// setupWith completes a setup from a loaded config and ignore file: the
// --max-file-size override, the baseline and the engine.
func (c *common) setupWith(root string, cfg *config.Config, ig *config.Ignore) (*setup, error) {
	if c.maxFileSize != "" {
		n, err := config.ParseSize(c.maxFileSize)
		if err != nil {
			return nil, fmt.Errorf("--max-file-size: %w", err)
		}
		cfg.MaxFileSize = config.Size(n)
	}
	s := &setup{root: root, cfg: cfg, ignore: ig}
	var err error
	if c.baseline != "" {
		if s.baseline, err = report.LoadBaseline(c.baseline); err != nil {
			return nil, err
		}
	}
	now, _ := c.scanTime() // validated by parseCommand
	s.engine = scanner.New(scanner.Options{NoRedact: c.noRedact, MerchantVisible: cfg.MerchantVisible, ReportUnusedIgnores: c.reportUnusedIgnores,
		ReportLoneClientIDs: cfg.ReportLoneClientIDs, Now: now})
	return s, nil
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// gitTopLevel returns the top-level directory of the git work tree holding
// dir, or "" outside git.
func gitTopLevel(dir string) string {
	d, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	if st, err := os.Stat(d); err == nil && !st.IsDir() {
		d = filepath.Dir(d)
	}
	for {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// reportRoot is the git top-level of the first path, or the path itself.
func reportRoot(first string) (string, error) {
	if top := gitTopLevel(first); top != "" {
		return top, nil
	}
	abs, err := filepath.Abs(first)
	if err != nil {
		return "", err
	}
	if st, err := os.Stat(abs); err == nil && !st.IsDir() {
		return filepath.Dir(abs), nil
	}
	return abs, nil
}

// nextRelease is the version the first release will be tagged with (no
// release is tagged yet); a build that is not of a tag says it is not that
// release.
const nextRelease = "0.1.0"

func version() string {
	bi, _ := debug.ReadBuildInfo()
	return versionOf(bi)
}

// pseudoVersion matches the versions go stamps on builds of untagged
// commits: v0.0.0-20261204203541-826abe7d6a8c, v1.2.4-0.2026…-….
var pseudoVersion = regexp.MustCompile(`-(0\.)?\d{14}-[0-9a-f]{12}(\+dirty)?$`)

// versionOf is the module version of a release build (go install
// …@v0.1.0), or nextRelease-dev with the commit for any other build.
func versionOf(bi *debug.BuildInfo) string {
	if bi == nil {
		return nextRelease + "-dev"
	}
	if v := bi.Main.Version; strings.HasPrefix(v, "v") && !pseudoVersion.MatchString(v) && !strings.HasSuffix(v, "+dirty") {
		return strings.TrimPrefix(v, "v")
	}
	v := nextRelease + "-dev"
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev != "" {
		v += "+" + rev[:min(len(rev), 12)]
		if modified == "true" {
			v += ".dirty"
		}
	}
	return v
}

func isTerminal(w io.Writer) bool {
	if r, ok := w.(redactingWriter); ok {
		w = r.w
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// finish filters, verifies and writes findings in path order, prints
// notices and returns the exit code.
func (c *common) finish(ctx context.Context, s *setup, r *report.Run, runtimeErrors int, stdout, stderr io.Writer) int {
	return c.finishOrdered(ctx, s, r, runtimeErrors, func(r *report.Run) { report.Sort(r.Findings) }, stdout, stderr)
}

// finishOrdered is finish with the report's order (and any counts that
// depend on what survived filtering) left to order.
func (c *common) finishOrdered(ctx context.Context, s *setup, r *report.Run, runtimeErrors int, order func(*report.Run), stdout, stderr io.Writer) int {
	var dropped int
	r.Findings, dropped = scanner.Filter(r.Findings, s.cfg, s.ignore, s.baseline)
	return c.emit(ctx, s.root, r, runtimeErrors, dropped, order, stdout, stderr)
}

// emit verifies, orders and writes findings already filtered (dropped of
// them were in the baseline), prints notices and returns the exit code.
func (c *common) emit(ctx context.Context, root string, r *report.Run, runtimeErrors, dropped int, order func(*report.Run), stdout, stderr io.Writer) int {
	if c.verify {
		var err error
		if r.Findings, err = verifyFindings(ctx, c, r.Findings, stderr); err != nil {
			fmt.Fprintf(stderr, "vippslint: %s\n", lowerFirst(err.Error()))
			return exitUsage
		}
	}
	order(r)
	r.Version = version()
	r.Root = root
	r.NoRedact = c.noRedact
	r.Color = c.format == "text" && c.color != "never" && (c.color == "always" || os.Getenv("NO_COLOR") == "" && c.output == "" && isTerminal(stdout))
	var err error
	if c.output != "" {
		err = writeFileAtomic(c.output, func(w io.Writer) error { return report.Write(w, c.format, r) })
	} else {
		err = report.Write(stdout, c.format, r)
	}
	if err != nil {
		fmt.Fprintf(stderr, "vippslint: cannot write report: %v\n", err)
		return exitUsage
	}
	for _, n := range r.Notices {
		if n.Level == report.LevelNote && !c.verbose {
			continue // skipped on purpose: in the report, on stderr with --verbose
		}
		where := n.Path
		if n.Repository != "" {
			where = strings.TrimSuffix(n.Repository+"/"+where, "/")
		}
		if where != "" {
			where += ": "
		}
		fmt.Fprintf(stderr, "vippslint: %s: %s%s\n", n.Level, report.EscapeControl(where), report.EscapeControl(n.Message))
	}
	if dropped > 0 {
		fmt.Fprintf(stderr, "vippslint: %s already in the baseline not reported\n", plural(dropped, "finding"))
	}
	switch {
	case runtimeErrors > 0:
		fmt.Fprintf(stderr, "vippslint: %s could not be scanned (see errors above); the scan is incomplete\n", plural(runtimeErrors, "input"))
		return exitUsage
	case c.failing(r.Findings) > 0:
		return exitFindings
	case len(r.Findings) > 0:
		fmt.Fprintf(stderr, "vippslint: %s below --fail-level %s\n", plural(len(r.Findings), "finding"), c.failLevel)
	}
	return exitClean
}

// writeFileAtomic writes a report to a temporary file in path's directory
// and renames it over path, so a reader (or a second run writing the same
// file) sees the old report or the new one, never a mix or a torn write.
// A path that is not a regular file (/dev/stdout, a pipe) is written in
// place.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
		if err != nil {
			return err
		}
		err = write(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	err = write(f)
	if err == nil {
		err = f.Chmod(reportPerm)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// reportPerm is a report file's mode: what os.Create gives under the usual
// umask. Reports are redacted; they are not secret.
const reportPerm = 0o644
