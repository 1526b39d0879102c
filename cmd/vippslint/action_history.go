package main

import (
	"context"
	"errors"

	"github.com/vippslint/vippslint/scanner/ghaction"
	"github.com/vippslint/vippslint/scanner/history"
	"github.com/vippslint/vippslint/scanner/report"
)

// historyResult is what the action needs from a history scan.
type historyResult struct {
	findings               []report.Finding
	notices                []report.Notice
	scope                  map[string]any
	commits, blobs, errors int
}

// scanHistory scans the commits of plan in the repository at root.
func scanHistory(ctx context.Context, root string, plan ghaction.Plan, s *setup) (*historyResult, error) {
	res, err := history.Scan(ctx, root, history.Options{
		Range:       plan.Range(),
		Engine:      s.engine,
		MaxFileSize: int64(s.cfg.MaxFileSize),
		Exclude:     s.cfg.Excluded,
	})
	if errors.Is(err, history.ErrShallow) {
		return nil, ghaction.ErrShallow
	}
	if err != nil {
		return nil, err
	}
	return &historyResult{findings: res.Findings, notices: res.Notices, scope: res.Scope(),
		commits: res.Commits, blobs: res.Blobs, errors: res.Errors}, nil
}
