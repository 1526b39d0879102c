package ghaction

import (
	"errors"
	"fmt"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/storer"
)

// GitRepo answers Repo's questions from a repository on disk.
type GitRepo struct {
	r *git.Repository
}

// OpenRepo opens the git repository at dir. It returns (nil, nil) when dir
// is not inside a git repository.
func OpenRepo(dir string) (*GitRepo, error) {
	r, err := git.PlainOpenWithOptions(dir, &git.PlainOpenOptions{DetectDotGit: true, EnableDotGitCommonDir: true})
	if errors.Is(err, git.ErrRepositoryNotExists) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open git repository %s: %w", dir, err)
	}
	return &GitRepo{r: r}, nil
}

// HasCommit implements Repo.
func (g *GitRepo) HasCommit(sha string) bool {
	_, err := g.r.CommitObject(plumbing.NewHash(sha))
	return err == nil
}

// HasRef implements Repo.
func (g *GitRepo) HasRef(name string) bool {
	_, err := g.r.Reference(plumbing.ReferenceName(name), true)
	return err == nil
}

// Shallow implements Repo.
func (g *GitRepo) Shallow() bool {
	s, ok := g.r.Storer.(storer.ShallowStorer)
	if !ok {
		return false
	}
	hs, err := s.Shallow()
	return err == nil && len(hs) > 0
}
