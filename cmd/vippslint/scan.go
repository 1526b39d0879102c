package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/report"
)

func cmdScan(args []string, stdout, stderr io.Writer) int {
	c, paths, code := parseCommand("scan", "scan [flags] [PATH...] (- reads standard input)", args, stdout, stderr, nil)
	if c == nil {
		return code
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	// "-" is standard input, as users of other linters expect.
	stdin := slices.Contains(paths, "-")
	paths = slices.DeleteFunc(paths, func(p string) bool { return p == "-" })
	// A missing path is reported by the walk (exit 2) while the others are
	// still scanned; the report root comes from the first path that exists.
	first := "."
	if len(paths) > 0 {
		first = paths[0]
	}
	for _, p := range paths {
		if _, err := os.Lstat(p); err == nil {
			first = p
			break
		}
	}
	root, err := reportRoot(first)
	if err != nil {
		fmt.Fprintf(stderr, "vippslint scan: %v\n", err)
		return exitUsage
	}
	// Several roots (outside one git work tree): paths are relative to
	// their common parent, so every report uses one convention and SARIF
	// URIs stay relative to %SRCROOT%.
	for _, p := range paths {
		if _, err := os.Lstat(p); err != nil {
			continue
		}
		if r, err := reportRoot(p); err == nil && r != root {
			root = commonDir(root, r)
		}
	}
	s, err := c.prepare(root)
	if err != nil {
		fmt.Fprintf(stderr, "vippslint scan: %v\n", err)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	start := time.Now()
	res := &scanner.Result{}
	if len(paths) > 0 {
		res = s.engine.Walk(ctx, paths, scanner.WalkOptions{Root: root, Config: s.cfg})
	}
	if stdin {
		scanStdin(s, res)
	}
	r := &report.Run{Findings: res.Findings, Notices: withParserNotice(res.Notices),
		Scope: map[string]any{"files": res.Stats.Files, "bytes": res.Stats.Bytes, "skipped": res.Stats.Skipped}}
	code = c.finish(ctx, s, r, res.Errors, stdout, stderr)
	if c.verbose {
		fmt.Fprintf(stderr, "vippslint: scanned %s (%.1f MB) in %s, %s\n", plural(int(res.Stats.Files), "file"),
			float64(res.Stats.Bytes)/1e6, time.Since(start).Round(time.Millisecond), plural(len(r.Findings), "finding"))
	}
	return code
}

// stdinPath is how standard input is named in reports.
const stdinPath = "<stdin>"

// scanStdin scans standard input as one file, within the size limit, and
// adds what it found (or why it could not) to res.
func scanStdin(s *setup, res *scanner.Result) {
	limit := int64(s.cfg.MaxFileSize)
	data, err := io.ReadAll(io.LimitReader(os.Stdin, limit+1))
	switch {
	case err != nil:
		res.Notices = append(res.Notices, report.Notice{Level: "error", Path: stdinPath, Message: fmt.Sprintf("cannot read: %v", err)})
		res.Errors++
	case int64(len(data)) > limit:
		res.Notices = append(res.Notices, report.Notice{Level: "warning", Path: stdinPath, Message: fmt.Sprintf(
			"skipped: its content is over the %d-byte limit (max_file_size in .vippslint.yaml, --max-file-size)", limit)})
		res.Stats.Skipped++
	case scanner.IsBinary(data):
		res.Notices = append(res.Notices, report.Notice{Level: report.LevelNote, Path: stdinPath, Message: "binary input skipped"})
		res.Stats.Skipped++
	default:
		fs, expired := s.engine.ScanWithExpired(stdinPath, data)
		res.Findings = append(res.Findings, fs...)
		for _, x := range expired {
			res.Notices = append(res.Notices, x.Notice())
		}
		res.Stats.Files++
		res.Stats.Bytes += int64(len(data))
	}
}

// commonDir is the deepest directory that holds both absolute directories
// a and b.
func commonDir(a, b string) string {
	for {
		if rel, err := filepath.Rel(a, b); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return a
		}
		parent := filepath.Dir(a)
		if parent == a {
			return a
		}
		a = parent
	}
}
