package history

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"

	"github.com/vippslint/vippslint/scanner/report"
)

// commitInfo is what the scan keeps of a commit.
type commitInfo struct {
	hash    plumbing.Hash
	tree    plumbing.Hash
	parents []plumbing.Hash
	author  string
	when    time.Time
	// pos is the commit's place in graph.order, -1 when out of scope.
	pos int32
}

// tip is a ref and the commit it points at.
type tip struct {
	name   string
	commit plumbing.Hash
}

// graph is the commits in scope, in topological order.
type graph struct {
	commits map[plumbing.Hash]*commitInfo
	// order are the commits in scope, parents first.
	order []*commitInfo
	// head is HEAD's commit (the range's end with a range); nil when unborn.
	head *commitInfo
	// tips are the branches, tags and remote branches (not HEAD).
	tips     []tip
	rangeArg string
	rangeEnd []string
	obj      storer.EncodedObjectStorer
	notices  []report.Notice
	errors   int
}

func (g *graph) refNames() []string {
	if g.rangeArg != "" {
		return g.rangeEnd
	}
	names := []string{}
	if g.head != nil {
		names = append(names, "HEAD")
	}
	for _, t := range g.tips {
		names = append(names, t.name)
	}
	return names
}

// commit loads a commit's info once.
func (g *graph) commit(h plumbing.Hash) (*commitInfo, error) {
	if c, ok := g.commits[h]; ok {
		return c, nil
	}
	c, err := object.GetCommit(g.obj, h)
	if err != nil {
		return nil, fmt.Errorf("read commit %s: %w", h, err)
	}
	ci := &commitInfo{hash: h, tree: c.TreeHash, parents: c.ParentHashes, pos: -1,
		author: c.Author.Name + " <" + c.Author.Email + ">", when: c.Author.When}
	g.commits[h] = ci
	return ci, nil
}

// peel follows annotated tags to a commit.
func (g *graph) peel(h plumbing.Hash) (plumbing.Hash, plumbing.ObjectType, error) {
	for range 16 {
		o, err := g.obj.EncodedObject(plumbing.AnyObject, h)
		if err != nil {
			return h, plumbing.InvalidObject, err
		}
		if o.Type() != plumbing.TagObject {
			return h, o.Type(), nil
		}
		t, err := object.DecodeTag(g.obj, o)
		if err != nil {
			return h, plumbing.InvalidObject, err
		}
		h = t.Target
	}
	return h, plumbing.InvalidObject, errors.New("tag chain too long")
}

// loadRefs resolves HEAD and every ref to commits.
func (g *graph) loadRefs(r *git.Repository) error {
	if head, err := r.Head(); err == nil {
		if c, err := g.commit(head.Hash()); err == nil {
			g.head = c
		} else {
			return fmt.Errorf("HEAD: %w", err)
		}
	} else if !errors.Is(err, plumbing.ErrReferenceNotFound) {
		return fmt.Errorf("resolve HEAD: %w", err)
	}
	refs, err := r.References()
	if err != nil {
		return fmt.Errorf("list refs: %w", err)
	}
	defer refs.Close()
	err = refs.ForEach(func(ref *plumbing.Reference) error {
		if ref.Type() != plumbing.HashReference || ref.Name() == plumbing.HEAD {
			return nil
		}
		name := ref.Name().Short()
		h, typ, err := g.peel(ref.Hash())
		switch {
		case err != nil:
			g.notice("error", fmt.Sprintf("ref %s: cannot read %s: %v", name, ref.Hash(), err))
			g.errors++
			return nil
		case typ != plumbing.CommitObject:
			g.notice("warning", fmt.Sprintf("ref %s points at a %s, not a commit: not scanned", name, typ))
			return nil
		}
		if _, err := g.commit(h); err != nil {
			g.notice("error", fmt.Sprintf("ref %s: %v", name, err))
			g.errors++
			return nil
		}
		g.tips = append(g.tips, tip{name: name, commit: h})
		return nil
	})
	if err != nil {
		return fmt.Errorf("list refs: %w", err)
	}
	sort.Slice(g.tips, func(i, j int) bool { return g.tips[i].name < g.tips[j].name })
	return nil
}

func (g *graph) notice(level, msg string) {
	g.notices = append(g.notices, report.Notice{Level: level, Message: msg})
}

// parseRange splits "BASE..HEAD", "BASE.." or "REV".
func parseRange(s string) (base, head string, err error) {
	if strings.Contains(s, "...") {
		return "", "", fmt.Errorf("range %q: symmetric ranges (A...B) are not supported; use BASE..HEAD", s)
	}
	base, head, ok := strings.Cut(s, "..")
	if !ok {
		return "", strings.TrimSpace(s), nil
	}
	base, head = strings.TrimSpace(base), strings.TrimSpace(head)
	if base == "" {
		return "", "", fmt.Errorf("range %q: BASE is missing before the two dots", s)
	}
	if head == "" {
		head = "HEAD"
	}
	return base, head, nil
}

func (g *graph) resolve(r *git.Repository, rev string) (*commitInfo, error) {
	h, err := r.ResolveRevision(plumbing.Revision(rev))
	if err != nil {
		return nil, fmt.Errorf("resolve %q: %w", rev, err)
	}
	p, typ, err := g.peel(*h)
	if err != nil {
		return nil, fmt.Errorf("resolve %q: %w", rev, err)
	}
	if typ != plumbing.CommitObject {
		return nil, fmt.Errorf("resolve %q: a %s, not a commit", rev, typ)
	}
	return g.commit(p)
}

// loadGraph finds the commits in scope and orders them.
func loadGraph(r *git.Repository, obj storer.EncodedObjectStorer, rangeArg string, shallow []plumbing.Hash) (*graph, error) {
	g := &graph{commits: map[plumbing.Hash]*commitInfo{}, obj: obj, rangeArg: rangeArg}
	cut := map[plumbing.Hash]bool{}
	for _, h := range shallow {
		cut[h] = true
	}
	var starts []*commitInfo
	stop := map[plumbing.Hash]bool{}
	if rangeArg == "" {
		if err := g.loadRefs(r); err != nil {
			return nil, err
		}
		if g.head != nil {
			starts = append(starts, g.head)
		}
		for _, t := range g.tips {
			starts = append(starts, g.commits[t.commit])
		}
	} else {
		base, headRev, err := parseRange(rangeArg)
		if err != nil {
			return nil, err
		}
		head, err := g.resolve(r, headRev)
		if err != nil {
			return nil, err
		}
		g.head = head
		g.rangeEnd = []string{headRev}
		starts = []*commitInfo{head}
		if base != "" {
			b, err := g.resolve(r, base)
			if err != nil {
				return nil, err
			}
			g.rangeEnd = []string{base, headRev}
			// Everything reachable from BASE is out of scope.
			if err := g.ancestors(b, cut, func(c *commitInfo) { stop[c.hash] = true }); err != nil {
				return nil, err
			}
		}
		// Branch and tag tips, for the refs property.
		tipsOnly := &graph{commits: g.commits, obj: obj}
		if err := tipsOnly.loadRefs(r); err == nil {
			g.tips = tipsOnly.tips
		}
	}
	if err := g.topo(starts, stop, cut); err != nil {
		return nil, err
	}
	return g, nil
}

// ancestors calls f on c and every ancestor, stopping at shallow cuts.
func (g *graph) ancestors(c *commitInfo, cut map[plumbing.Hash]bool, f func(*commitInfo)) error {
	seen := map[plumbing.Hash]bool{c.hash: true}
	stack := []*commitInfo{c}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		f(c)
		if cut[c.hash] {
			continue
		}
		for _, p := range c.parents {
			if seen[p] {
				continue
			}
			seen[p] = true
			pc, err := g.commit(p)
			if err != nil {
				return err
			}
			stack = append(stack, pc)
		}
	}
	return nil
}

// topo orders the commits reachable from starts and not in stop, parents
// first (a depth-first post-order, first parents first).
func (g *graph) topo(starts []*commitInfo, stop, cut map[plumbing.Hash]bool) error {
	type frame struct {
		c    *commitInfo
		next int
	}
	visited := map[plumbing.Hash]bool{}
	for _, s := range starts {
		if s == nil || visited[s.hash] || stop[s.hash] {
			continue
		}
		visited[s.hash] = true
		stack := []frame{{c: s}}
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			if cut[f.c.hash] || f.next >= len(f.c.parents) {
				f.c.pos = int32(len(g.order))
				g.order = append(g.order, f.c)
				stack = stack[:len(stack)-1]
				continue
			}
			p := f.c.parents[f.next]
			f.next++
			if visited[p] || stop[p] {
				continue
			}
			pc, err := g.commit(p)
			if err != nil {
				return err
			}
			visited[p] = true
			stack = append(stack, frame{c: pc})
		}
	}
	return nil
}
