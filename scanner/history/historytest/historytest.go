// Package historytest builds git histories for tests with go-git: commits are
// snapshots of a file map, with fixed author and committer times so that
// hashes are stable.
package historytest

import (
	"path"
	"sort"
	"strings"
	"testing"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/storage/memory"
)

// Files is a commit's whole tree: slash paths to content.
type Files map[string]string

// Repo is a repository under construction.
type Repo struct {
	T    testing.TB
	Repo *git.Repository
	// When is the time of the next commit; each commit adds an hour.
	When time.Time
}

// NewMemory returns an empty in-memory repository whose HEAD is
// refs/heads/main.
func NewMemory(t testing.TB) *Repo {
	t.Helper()
	r, err := git.Init(memory.NewStorage(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return setup(t, r)
}

// NewDisk returns an empty repository with a work tree in dir.
func NewDisk(t testing.TB, dir string) *Repo {
	t.Helper()
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	return setup(t, r)
}

// NewBare returns an empty bare repository in dir.
func NewBare(t testing.TB, dir string) *Repo {
	t.Helper()
	r, err := git.PlainInit(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	return setup(t, r)
}

func setup(t testing.TB, r *git.Repository) *Repo {
	if err := r.Storer.SetReference(plumbing.NewSymbolicReference(plumbing.HEAD, "refs/heads/main")); err != nil {
		t.Fatal(err)
	}
	return &Repo{T: t, Repo: r, When: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}
}

// Commit records files as a commit with the given parents and points
// branch (if not "") at it.
func (g *Repo) Commit(branch, msg string, files Files, parents ...plumbing.Hash) plumbing.Hash {
	g.T.Helper()
	tree := g.tree(files, "")
	sig := object.Signature{Name: "Dev", Email: "dev@example.no", When: g.When}
	g.When = g.When.Add(time.Hour)
	c := &object.Commit{Author: sig, Committer: sig, Message: msg, TreeHash: tree, ParentHashes: parents}
	h := g.store(c)
	if branch != "" {
		g.SetRef("refs/heads/"+branch, h)
	}
	return h
}

// SetRef points a ref at a commit.
func (g *Repo) SetRef(name string, h plumbing.Hash) {
	g.T.Helper()
	if err := g.Repo.Storer.SetReference(plumbing.NewHashReference(plumbing.ReferenceName(name), h)); err != nil {
		g.T.Fatal(err)
	}
}

type encoder interface {
	Encode(plumbing.EncodedObject) error
}

func (g *Repo) store(o encoder) plumbing.Hash {
	g.T.Helper()
	obj := g.Repo.Storer.NewEncodedObject()
	if err := o.Encode(obj); err != nil {
		g.T.Fatal(err)
	}
	h, err := g.Repo.Storer.SetEncodedObject(obj)
	if err != nil {
		g.T.Fatal(err)
	}
	return h
}

// Blob stores content and returns its hash.
func (g *Repo) Blob(content string) plumbing.Hash {
	g.T.Helper()
	obj := g.Repo.Storer.NewEncodedObject()
	obj.SetType(plumbing.BlobObject)
	w, _ := obj.Writer()
	_, _ = w.Write([]byte(content))
	_ = w.Close()
	h, err := g.Repo.Storer.SetEncodedObject(obj)
	if err != nil {
		g.T.Fatal(err)
	}
	return h
}

// tree stores the files under dir and returns the tree's hash.
func (g *Repo) tree(files Files, dir string) plumbing.Hash {
	subdirs := map[string]bool{}
	var entries []object.TreeEntry
	for p, content := range files {
		rel := p
		if dir != "" {
			if !strings.HasPrefix(p, dir+"/") {
				continue
			}
			rel = strings.TrimPrefix(p, dir+"/")
		}
		if i := strings.IndexByte(rel, '/'); i >= 0 {
			subdirs[rel[:i]] = true
			continue
		}
		entries = append(entries, object.TreeEntry{Name: rel, Mode: filemode.Regular, Hash: g.Blob(content)})
	}
	for d := range subdirs {
		entries = append(entries, object.TreeEntry{Name: d, Mode: filemode.Dir, Hash: g.tree(files, path.Join(dir, d))})
	}
	sort.Slice(entries, func(i, j int) bool { return sortName(entries[i]) < sortName(entries[j]) })
	return g.store(&object.Tree{Entries: entries})
}

func sortName(e object.TreeEntry) string {
	if e.Mode == filemode.Dir {
		return e.Name + "/"
	}
	return e.Name
}
