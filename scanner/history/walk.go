package history

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-git/go-git/v5/plumbing"

	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/report"
)

// Git tree entry modes.
const (
	modeDir     = 0o040000
	modeSymlink = 0o120000
	modeGitlink = 0o160000
)

// pathTable interns slash-separated paths as a tree of names; id 0 is the
// root directory.
type pathTable struct {
	nodes []pathNode
}

type pathNode struct {
	parent   uint32
	name     string
	children map[string]uint32
}

func newPathTable() *pathTable { return &pathTable{nodes: []pathNode{{}}} }

// child returns the id of name in directory dir, adding it if needed.
func (t *pathTable) child(dir uint32, name []byte) uint32 {
	n := &t.nodes[dir]
	if id, ok := n.children[string(name)]; ok {
		return id
	}
	if n.children == nil {
		n.children = map[string]uint32{}
	}
	id := uint32(len(t.nodes))
	s := string(name)
	n.children[s] = id
	t.nodes = append(t.nodes, pathNode{parent: dir, name: s})
	return id
}

// lookup returns the id of name in dir, if known.
func (t *pathTable) lookup(dir uint32, name []byte) (uint32, bool) {
	id, ok := t.nodes[dir].children[string(name)]
	return id, ok
}

func (t *pathTable) path(id uint32) string {
	if id == 0 {
		return ""
	}
	var parts []string
	for ; id != 0; id = t.nodes[id].parent {
		parts = append(parts, t.nodes[id].name)
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, "/")
}

// entry is one tree entry; name aliases the tree's bytes.
type entry struct {
	mode uint32
	name []byte
	hash plumbing.Hash
}

// forEntries calls f on each entry of a raw tree object.
func forEntries(raw []byte, f func(e entry)) error {
	it := treeIter{raw: raw}
	for {
		e, ok := it.next()
		if !ok {
			return it.err
		}
		f(e)
	}
}

var errTooBig = errors.New("too big")

// treeIter walks a raw tree object's entries; at is the offset of the
// next one in the whole tree when raw is its tail.
type treeIter struct {
	raw []byte
	at  int
	err error
}

func (it *treeIter) next() (entry, bool) {
	raw := it.raw
	if len(raw) == 0 || it.err != nil {
		return entry{}, false
	}
	sp := bytes.IndexByte(raw, ' ')
	if sp <= 0 {
		it.err = errors.New("malformed tree entry mode")
		return entry{}, false
	}
	var e entry
	for _, c := range raw[:sp] {
		if c < '0' || c > '7' {
			it.err = errors.New("malformed tree entry mode")
			return entry{}, false
		}
		e.mode = e.mode<<3 | uint32(c-'0')
	}
	raw = raw[sp+1:]
	nul := bytes.IndexByte(raw, 0)
	if nul < 0 || len(raw) < nul+1+20 {
		it.err = errors.New("truncated tree entry")
		return entry{}, false
	}
	e.name = raw[:nul]
	copy(e.hash[:], raw[nul+1:nul+21])
	it.at += len(it.raw) - len(raw[nul+21:])
	it.raw = raw[nul+21:]
	return e, true
}

// cmpEntries orders tree entries as git does: by name, a directory's name
// compared as if it ended in '/'.
func cmpEntries(a, b entry) int {
	n := min(len(a.name), len(b.name))
	if c := bytes.Compare(a.name[:n], b.name[:n]); c != 0 {
		return c
	}
	ca, cb := byte(0), byte(0)
	if len(a.name) > n {
		ca = a.name[n]
	} else if a.mode == modeDir {
		ca = '/'
	}
	if len(b.name) > n {
		cb = b.name[n]
	} else if b.mode == modeDir {
		cb = '/'
	}
	switch {
	case ca < cb:
		return -1
	case ca > cb:
		return 1
	}
	return 0
}

// prevBudget bounds the bytes of the last trees kept per directory (prev):
// a history that touched many directories kept one tree of each, 100 MB
// and more on moby/moby.
const prevBudget = 24 << 20

// prevTree is the last tree walked at a directory, with where each of its
// entries starts (nil when unknown). A new tree at the directory is
// usually that one with an entry or two changed: the entries before the
// first differing byte and after the last one are the same entries, found
// by comparing bytes and searching starts, without parsing them; only
// the changed middle is parsed and merged. Walking the synthetic history's
// 153k trees (346 MB) parsed every entry of every tree before.
type prevTree struct {
	raw    []byte
	starts []uint32
}

// keepPrev makes t the last tree at dir, in place of old, within
// prevBudget.
func (s *scan) keepPrev(dir uint32, t, old prevTree) {
	s.prevBytes += len(t.raw) + 4*len(t.starts) - len(old.raw) - 4*len(old.starts)
	s.prev[dir] = t
	if s.prevBytes > prevBudget {
		// Forget them all: the next trees are compared entry by entry
		// with the seen-sets instead, which is slower but as exact.
		clear(s.prev)
		s.prevBytes = 0
	}
}

// commonPrefix is the length of the bytes a and b begin with.
func commonPrefix(a, b []byte) int {
	n := min(len(a), len(b))
	i := 0
	for ; i+8 <= n; i += 8 {
		if x := binary.LittleEndian.Uint64(a[i:]) ^ binary.LittleEndian.Uint64(b[i:]); x != 0 {
			return i + bits.TrailingZeros64(x)/8
		}
	}
	for ; i < n && a[i] == b[i]; i++ {
	}
	return i
}

// commonSuffix is the length of the bytes a and b end with.
func commonSuffix(a, b []byte) int {
	n := min(len(a), len(b))
	a, b = a[len(a)-n:], b[len(b)-n:]
	i := 0
	for ; i+8 <= n; i += 8 {
		x := binary.LittleEndian.Uint64(a[n-i-8:]) ^ binary.LittleEndian.Uint64(b[n-i-8:])
		if x != 0 {
			return i + bits.LeadingZeros64(x)/8
		}
	}
	for ; i < n && a[n-i-1] == b[n-i-1]; i++ {
	}
	return i
}

type pairKey struct {
	path uint32
	blob plumbing.Hash
}

type dirKey struct {
	dir  uint32
	tree plumbing.Hash
}

// job is one (path, blob) pair to scan, with the commit that introduced it.
type job struct {
	// cacheKey is the pair's cache key, nil without a cache.
	cacheKey []byte
	path     string
	pid      uint32
	blob     plumbing.Hash
	commit   *commitInfo
}

// hit is a scanned pair with findings.
type hit struct {
	pid      uint32
	blob     plumbing.Hash
	commit   *commitInfo
	findings []report.Finding
}

type scan struct {
	opts  Options
	rp    *repo
	g     *graph
	res   *Result
	obj   *objReader
	paths *pathTable
	roots *chainRoots

	seenTrees map[dirKey]struct{}
	seenPairs map[pairKey]struct{}
	// prev is the last tree walked at each directory (without a range):
	// its entries are all seen, so equal entries are skipped cheaply.
	prev map[uint32]prevTree
	// prevBytes is the size of the trees in prev, at most prevBudget.
	prevBytes int

	mu           sync.Mutex
	hits         []hit
	failed       []plumbing.Hash // the objects behind errors and Missing
	firstMissing string
	oversized    map[string]bool
	binaryPaths  map[string]bool // paths whose binary versions were skipped, said once each

	// count is shared with a progress display; blobs and bytes are this
	// scan's own.
	count        *Counter
	blobs, bytes atomic.Int64

	cacheScope []byte
	cached     int   // pairs answered by the cache (walker only)
	cacheErr   error // the first cache write error (under mu)
}

func (s *scan) run(ctx context.Context) error {
	s.res.Notices = append(s.res.Notices, s.g.notices...)
	s.res.Errors += s.g.errors
	s.failed = append(s.failed, s.g.failed...)
	s.seenTrees = map[dirKey]struct{}{}
	s.seenPairs = map[pairKey]struct{}{}
	s.oversized = map[string]bool{}
	s.binaryPaths = map[string]bool{}
	s.prev = map[uint32]prevTree{}
	s.count = s.opts.Counter
	if s.count == nil {
		s.count = &Counter{}
	}
	s.count.CommitsTotal.Store(int64(len(s.g.order)))
	if s.opts.Cache != nil {
		s.cacheScope = scopeOf(s.opts.CacheKey)
	}
	start := time.Now()
	stop := progress(s.opts.Progress, func() string {
		line := fmt.Sprintf("vippslint: %d/%d commits, %d blobs, %.0f MB", s.count.Commits.Load(), len(s.g.order), s.count.Blobs.Load(), float64(s.count.Bytes.Load())/1e6)
		if eta := ETA(time.Since(start), s.count.Fraction()); eta > 0 {
			line += ", ETA " + eta.String()
		}
		return line
	})
	defer stop()

	// One queue per worker; the objects of a delta chain go to the same
	// worker while its queue has room (send), so they share its cache.
	s.roots = &chainRoots{r: s.obj}
	queues := make([]chan job, s.opts.Workers)
	var wg sync.WaitGroup
	for i := range queues {
		queues[i] = make(chan job, 256)
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.worker(ctx, queues[i])
		}()
	}
	var err error
	for _, c := range s.g.order {
		if err = ctx.Err(); err != nil {
			break
		}
		var parents []plumbing.Hash
		if s.opts.Range != "" {
			for _, p := range c.parents {
				if pc, ok := s.g.commits[p]; ok {
					parents = append(parents, pc.tree)
				}
			}
		}
		if err = s.walkTree(ctx, c, 0, c.tree, parents, queues); err != nil {
			break
		}
		s.count.Commits.Add(1)
	}
	for _, q := range queues {
		close(q)
	}
	wg.Wait()
	if err != nil {
		return err
	}
	s.res.Blobs = int(s.blobs.Load())
	s.res.Bytes = s.bytes.Load()
	s.res.Cached = s.cached
	return ctx.Err()
}

func (s *scan) objectError(kind string, h plumbing.Hash, p string, c *commitInfo, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failed = append(s.failed, h)
	if errors.Is(err, plumbing.ErrObjectNotFound) && s.rp.partial {
		s.res.Missing++
		if s.firstMissing == "" {
			s.firstMissing = fmt.Sprintf("%s %s at %s in commit %s", kind, h, p, c.hash)
		}
		return
	}
	s.res.Errors++
	s.res.Notices = append(s.res.Notices, report.Notice{Level: "error", Path: p,
		Message: fmt.Sprintf("%s %s in commit %s cannot be read, skipped: %v", kind, h, c.hash, err)})
}

// parentEntries reads the trees of a commit's parents at one directory.
func (s *scan) parentEntries(parents []plumbing.Hash) []map[string]entry {
	var ms []map[string]entry
	for _, p := range parents {
		raw, _, err := s.obj.readType(plumbing.TreeObject, p, 0)
		if err != nil {
			continue // the parent's own scan reports it
		}
		m := map[string]entry{}
		_ = forEntries(raw, func(e entry) { m[string(e.name)] = e })
		ms = append(ms, m)
	}
	return ms
}

// walkTree sends the (path, blob) pairs of tree h at directory dir that are
// new: not seen at that path in an earlier commit, and (with a range) not
// held by any parent at that path.
func (s *scan) walkTree(ctx context.Context, c *commitInfo, dir uint32, h plumbing.Hash, parents []plumbing.Hash, queues []chan job) error {
	k := dirKey{dir, h}
	if _, ok := s.seenTrees[k]; ok {
		return nil
	}
	for _, p := range parents {
		if p == h {
			return nil
		}
	}
	s.seenTrees[k] = struct{}{}
	raw, _, err := s.obj.readType(plumbing.TreeObject, h, 0)
	if err != nil {
		s.objectError("tree", h, s.paths.path(dir), c, err)
		return nil
	}
	var pm []map[string]entry
	visit := func(e entry) error {
		switch {
		case e.mode == modeDir:
			var ph []plumbing.Hash
			for _, m := range pm {
				if pe, ok := m[string(e.name)]; ok && pe.mode == modeDir {
					ph = append(ph, pe.hash)
				}
			}
			return s.walkTree(ctx, c, s.paths.child(dir, e.name), e.hash, ph, queues)
		case e.mode == modeSymlink || e.mode == modeGitlink || e.mode&0o170000 != 0o100000:
			return nil
		}
		if s.heldByParent(pm, e) {
			return nil
		}
		pid := s.paths.child(dir, e.name)
		pk := pairKey{pid, e.hash}
		if _, ok := s.seenPairs[pk]; ok {
			return nil
		}
		s.seenPairs[pk] = struct{}{}
		p := s.paths.path(pid)
		if s.opts.Exclude != nil && s.opts.Exclude(p) {
			return nil
		}
		var ck []byte
		if s.opts.Cache != nil {
			ck = pairKeyBytes(s.cacheScope, e.hash, p)
			if s.fromCache(ck, pid, e.hash, c) {
				return nil
			}
		}
		return s.send(ctx, queues, job{cacheKey: ck, path: p, pid: pid, blob: e.hash, commit: c})
	}
	var treeErr error
	if s.opts.Range != "" {
		// An entry is old when a parent holds it at this path.
		pm = s.parentEntries(parents)
		it := treeIter{raw: raw}
		for {
			e, ok := it.next()
			if !ok {
				break
			}
			if err := visit(e); err != nil {
				return err
			}
		}
		treeErr = it.err
	} else {
		// An entry is old when the last tree walked at this directory
		// holds it.
		last := s.prev[dir]
		starts, terr, err := newEntries(raw, last, visit)
		if err != nil {
			return err
		}
		if treeErr = terr; terr != nil || uint64(len(raw)) > math.MaxUint32 {
			starts = nil // parse it whole next time
		}
		s.keepPrev(dir, prevTree{raw: raw, starts: starts}, last)
	}
	if treeErr != nil {
		s.objectError("tree", h, s.paths.path(dir), c, treeErr)
	}
	return nil
}

// newEntries calls visit on each entry of the tree raw that last, the
// tree walked before at the same directory, does not hold, and returns
// where raw's entries start (for the next tree there). treeErr is raw's
// parse error; err is visit's, which stops the walk.
//
// The entries that start and end within the bytes both trees begin with
// are the same entries, and so are the entries from the point where the
// rest of both trees is the same bytes, both at an entry start: neither is
// parsed. Only the middle is parsed and merged with last's entries in
// git's order.
func newEntries(raw []byte, last prevTree, visit func(entry) error) (starts []uint32, treeErr, err error) {
	it := treeIter{raw: raw}
	prev := treeIter{raw: last.raw}
	sfx := 0
	if last.starts != nil {
		pfx := commonPrefix(raw, last.raw)
		if k, _ := slices.BinarySearch(last.starts, uint32(pfx)+1); k > 0 {
			b := int(last.starts[k-1])
			it, prev = treeIter{raw: raw[b:], at: b}, treeIter{raw: last.raw[b:], at: b}
			starts = append(make([]uint32, 0, len(last.starts)+4), last.starts[:k-1]...)
		}
		sfx = commonSuffix(raw[it.at:], last.raw[prev.at:])
	}
	pePos := prev.at
	pe, pok := prev.next()
	for {
		pos := it.at
		if pok && len(raw)-pos <= sfx && len(raw)-pos == len(last.raw)-pePos {
			if j, found := slices.BinarySearch(last.starts, uint32(pePos)); found {
				for _, st := range last.starts[j:] {
					starts = append(starts, st-uint32(pePos)+uint32(pos))
				}
				return starts, nil, nil
			}
		}
		e, ok := it.next()
		if !ok {
			return starts, it.err, nil
		}
		starts = append(starts, uint32(pos))
		for pok && cmpEntries(pe, e) < 0 {
			pePos = prev.at
			pe, pok = prev.next()
		}
		if pok && pe.hash == e.hash && pe.mode == e.mode && bytes.Equal(pe.name, e.name) {
			continue // held by the last tree
		}
		if err := visit(e); err != nil {
			return nil, nil, err
		}
	}
}

// send queues a job for a worker: the one its blob's delta chain goes to
// when the blob is in a mapped pack, so that the objects of one chain
// (which often spans paths: renames, vendored copies, git fast-import's
// deltas against the previous blob) are read by one worker, whose cache
// then holds their bases; by path otherwise. When that worker's queue is
// full, another worker with room takes the job: a chain or path heavier
// than the rest must not leave the other cores idle.
func (s *scan) send(ctx context.Context, queues []chan job, j job) error {
	n := len(queues)
	q := int(j.pid) % n
	if root, ok := s.roots.root(j.blob); ok {
		q = int((root * 0x9e3779b97f4a7c15 >> 32) % uint64(n))
	}
	for i := range n {
		select {
		case queues[(q+i)%n] <- j:
			return nil
		default:
		}
	}
	select {
	case queues[q] <- j:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// fromCache answers a pair from the cache, if it can.
func (s *scan) fromCache(k []byte, pid uint32, blob plumbing.Hash, c *commitInfo) bool {
	pr, ok := s.opts.Cache.lookup(k)
	if !ok || pr.needsRaw && s.opts.NeedSecrets {
		return false
	}
	s.cached++
	s.count.Blobs.Add(1)
	s.mu.Lock()
	defer s.mu.Unlock()
	if pr.binary {
		s.skippedBinary(s.paths.path(pid))
	}
	if len(pr.findings) > 0 {
		s.hits = append(s.hits, hit{pid: pid, blob: blob, commit: c, findings: pr.findings})
	}
	return true
}

// toCache stores a scanned pair's result.
func (s *scan) toCache(j job, binary bool, fs []report.Finding) {
	if j.cacheKey == nil {
		return
	}
	if err := s.opts.Cache.store(j.cacheKey, binary, fs); err != nil {
		s.mu.Lock()
		if s.cacheErr == nil {
			s.cacheErr = err
		}
		s.mu.Unlock()
	}
}

func (s *scan) heldByParent(pm []map[string]entry, e entry) bool {
	for _, m := range pm {
		if pe, ok := m[string(e.name)]; ok && pe.hash == e.hash {
			return true
		}
	}
	return false
}

func (s *scan) worker(ctx context.Context, jobs <-chan job) {
	st := s.rp.newReader(workerCacheSize)
	// scanBlob keeps no blob past the next read.
	st.recycle = true
	defer st.close()
	for j := range jobs {
		if ctx.Err() != nil {
			continue
		}
		if s.opts.Slots != nil {
			s.opts.Slots <- struct{}{}
		}
		s.scanBlob(st, j)
		if s.opts.Slots != nil {
			<-s.opts.Slots
		}
	}
}

// skippedBinary counts a binary blob version and lists its path once in
// the notices, so the machine-readable output names every skipped file, as
// scan's does. The caller holds s.mu.
func (s *scan) skippedBinary(p string) {
	s.res.Skipped++
	if !s.binaryPaths[p] {
		s.binaryPaths[p] = true
		s.res.Notices = append(s.res.Notices, report.Notice{Level: report.LevelNote, Path: p, Message: "binary file skipped (every binary version of this path in history)"})
	}
}

// scanBlob reads and scans one (path, blob) pair.
func (s *scan) scanBlob(st *objReader, j job) {
	buf, size, err := st.readType(plumbing.BlobObject, j.blob, s.opts.MaxFileSize)
	switch {
	case errors.Is(err, errTooBig):
		s.mu.Lock()
		s.res.Skipped++
		if !s.oversized[j.path] {
			s.oversized[j.path] = true
			s.res.Notices = append(s.res.Notices, report.Notice{Level: "warning", Path: j.path, Message: fmt.Sprintf(
				"skipped blob %s of commit %s (and any later version over the limit): %d bytes is over the %d-byte limit (max_file_size in .vippslint.yaml, --max-file-size)",
				j.blob, j.commit.hash, size, s.opts.MaxFileSize)})
		}
		s.mu.Unlock()
		return
	case err != nil:
		s.objectError("blob", j.blob, j.path, j.commit, err)
		return
	}
	s.count.Blobs.Add(1)
	s.count.Bytes.Add(size)
	s.blobs.Add(1)
	s.bytes.Add(size)
	if scanner.IsBinary(buf) {
		s.mu.Lock()
		s.skippedBinary(j.path)
		s.mu.Unlock()
		s.toCache(j, true, nil)
		return
	}
	fs, expired := s.opts.Engine.ScanWithExpired(j.path, buf)
	if len(expired) > 0 { // no finding: a note each, listed with --verbose
		s.mu.Lock()
		for _, x := range expired {
			n := x.Notice()
			n.Message += fmt.Sprintf(" (blob %s of commit %s)", j.blob, j.commit.hash)
			s.res.Notices = append(s.res.Notices, n)
		}
		s.mu.Unlock()
	}
	if len(fs) > 0 {
		s.mu.Lock()
		s.hits = append(s.hits, hit{pid: j.pid, blob: j.blob, commit: j.commit, findings: fs})
		s.mu.Unlock()
	}
	s.toCache(j, false, fs)
}
