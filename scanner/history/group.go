package history

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/go-git/go-git/v5/plumbing"

	"github.com/vippslint/vippslint/scanner/report"
)

// maxRefs is how many refs a result names; refCount says how many hold it.
const maxRefs = 5

// group is one history result: a rule's match of one secret at one path.
type group struct {
	pid     uint32
	rule    string
	fp      string
	blobs   map[plumbing.Hash]bool
	first   *commitInfo
	finding report.Finding

	last      *commitInfo
	removedIn *commitInfo
	atHead    bool
	headLine  int
	refs      []string
	// onlyOn are the refs that reach the introducing commit when no
	// branch, tag or HEAD does (refs/pull/71/head, stash@{1}).
	onlyOn []string
}

type groupKey struct {
	pid      uint32
	rule, fp string
}

func short(h plumbing.Hash) string { return h.String()[:7] }

// group turns the hits into one finding per (path, rule, fingerprint).
func (s *scan) group() error {
	if len(s.hits) == 0 {
		return nil
	}
	groups := map[groupKey]*group{}
	var list []*group
	byPair := map[pairKey]*hit{}
	for i := range s.hits {
		h := &s.hits[i]
		byPair[pairKey{h.pid, h.blob}] = h
		for _, f := range h.findings {
			k := groupKey{h.pid, f.RuleID, f.Fingerprint}
			g := groups[k]
			if g == nil {
				g = &group{pid: h.pid, rule: f.RuleID, fp: f.Fingerprint, blobs: map[plumbing.Hash]bool{}}
				groups[k] = g
				list = append(list, g)
			}
			g.blobs[h.blob] = true
			if g.first == nil || h.commit.pos < g.first.pos {
				g.first, g.finding = h.commit, f
			}
		}
	}
	// Which commits still hold each group's secret at its path.
	st := newStates(s)
	byPid := map[uint32][]*group{}
	for _, g := range list {
		byPid[g.pid] = append(byPid[g.pid], g)
		st.want(g.pid)
	}
	holders := func(tree plumbing.Hash, f func(g *group, blob plumbing.Hash)) {
		for _, pk := range st.at(tree) {
			for _, g := range byPid[pk.path] {
				if g.blobs[pk.blob] {
					f(g, pk.blob)
				}
			}
		}
	}
	holds := func(tree plumbing.Hash, g *group) bool {
		found := false
		holders(tree, func(h *group, _ plumbing.Hash) { found = found || h == g })
		return found
	}
	for _, c := range s.g.order {
		holders(c.tree, func(g *group, _ plumbing.Hash) { g.last = c })
	}
	lastOf := map[plumbing.Hash][]*group{}
	for _, g := range list {
		if g.last != nil {
			lastOf[g.last.hash] = append(lastOf[g.last.hash], g)
		}
	}
	for _, c := range s.g.order {
		for _, p := range c.parents {
			for _, g := range lastOf[p] {
				if g.removedIn == nil && !holds(c.tree, g) {
					g.removedIn = c
				}
			}
		}
	}
	if s.g.head != nil {
		holders(s.g.head.tree, func(g *group, blob plumbing.Hash) {
			g.atHead = true
			if h := byPair[pairKey{g.pid, blob}]; h != nil {
				for _, f := range h.findings {
					if f.RuleID == g.rule && f.Fingerprint == g.fp {
						g.headLine = f.Location.Line
						break
					}
				}
			}
		})
	}
	for _, t := range s.g.tips {
		c := s.g.commits[t.commit]
		holders(c.tree, func(g *group, _ plumbing.Hash) {
			if !slices.Contains(g.refs, t.name) {
				g.refs = append(g.refs, t.name)
			}
		})
	}
	s.onlyOn(list)
	s.related(list)

	headName := "HEAD"
	if len(s.g.rangeEnd) > 0 && s.g.rangeEnd[len(s.g.rangeEnd)-1] != "HEAD" {
		headName = s.g.rangeEnd[len(s.g.rangeEnd)-1]
	}
	for _, g := range list {
		// A misuse or a malformed directive matters while code still holds
		// it; a leaked secret matters forever, because every clone has it.
		if g.finding.Secret == "" && !g.atHead && len(g.refs) == 0 {
			continue
		}
		s.res.Findings = append(s.res.Findings, g.result(s.paths.path(g.pid), headName))
		if g.atHead {
			s.res.InHead++
		} else {
			s.res.OnlyHistory++
		}
	}
	SortResults(s.res.Findings)
	return nil
}

// onlyOn names, for each group introduced in a commit that no branch, tag
// or HEAD reaches, the other refs that reach it. Each such ref's walk stays
// within the commits outside the branches' history, which is small.
func (s *scan) onlyOn(list []*group) {
	if s.g.rangeArg != "" {
		return
	}
	want := map[*commitInfo][]*group{}
	for _, g := range list {
		if int(g.first.pos) >= s.g.mainEnd {
			want[g.first] = append(want[g.first], g)
		}
	}
	if len(want) == 0 {
		return
	}
	for _, t := range s.g.tips {
		if !t.other {
			continue
		}
		seen := map[*commitInfo]bool{}
		stack := []*commitInfo{s.g.commits[t.commit]}
		for len(stack) > 0 {
			c := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if c == nil || seen[c] || int(c.pos) < s.g.mainEnd {
				continue
			}
			seen[c] = true
			for _, g := range want[c] {
				g.onlyOn = append(g.onlyOn, t.name)
			}
			for _, p := range c.parents {
				stack = append(stack, s.g.commits[p])
			}
		}
	}
}

// related links a secret that appears at a new path to where it was first
// seen.
func (s *scan) related(list []*group) {
	bySecret := map[[2]string][]*group{}
	for _, g := range list {
		k := [2]string{g.rule, g.fp}
		bySecret[k] = append(bySecret[k], g)
	}
	for _, gs := range bySecret {
		if len(gs) < 2 {
			continue
		}
		sort.Slice(gs, func(i, j int) bool { return gs[i].first.pos < gs[j].first.pos })
		orig := gs[0]
		for _, g := range gs[1:] {
			g.finding.Related = append(slices.Clip(g.finding.Related), report.Related{
				Location: orig.finding.Location,
				Message:  fmt.Sprintf("same secret earlier at %s in commit %s", orig.finding.Location.Path, short(orig.first.hash)),
			})
		}
	}
}

func (g *group) result(path, headName string) report.Finding {
	f := g.finding
	props := map[string]any{}
	for k, v := range f.Properties {
		props[k] = v
	}
	props["commit"] = g.first.hash.String()
	props["author"] = g.first.author
	props["date"] = g.first.when.Format(time.RFC3339)
	props["path"] = path
	props["presentAtHead"] = g.atHead
	if g.last != nil {
		props["lastCommit"] = g.last.hash.String()
	}
	if g.removedIn != nil && !g.atHead {
		props["removedIn"] = g.removedIn.hash.String()
	}
	sort.Strings(g.refs)
	props["refs"] = append([]string{}, capList(g.refs, maxRefs)...)
	props["refCount"] = len(g.refs)
	if len(g.onlyOn) > 0 {
		props["onlyOn"] = append([]string{}, capList(g.onlyOn, maxRefs)...)
	}
	f.Properties = props

	msg := f.Message + "; introduced in " + short(g.first.hash)
	rotate := ", still in history: rotate the key"
	if f.Secret == "" {
		rotate = ""
	}
	switch {
	case g.atHead:
		msg += fmt.Sprintf(", still at %s in %s:%d", headName, path, g.headLine)
	case len(g.onlyOn) > 0:
		msg += ", only on " + refList(g.onlyOn) + " (no branch or tag has it)" + rotate
	case g.removedIn != nil:
		msg += ", removed in " + short(g.removedIn.hash)
		if len(g.refs) > 0 {
			msg += " but still on " + refList(g.refs)
		}
		msg += rotate
	case len(g.refs) > 0:
		msg += ", not at " + headName + " but on " + refList(g.refs) + rotate
	default:
		msg += rotate
	}
	f.Message = msg
	return f
}

func refList(refs []string) string {
	s := strings.Join(capList(refs, maxRefs), ", ")
	if len(refs) > maxRefs {
		s += fmt.Sprintf(" and %d more", len(refs)-maxRefs)
	}
	return s
}

// PresentAtHead reports whether a history finding is still at HEAD.
func PresentAtHead(f report.Finding) bool {
	v, _ := f.Properties["presentAtHead"].(bool)
	return v
}

// Count returns how many findings are still at HEAD and how many only in
// history (for counts after filtering).
func Count(fs []report.Finding) (inHead, onlyHistory int) {
	for _, f := range fs {
		if PresentAtHead(f) {
			inHead++
		} else {
			onlyHistory++
		}
	}
	return inHead, onlyHistory
}

// SortResults orders history findings: still at HEAD first, then by path,
// line, column and rule.
func SortResults(fs []report.Finding) {
	report.Sort(fs)
	sort.SliceStable(fs, func(i, j int) bool { return PresentAtHead(fs[i]) && !PresentAtHead(fs[j]) })
}

// states finds, for a commit's tree, which blobs sit at the paths of
// interest, memoized by (directory, tree hash) so unchanged subtrees cost
// nothing.
type states struct {
	s    *scan
	file map[uint32]bool
	dir  map[uint32]bool
	memo map[dirKey][]pairKey
}

func newStates(s *scan) *states {
	return &states{s: s, file: map[uint32]bool{}, dir: map[uint32]bool{0: true}, memo: map[dirKey][]pairKey{}}
}

func (st *states) want(pid uint32) {
	st.file[pid] = true
	for id := st.s.paths.nodes[pid].parent; id != 0; id = st.s.paths.nodes[id].parent {
		st.dir[id] = true
	}
}

func (st *states) at(tree plumbing.Hash) []pairKey { return st.under(0, tree) }

func (st *states) under(dir uint32, tree plumbing.Hash) []pairKey {
	k := dirKey{dir, tree}
	if v, ok := st.memo[k]; ok {
		return v
	}
	var out []pairKey
	raw, _, err := st.s.obj.readType(plumbing.TreeObject, tree, 0)
	if err == nil {
		_ = forEntries(raw, func(e entry) {
			id, ok := st.s.paths.lookup(dir, e.name)
			if !ok {
				return
			}
			switch {
			case e.mode == modeDir && st.dir[id]:
				out = append(out, st.under(id, e.hash)...)
			case e.mode != modeDir && st.file[id]:
				out = append(out, pairKey{id, e.hash})
			}
		})
	}
	st.memo[k] = out
	return out
}
