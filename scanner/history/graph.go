package history

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/go-git/go-billy/v5"
	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/storage/filesystem"

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
	// other is a ref that is not a branch, tag or remote branch: a pull
	// request's head, a stash entry, notes.
	other bool
}

// graph is the commits in scope, in topological order.
type graph struct {
	commits map[plumbing.Hash]*commitInfo
	// order are the commits in scope, parents first.
	order []*commitInfo
	// head is HEAD's commit (the range's end with a range); nil when unborn.
	head *commitInfo
	// tips are the refs (not HEAD): branches, tags and remote branches
	// first, then the other refs.
	tips []tip
	// mainEnd is where in order the commits reachable only from other refs
	// start: order[:mainEnd] are reachable from HEAD, a branch or a tag.
	mainEnd  int
	rangeArg string
	rangeEnd []string
	obj      *objReader
	notices  []report.Notice
	errors   int
	// failed are the objects behind the errors.
	failed []plumbing.Hash
}

// fail counts an error about object h.
func (g *graph) fail(h plumbing.Hash) {
	g.errors++
	g.failed = append(g.failed, h)
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
	raw, _, err := g.obj.readType(plumbing.CommitObject, h, 0)
	if err != nil {
		return nil, fmt.Errorf("read commit %s: %w", h, err)
	}
	ci, err := parseCommit(h, raw)
	if err != nil {
		return nil, fmt.Errorf("read commit %s: %w", h, err)
	}
	g.commits[h] = ci
	return ci, nil
}

// errMalformedCommit is a commit object whose header git would refuse.
var errMalformedCommit = errors.New("malformed commit")

// parseCommit reads what the scan keeps of a commit from its raw object:
// the tree, the parents and the author. It reads the header as git's
// parse_commit_buffer and go-git's decoder do (the tree first, then the
// parent lines, then the author right after them) and stops there: go-git's
// DecodeCommit also decodes the committer, the signatures and the message,
// through a copy of the object, and took a third of the 1.7 s that loading
// moby/moby's 91k commits kept one core busy before any blob was read.
func parseCommit(h plumbing.Hash, raw []byte) (*commitInfo, error) {
	ci := &commitInfo{hash: h, pos: -1}
	line := func() []byte {
		l, rest, _ := bytes.Cut(raw, []byte{'\n'})
		raw = rest
		return l
	}
	hash := func(l []byte, key string) (plumbing.Hash, bool) {
		v, ok := bytes.CutPrefix(l, []byte(key+" "))
		if !ok || !plumbing.IsHash(string(v)) {
			return plumbing.ZeroHash, false
		}
		return plumbing.NewHash(string(v)), true
	}
	l := line()
	tree, ok := hash(l, "tree")
	if !ok {
		return nil, fmt.Errorf("%w: no tree header first", errMalformedCommit)
	}
	ci.tree = tree
	for l = line(); bytes.HasPrefix(l, []byte("parent ")); l = line() {
		p, ok := hash(l, "parent")
		if !ok {
			return nil, fmt.Errorf("%w: bad parent hash", errMalformedCommit)
		}
		ci.parents = append(ci.parents, p)
	}
	if a, ok := bytes.CutPrefix(l, []byte("author ")); ok {
		var sig object.Signature
		sig.Decode(a)
		ci.author, ci.when = sig.Name+" <"+sig.Email+">", sig.When
	} else {
		ci.author = " <>"
	}
	return ci, nil
}

// peel follows annotated tags to an object that is not a tag. A commit it
// reaches is parsed and kept, so that it is not read again.
func (g *graph) peel(h plumbing.Hash) (plumbing.Hash, plumbing.ObjectType, error) {
	for range 16 {
		if _, ok := g.commits[h]; ok {
			return h, plumbing.CommitObject, nil
		}
		raw, _, typ, err := g.obj.read(h, 0)
		if err != nil {
			return h, plumbing.InvalidObject, err
		}
		switch typ {
		case plumbing.CommitObject:
			// A malformed commit is reported when commit reads it.
			if ci, err := parseCommit(h, raw); err == nil {
				g.commits[h] = ci
			}
			return h, typ, nil
		case plumbing.TagObject:
		default:
			return h, typ, nil
		}
		o := &plumbing.MemoryObject{}
		o.SetType(typ)
		if _, err := o.Write(raw); err != nil {
			return h, plumbing.InvalidObject, err
		}
		t, err := object.DecodeTag(nil, o)
		if err != nil {
			return h, plumbing.InvalidObject, err
		}
		h = t.Target
	}
	return h, plumbing.InvalidObject, errors.New("tag chain too long")
}

// loadRefs resolves HEAD and every ref to commits: branches, tags and
// remote branches first, then every other ref (refs/pull/*,
// refs/merge-requests/*, notes, ...) and each entry of the stash reflog.
func (g *graph) loadRefs(r *git.Repository) error {
	if head, err := r.Head(); err == nil {
		if c, err := g.commit(head.Hash()); err == nil {
			g.head = c
		} else {
			g.notice("error", fmt.Sprintf("HEAD: %v; the refs are scanned without it", err))
			g.fail(head.Hash())
		}
	} else if !errors.Is(err, plumbing.ErrReferenceNotFound) {
		return fmt.Errorf("resolve HEAD: %w", err)
	}
	refs, err := r.References()
	if err != nil {
		return fmt.Errorf("list refs: %w", err)
	}
	defer refs.Close()
	var stash *plumbing.Reference
	err = refs.ForEach(func(ref *plumbing.Reference) error {
		if ref.Type() != plumbing.HashReference || ref.Name() == plumbing.HEAD {
			return nil
		}
		if ref.Name() == plumbing.ReferenceName("refs/stash") {
			stash = ref
			return nil
		}
		n := ref.Name()
		g.addTip(refName(n), ref.Hash(), !(n.IsBranch() || n.IsTag() || n.IsRemote()))
		return nil
	})
	if err != nil {
		return fmt.Errorf("list refs: %w", err)
	}
	entries := stashEntries(r)
	if len(entries) == 0 && stash != nil {
		entries = []plumbing.Hash{stash.Hash()}
	}
	for i, h := range entries {
		g.addTip(fmt.Sprintf("stash@{%d}", i), h, true)
	}
	sort.SliceStable(g.tips, func(i, j int) bool {
		a, b := g.tips[i], g.tips[j]
		if a.other != b.other {
			return !a.other
		}
		if a.other {
			return false // stash entries in reflog order, after refs in listing order
		}
		return a.name < b.name
	})
	return nil
}

// refName is how reports name a ref: branches, tags and remote branches
// short (main, v1.0, origin/main), every other ref in full
// (refs/pull/71/head).
func refName(n plumbing.ReferenceName) string {
	if n.IsBranch() || n.IsTag() || n.IsRemote() {
		return n.Short()
	}
	return n.String()
}

// addTip resolves a ref's target to a commit and adds it to the tips.
func (g *graph) addTip(name string, target plumbing.Hash, other bool) {
	h, typ, err := g.peel(target)
	switch {
	case err != nil:
		g.notice("error", fmt.Sprintf("ref %s: cannot read %s: %v", name, target, err))
		g.fail(h)
		return
	case typ != plumbing.CommitObject:
		g.notice("warning", fmt.Sprintf("ref %s points at a %s, not a commit: not scanned", name, typ))
		return
	}
	if _, err := g.commit(h); err != nil {
		g.notice("error", fmt.Sprintf("ref %s: %v", name, err))
		g.fail(h)
		return
	}
	g.tips = append(g.tips, tip{name: name, commit: h, other: other})
}

// stashEntries reads the stash reflog (logs/refs/stash), newest first:
// stash@{0}, stash@{1}, ... Memory repositories have none.
func stashEntries(r *git.Repository) []plumbing.Hash {
	var fsys billy.Filesystem
	switch s := r.Storer.(type) {
	case *fsStorage:
		fsys = s.Filesystem()
	case *filesystem.Storage:
		fsys = s.Filesystem()
	default:
		return nil
	}
	f, err := fsys.Open(path.Join("logs", "refs", "stash"))
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []plumbing.Hash
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		// "OLD NEW Name <email> time zone\tmessage"
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 || !plumbing.IsHash(fields[1]) {
			continue
		}
		out = append(out, plumbing.NewHash(fields[1]))
	}
	slices.Reverse(out)
	return out
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
func loadGraph(r *git.Repository, obj *objReader, rangeArg string, shallow []plumbing.Hash) (*graph, error) {
	g := &graph{commits: map[plumbing.Hash]*commitInfo{}, obj: obj, rangeArg: rangeArg}
	cut := map[plumbing.Hash]bool{}
	for _, h := range shallow {
		cut[h] = true
	}
	var starts []*commitInfo
	nMain := -1
	stop := map[plumbing.Hash]bool{}
	if rangeArg == "" {
		if err := g.loadRefs(r); err != nil {
			return nil, err
		}
		if g.head != nil {
			starts = append(starts, g.head)
		}
		for _, t := range g.tips {
			if !t.other {
				starts = append(starts, g.commits[t.commit])
			}
		}
		nMain = len(starts)
		for _, t := range g.tips {
			if t.other {
				starts = append(starts, g.commits[t.commit])
			}
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
			g.ancestors(b, cut, func(c *commitInfo) { stop[c.hash] = true })
		}
		// Branch and tag tips, for the refs property.
		tipsOnly := &graph{commits: g.commits, obj: obj}
		if err := tipsOnly.loadRefs(r); err == nil {
			g.tips = tipsOnly.tips
		}
	}
	if nMain < 0 {
		nMain = len(starts)
	}
	g.topo(starts, nMain, stop, cut)
	return g, nil
}

// missingCommit reports a commit that cannot be read: it is skipped, and
// the rest of the history is still walked.
func (g *graph) missingCommit(h plumbing.Hash, child *commitInfo, err error) {
	g.notice("error", fmt.Sprintf("commit %s (parent of %s) cannot be read, skipped with the history only it leads to: %v", h, child.hash, unwrapRead(err)))
	g.fail(h)
}

// unwrapRead drops the "read commit H: " prefix commit adds.
func unwrapRead(err error) error {
	if u := errors.Unwrap(err); u != nil {
		return u
	}
	return err
}

// ancestors calls f on c and every ancestor, stopping at shallow cuts.
// Unreadable commits are reported and skipped.
func (g *graph) ancestors(c *commitInfo, cut map[plumbing.Hash]bool, f func(*commitInfo)) {
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
				g.missingCommit(p, c, err)
				continue
			}
			stack = append(stack, pc)
		}
	}
}

// topo orders the commits reachable from starts and not in stop, parents
// first (a depth-first post-order, first parents first). The commits
// reachable from starts[:nMain] come first; g.mainEnd is where the rest
// begin. Unreadable commits are reported and skipped.
func (g *graph) topo(starts []*commitInfo, nMain int, stop, cut map[plumbing.Hash]bool) {
	type frame struct {
		c    *commitInfo
		next int
	}
	visited := map[plumbing.Hash]bool{}
	g.mainEnd = -1
	for i, s := range starts {
		if i == nMain {
			g.mainEnd = len(g.order)
		}
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
			visited[p] = true
			pc, err := g.commit(p)
			if err != nil {
				g.missingCommit(p, f.c, err)
				continue
			}
			stack = append(stack, frame{c: pc})
		}
	}
	if g.mainEnd < 0 {
		g.mainEnd = len(g.order)
	}
}
