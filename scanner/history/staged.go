package history

import (
	"context"
	"errors"
	"fmt"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/report"
)

// ScanStaged scans the staged content of the repository at or above
// repoPath: the index entries that differ from HEAD (all of them before the
// first commit).
func ScanStaged(ctx context.Context, repoPath string, opts Options) (*Result, error) {
	rp, err := open(repoPath)
	if err != nil {
		return nil, err
	}
	return scanStaged(ctx, rp, opts)
}

// ScanStagedRepository is ScanStaged for an opened repository.
func ScanStagedRepository(ctx context.Context, r *git.Repository, opts Options) (*Result, error) {
	rp, err := wrap(r)
	if err != nil {
		return nil, err
	}
	return scanStaged(ctx, rp, opts)
}

func scanStaged(ctx context.Context, rp *repo, opts Options) (*Result, error) {
	defer rp.close()
	if opts.Engine == nil {
		return nil, errors.New("history: Options.Engine is nil")
	}
	idx, err := rp.r.Storer.Index()
	if err != nil {
		return nil, fmt.Errorf("read the git index: %w", err)
	}
	obj := rp.newReader(workerCacheSize)
	defer obj.close()
	headFiles := map[string]plumbing.Hash{}
	res := &Result{Range: "staged"}
	if head, err := rp.r.Head(); err == nil {
		c, err := object.GetCommit(storerAdapter{obj.fallback, obj}, head.Hash())
		if err != nil {
			return nil, fmt.Errorf("read HEAD commit %s: %w", head.Hash(), err)
		}
		if err := treeFiles(obj, c.TreeHash, "", headFiles); err != nil {
			return nil, fmt.Errorf("read HEAD tree %s: %w", c.TreeHash, err)
		}
		res.Refs = []string{"HEAD", "index"}
	} else if errors.Is(err, plumbing.ErrReferenceNotFound) {
		res.Refs = []string{"index"}
	} else {
		return nil, fmt.Errorf("resolve HEAD: %w", err)
	}
	seen := map[string]bool{}
	for _, e := range idx.Entries {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if e.IntentToAdd || e.Mode == filemode.Symlink || e.Mode == filemode.Submodule || !e.Mode.IsFile() {
			continue
		}
		if h, ok := headFiles[e.Name]; ok && h == e.Hash {
			continue
		}
		if opts.Exclude != nil && opts.Exclude(e.Name) {
			continue
		}
		// A conflicted path has several stages; scan each version once.
		k := e.Name + "\x00" + e.Hash.String()
		if seen[k] {
			continue
		}
		seen[k] = true
		buf, size, err := obj.readType(plumbing.BlobObject, e.Hash, opts.MaxFileSize)
		switch {
		case errors.Is(err, errTooBig):
			res.Skipped++
			res.Notices = append(res.Notices, report.Notice{Level: "warning", Path: e.Name, Message: fmt.Sprintf(
				"skipped: %d bytes is over the %d-byte limit (max_file_size in .vippslint.yaml, --max-file-size)", size, opts.MaxFileSize)})
			continue
		case err != nil:
			res.Errors++
			res.Notices = append(res.Notices, report.Notice{Level: "error", Path: e.Name, Message: fmt.Sprintf(
				"staged blob %s cannot be read, skipped: %v", e.Hash, err)})
			continue
		}
		res.Blobs++
		res.Bytes += size
		if scanner.IsBinary(buf) {
			res.Skipped++
			res.Notices = append(res.Notices, report.Notice{Level: report.LevelNote, Path: e.Name, Message: "binary file skipped"})
			continue
		}
		fs, expired := opts.Engine.ScanWithExpired(e.Name, buf)
		res.Findings = append(res.Findings, fs...)
		for _, x := range expired {
			res.Notices = append(res.Notices, x.Notice())
		}
	}
	report.Sort(res.Findings)
	return res, nil
}

// treeFiles adds every file path of a tree and its blob hash to files.
func treeFiles(obj *objReader, tree plumbing.Hash, dir string, files map[string]plumbing.Hash) error {
	raw, _, err := obj.readType(plumbing.TreeObject, tree, 0)
	if err != nil {
		return err
	}
	var subs []entry
	err = forEntries(raw, func(e entry) {
		name := string(e.name)
		if dir != "" {
			name = dir + "/" + name
		}
		if e.mode == modeDir {
			e.name = []byte(name)
			subs = append(subs, e)
			return
		}
		files[name] = e.hash
	})
	if err != nil {
		return fmt.Errorf("tree %s: %w", tree, err)
	}
	for _, e := range subs {
		if err := treeFiles(obj, e.hash, string(e.name), files); err != nil {
			return err
		}
	}
	return nil
}
