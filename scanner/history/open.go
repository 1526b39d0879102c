package history

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-billy/v5"
	"github.com/go-git/go-billy/v5/osfs"
	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/config"
	"github.com/go-git/go-git/v5/plumbing/cache"
	"github.com/go-git/go-git/v5/storage/filesystem"
	"github.com/go-git/go-git/v5/storage/filesystem/dotgit"
)

// Location is where a repository's files are: its git directory and, when
// it has one, its work tree.
type Location struct {
	// GitDir is the repository's own git directory: the .git directory, a
	// linked work tree's directory under .git/worktrees, or a bare
	// repository.
	GitDir string
	// CommonDir holds the objects and refs shared by linked work trees
	// (GitDir unless GitDir has a commondir file).
	CommonDir string
	// WorkTree is the work tree's top level, "" for a bare repository.
	WorkTree string
}

// Root is the directory reported paths are relative to: the work tree, or
// the git directory of a bare repository.
func (l Location) Root() string {
	if l.WorkTree != "" {
		return l.WorkTree
	}
	return l.GitDir
}

// ErrNotRepository is returned (wrapped) by Find when no repository holds
// the path.
var ErrNotRepository = errors.New("not a git repository")

// ErrSHA256 is returned (wrapped) for a repository with SHA-256 object
// names, which go-git v5 cannot read.
var ErrSHA256 = errors.New("SHA-256 repository")

// Find locates the repository at or above path: a work tree (its .git
// directory, or a .git file that names the git directory, as linked work
// trees and submodules have), a .git directory, or a bare repository or
// mirror. A repository needs no config file.
func Find(path string) (Location, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return Location{}, err
	}
	if st, err := os.Stat(abs); err != nil {
		return Location{}, err
	} else if !st.IsDir() {
		abs = filepath.Dir(abs)
	}
	for d := abs; ; {
		dot := filepath.Join(d, ".git")
		if st, err := os.Stat(dot); err == nil {
			gitDir := dot
			if !st.IsDir() {
				if gitDir, err = readGitFile(dot); err != nil {
					return Location{}, err
				}
			}
			if !isGitDir(gitDir) {
				return Location{}, fmt.Errorf("%s: %w (%s has no objects, HEAD or refs)", d, ErrNotRepository, gitDir)
			}
			return location(gitDir, d)
		}
		if isGitDir(d) {
			return location(d, "")
		}
		parent := filepath.Dir(d)
		if parent == d {
			return Location{}, fmt.Errorf("%s: %w (no .git directory or file here or above, and not a bare repository)", abs, ErrNotRepository)
		}
		d = parent
	}
}

// readGitFile reads a .git file ("gitdir: PATH", PATH relative to the
// file's directory).
func readGitFile(name string) (string, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return "", err
	}
	s := strings.TrimSpace(string(b))
	rest, ok := strings.CutPrefix(s, "gitdir:")
	if !ok {
		return "", fmt.Errorf("%s: %w (a .git file must start with \"gitdir: \")", name, ErrNotRepository)
	}
	dir := strings.TrimSpace(rest)
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(filepath.Dir(name), dir)
	}
	return filepath.Clean(dir), nil
}

// commonDir reads gitDir/commondir, or returns gitDir.
func commonDir(gitDir string) string {
	b, err := os.ReadFile(filepath.Join(gitDir, "commondir"))
	if err != nil {
		return gitDir
	}
	dir := strings.TrimSpace(string(b))
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(gitDir, dir)
	}
	return filepath.Clean(dir)
}

// isGitDir reports whether dir looks like a git directory: HEAD or refs
// (or packed-refs) in it, and an objects directory in it or in its common
// directory. The config file is not required.
func isGitDir(dir string) bool {
	isDir := func(p string) bool { st, err := os.Stat(p); return err == nil && st.IsDir() }
	exists := func(p string) bool { _, err := os.Stat(p); return err == nil }
	common := commonDir(dir)
	if !isDir(filepath.Join(common, "objects")) {
		return false
	}
	return exists(filepath.Join(dir, "HEAD")) || isDir(filepath.Join(common, "refs")) || exists(filepath.Join(common, "packed-refs"))
}

func location(gitDir, workTree string) (Location, error) {
	return Location{GitDir: gitDir, CommonDir: commonDir(gitDir), WorkTree: workTree}, nil
}

// extensionsRead are the repository extensions that change nothing for a
// reader of objects and refs, or that the scan handles itself
// (partialclone: missing objects are counted).
var extensionsRead = map[string]bool{
	"noop": true, "noop-v1": true, "partialclone": true, "preciousobjects": true, "worktreeconfig": true,
}

// fsStorage is a repository's filesystem storage with the config go-git's
// Open checks: extensions this package handles itself are taken out, after
// openLocation has checked the rest.
type fsStorage struct {
	*filesystem.Storage
	cfg *config.Config
}

func (s *fsStorage) Config() (*config.Config, error) { return s.cfg, nil }

// openLocation opens the repository at l.
func openLocation(l Location) (*repo, error) {
	if !isGitDir(l.GitDir) {
		return nil, fmt.Errorf("open git repository %s: %w (%s has no objects directory, or neither HEAD nor refs)", l.Root(), ErrNotRepository, l.GitDir)
	}
	var fsys billy.Filesystem = osfs.New(l.GitDir)
	if l.CommonDir != l.GitDir {
		fsys = dotgit.NewRepositoryFilesystem(fsys, osfs.New(l.CommonDir))
	}
	// go-git's own reads (refs, revisions) need little cache; blob and tree
	// reads go through objReader's.
	st := filesystem.NewStorageWithOptions(fsys, cache.NewObjectLRU(4*cache.MiByte), filesystem.Options{})
	cfg, err := st.Config()
	if err != nil {
		return nil, fmt.Errorf("open git repository %s: read config: %w", l.Root(), err)
	}
	partial, err := checkExtensions(l.Root(), cfg)
	if err != nil {
		return nil, err
	}
	opened := *cfg
	if cfg.Raw != nil {
		raw := *cfg.Raw
		raw.RemoveSection("extensions")
		opened.Raw = &raw
	}
	var wt billy.Filesystem
	if l.WorkTree != "" {
		wt = osfs.New(l.WorkTree)
	}
	r, err := git.Open(&fsStorage{Storage: st, cfg: &opened}, wt)
	if errors.Is(err, git.ErrRepositoryNotExists) {
		return nil, fmt.Errorf("open git repository %s: it has no HEAD (a git directory needs a HEAD file)", l.Root())
	}
	if err != nil {
		return nil, fmt.Errorf("open git repository %s: %w", l.Root(), err)
	}
	rp, err := wrap(r)
	if err != nil {
		return nil, err
	}
	rp.partial = partial
	return rp, nil
}

// checkExtensions refuses repositories whose format this package cannot
// read, in one sentence, and reports whether it is a partial clone.
func checkExtensions(root string, cfg *config.Config) (partial bool, err error) {
	if cfg.Raw == nil {
		return false, nil
	}
	ext := cfg.Raw.Section("extensions")
	var unknown []string
	for _, o := range ext.Options {
		k, v := strings.ToLower(o.Key), strings.ToLower(strings.TrimSpace(o.Value))
		switch {
		case k == "objectformat" && v == "sha256":
			return false, fmt.Errorf("%s is a %w (extensions.objectFormat = sha256), and vippslint reads only SHA-1 repositories for now; scan its checked-out files with vippslint scan", root, ErrSHA256)
		case k == "objectformat" && (v == "sha1" || v == ""):
		case k == "refstorage" && v == "files":
		case extensionsRead[k]:
		default:
			unknown = append(unknown, o.Key+" = "+o.Value)
		}
	}
	if len(unknown) > 0 {
		return false, fmt.Errorf("open git repository %s: it uses git extensions vippslint cannot read (%s), so its history cannot be scanned", root, strings.Join(unknown, ", "))
	}
	return isPartial(cfg), nil
}
