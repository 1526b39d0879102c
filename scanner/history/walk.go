package history

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/storer"

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
	for len(raw) > 0 {
		sp := bytes.IndexByte(raw, ' ')
		if sp <= 0 {
			return errors.New("malformed tree entry mode")
		}
		var mode uint32
		for _, c := range raw[:sp] {
			if c < '0' || c > '7' {
				return errors.New("malformed tree entry mode")
			}
			mode = mode<<3 | uint32(c-'0')
		}
		raw = raw[sp+1:]
		nul := bytes.IndexByte(raw, 0)
		if nul < 0 || len(raw) < nul+1+20 {
			return errors.New("truncated tree entry")
		}
		var e entry
		e.mode, e.name = mode, raw[:nul]
		copy(e.hash[:], raw[nul+1:nul+21])
		raw = raw[nul+21:]
		f(e)
	}
	return nil
}

// readObject reads a whole object of type t into buf (grown as needed).
func readObject(s storer.EncodedObjectStorer, t plumbing.ObjectType, h plumbing.Hash, buf []byte, max int64) ([]byte, int64, error) {
	o, err := s.EncodedObject(t, h)
	if err != nil {
		return buf, 0, err
	}
	size := o.Size()
	if max > 0 && size > max {
		return buf, size, errTooBig
	}
	r, err := o.Reader()
	if err != nil {
		return buf, size, err
	}
	defer r.Close()
	if int64(cap(buf)) < size {
		buf = make([]byte, size)
	}
	buf = buf[:size]
	if _, err := io.ReadFull(r, buf); err != nil {
		return buf, size, fmt.Errorf("inflate: %w", err)
	}
	return buf, size, nil
}

var errTooBig = errors.New("too big")

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
	path   string
	pid    uint32
	blob   plumbing.Hash
	commit *commitInfo
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
	obj   storer.EncodedObjectStorer
	paths *pathTable

	seenTrees map[dirKey]struct{}
	seenPairs map[pairKey]struct{}
	bufs      [][]byte // per tree depth

	mu           sync.Mutex
	hits         []hit
	firstMissing string
	oversized    map[string]bool

	done         atomic.Int64 // commits walked
	blobs, bytes atomic.Int64
}

func (s *scan) run(ctx context.Context) error {
	s.res.Notices = append(s.res.Notices, s.g.notices...)
	s.res.Errors += s.g.errors
	s.seenTrees = map[dirKey]struct{}{}
	s.seenPairs = map[pairKey]struct{}{}
	s.oversized = map[string]bool{}
	stop := progress(s.opts.Progress, func() string {
		return fmt.Sprintf("vippslint: %d/%d commits, %d blobs, %.0f MB", s.done.Load(), len(s.g.order), s.blobs.Load(), float64(s.bytes.Load())/1e6)
	})
	defer stop()

	jobs := make(chan job, 512)
	var wg sync.WaitGroup
	for range s.opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.worker(ctx, jobs)
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
		if err = s.walkTree(ctx, c, 0, c.tree, parents, 0, jobs); err != nil {
			break
		}
		s.done.Add(1)
	}
	close(jobs)
	wg.Wait()
	if err != nil {
		return err
	}
	s.res.Blobs = int(s.blobs.Load())
	s.res.Bytes = s.bytes.Load()
	return ctx.Err()
}

func (s *scan) objectError(kind string, h plumbing.Hash, p string, c *commitInfo, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
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

func (s *scan) treeBuf(depth int) []byte {
	for len(s.bufs) <= depth {
		s.bufs = append(s.bufs, nil)
	}
	return s.bufs[depth]
}

// parentEntries reads the trees of a commit's parents at one directory.
func (s *scan) parentEntries(parents []plumbing.Hash) []map[string]entry {
	var ms []map[string]entry
	for _, p := range parents {
		raw, _, err := readObject(s.obj, plumbing.TreeObject, p, nil, 0)
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
func (s *scan) walkTree(ctx context.Context, c *commitInfo, dir uint32, h plumbing.Hash, parents []plumbing.Hash, depth int, jobs chan<- job) error {
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
	raw, _, err := readObject(s.obj, plumbing.TreeObject, h, s.treeBuf(depth), 0)
	s.bufs[depth] = raw
	if err != nil {
		s.objectError("tree", h, s.paths.path(dir), c, err)
		return nil
	}
	var pm []map[string]entry
	if len(parents) > 0 {
		pm = s.parentEntries(parents)
	}
	var werr error
	perr := forEntries(raw, func(e entry) {
		if werr != nil {
			return
		}
		switch {
		case e.mode == modeDir:
			var ph []plumbing.Hash
			for _, m := range pm {
				if pe, ok := m[string(e.name)]; ok && pe.mode == modeDir {
					ph = append(ph, pe.hash)
				}
			}
			werr = s.walkTree(ctx, c, s.paths.child(dir, e.name), e.hash, ph, depth+1, jobs)
		case e.mode == modeSymlink || e.mode == modeGitlink || e.mode&0o170000 != 0o100000:
		default:
			for _, m := range pm {
				if pe, ok := m[string(e.name)]; ok && pe.hash == e.hash {
					return
				}
			}
			pid := s.paths.child(dir, e.name)
			pk := pairKey{pid, e.hash}
			if _, ok := s.seenPairs[pk]; ok {
				return
			}
			s.seenPairs[pk] = struct{}{}
			p := s.paths.path(pid)
			if s.opts.Exclude != nil && s.opts.Exclude(p) {
				return
			}
			select {
			case jobs <- job{path: p, pid: pid, blob: e.hash, commit: c}:
			case <-ctx.Done():
				werr = ctx.Err()
			}
		}
	})
	if perr != nil {
		s.objectError("tree", h, s.paths.path(dir), c, perr)
	}
	return werr
}

func (s *scan) worker(ctx context.Context, jobs <-chan job) {
	st, closeSt := s.rp.newReader()
	defer closeSt()
	var buf []byte
	for j := range jobs {
		if ctx.Err() != nil {
			continue
		}
		var size int64
		var err error
		buf, size, err = readObject(st, plumbing.BlobObject, j.blob, buf, s.opts.MaxFileSize)
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
			continue
		case err != nil:
			s.objectError("blob", j.blob, j.path, j.commit, err)
			continue
		}
		s.blobs.Add(1)
		s.bytes.Add(size)
		if scanner.IsBinary(buf) {
			s.mu.Lock()
			s.res.Skipped++
			s.mu.Unlock()
			continue
		}
		if fs := s.opts.Engine.Scan(j.path, buf); len(fs) > 0 {
			s.mu.Lock()
			s.hits = append(s.hits, hit{pid: j.pid, blob: j.blob, commit: j.commit, findings: fs})
			s.mu.Unlock()
		}
	}
}
