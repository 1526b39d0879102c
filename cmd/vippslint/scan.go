package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/report"
)

func cmdScan(args []string, stdout, stderr io.Writer) int {
	c, paths, ok := parseCommand("scan", "scan [flags] [PATH...]", args, stderr, nil)
	if !ok {
		return exitUsage
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	// A missing path is reported by the walk (exit 2) while the others are
	// still scanned; the report root comes from the first path that exists.
	first := paths[0]
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
	s, err := c.prepare(root)
	if err != nil {
		fmt.Fprintf(stderr, "vippslint scan: %v\n", err)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	start := time.Now()
	res := s.engine.Walk(ctx, paths, scanner.WalkOptions{Root: root, Config: s.cfg})
	r := &report.Run{Findings: res.Findings, Notices: withParserNotice(res.Notices),
		Scope: map[string]any{"files": res.Stats.Files, "bytes": res.Stats.Bytes, "skipped": res.Stats.Skipped}}
	code := c.finish(ctx, s, r, res.Errors, stdout, stderr)
	if c.verbose {
		fmt.Fprintf(stderr, "vippslint: scanned %d files (%.1f MB) in %s, %d findings\n", res.Stats.Files,
			float64(res.Stats.Bytes)/1e6, time.Since(start).Round(time.Millisecond), len(r.Findings))
	}
	return code
}
