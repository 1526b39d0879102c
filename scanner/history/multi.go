package history

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync/atomic"
)

// Counter is a scan's progress, for a display that reads it from another
// goroutine.
type Counter struct {
	// Commits are the commits walked of CommitsTotal in scope (0 until the
	// commit graph is loaded); Blobs and Bytes the blob versions read.
	Commits, CommitsTotal, Blobs, Bytes atomic.Int64
}

// Fraction is how much of the scan is done, by commits walked (0 before
// the graph is loaded).
func (c *Counter) Fraction() float64 {
	total := c.CommitsTotal.Load()
	if total == 0 {
		return 0
	}
	return float64(c.Commits.Load()) / float64(total)
}

// FindAll returns every repository under dir, in path order: work trees
// (a directory with a .git directory or file) and bare repositories or
// mirrors (a directory with a HEAD file and an objects or refs directory).
// It looks neither inside a repository it found nor through symbolic links.
// A directory that looks like a repository but is broken is returned too,
// so that scanning it reports the problem; directories that cannot be read
// are returned as errors.
func FindAll(dir string) ([]Location, []error) {
	var out []Location
	var errs []error
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			return nil
		}
		if st, err := os.Stat(filepath.Join(p, ".git")); err == nil {
			gitDir := filepath.Join(p, ".git")
			if !st.IsDir() {
				if gitDir, err = readGitFile(gitDir); err != nil {
					errs = append(errs, err)
					return fs.SkipDir
				}
			}
			out = append(out, Location{GitDir: gitDir, CommonDir: commonDir(gitDir), WorkTree: p})
			return fs.SkipDir
		}
		if looksLikeGitDir(p) {
			out = append(out, Location{GitDir: p, CommonDir: commonDir(p)})
			return fs.SkipDir
		}
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	return out, errs
}

// looksLikeGitDir is a loose isGitDir, for finding repositories to report
// even when they are broken: a HEAD file and an objects or refs directory.
func looksLikeGitDir(dir string) bool {
	isDir := func(p string) bool { st, err := os.Stat(p); return err == nil && st.IsDir() }
	if st, err := os.Stat(filepath.Join(dir, "HEAD")); err != nil || !st.Mode().IsRegular() {
		return false
	}
	return isDir(filepath.Join(dir, "objects")) || isDir(filepath.Join(dir, "refs"))
}

// ScanLocation scans the history of the repository at l (from Find or
// FindAll).
func ScanLocation(ctx context.Context, l Location, opts Options) (*Result, error) {
	rp, err := openLocation(l)
	if err != nil {
		return nil, err
	}
	return scanRepo(ctx, rp, opts)
}
