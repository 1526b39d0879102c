package history

import (
	"bufio"
	"bytes"
	"container/list"
	"errors"
	"fmt"
	"github.com/klauspost/compress/flate"
	"io"
	"path"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/go-git/go-billy/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/storer"
)

// Reading objects from packfiles.
//
// go-git's object storage hashes every object it puts in its delta-base
// cache (SHA-1 with collision detection) and reads packs through small
// reads; that doubled the cost of reading a history. objReader reads packed
// objects itself with go-git's index decoder and delta patcher: one ReadAt
// for the header, zlib for the data, and a delta-base cache keyed by pack
// offset. Loose objects, alternates and in-memory repositories go through
// go-git's storage.

// packIndex are a repository's pack indexes, decoded once and shared by
// every reader (lookups do not modify them).
type packIndex struct {
	fsys  billy.Filesystem
	packs []packInfo
	// alternates is true when objects/info/alternates names other object
	// stores: only then may an object be in neither the packs nor a loose
	// file of this repository.
	alternates bool
}

type packInfo struct {
	path string
	idx  *packLookup
	// data is the pack mapped into memory, nil when it could not be.
	data  []byte
	unmap func()
	// touch tracks which windows of data were read since its pages were
	// last dropped from the resident set.
	touch *touchSet
}

// A mapped pack's pages count as the process's memory once read, up to the
// whole pack (333 MB on moby/moby), though the page cache holds them
// anyway. Reads are tracked in windows of the kernel's fault-around size
// (a read fault maps the whole aligned 64 KiB around it), and the pack's
// pages are dropped when the windows read since the last drop exceed
// mappedBudget: that bounds the resident share of the pack, where
// dropping after every 16 MB inflated (the first policy) dropped pages
// still in use about 40 times a run and cost several percent of a
// history scan in faults and in madvise.
const (
	touchWindowShift = 16
	mappedBudget     = 64 << 20
)

// touchSet is a bitset of a mapped pack's windows, safe for concurrent
// use; a drop racing with a read can forget that read's windows, which
// only delays the next drop.
type touchSet struct {
	bits   []atomic.Uint64
	count  atomic.Int64 // windows set
	budget int64        // windows allowed before a drop
	drop   func()       // drops the pages
}

// newTouchSet tracks a mapping of size bytes, calling drop when more than
// budget bytes of windows were read since the last drop.
func newTouchSet(size, budget int64, drop func()) *touchSet {
	windows := size>>touchWindowShift + 1
	return &touchSet{bits: make([]atomic.Uint64, (windows+63)/64), budget: budget >> touchWindowShift, drop: drop}
}

// readFrom records that bytes [off, end) of mapped pack i were read.
func (pi *packIndex) readFrom(i int, off, end int64) {
	if t := pi.packs[i].touch; t != nil {
		t.read(off, end)
	}
}

// read records that bytes [off, end) were read, and drops the pages when
// the windows read since the last drop exceed the budget.
func (t *touchSet) read(off, end int64) {
	if end <= off {
		return
	}
	added := int64(0)
	for w := off >> touchWindowShift; w <= (end-1)>>touchWindowShift; w++ {
		bit := uint64(1) << (w % 64)
		if t.bits[w/64].Load()&bit == 0 && t.bits[w/64].Or(bit)&bit == 0 {
			added++
		}
	}
	if added == 0 {
		return
	}
	if n := t.count.Add(added); n > t.budget && t.count.CompareAndSwap(n, 0) {
		for k := range t.bits {
			t.bits[k].Store(0)
		}
		t.drop()
	}
}

// close unmaps the packs.
func (pi *packIndex) close() {
	if pi == nil {
		return
	}
	for i := range pi.packs {
		pi.packs[i].idx.close()
		if pi.packs[i].unmap != nil {
			pi.packs[i].unmap()
			pi.packs[i].data, pi.packs[i].unmap = nil, nil
		}
	}
}

// loadPackIndex decodes objects/pack/*.idx under a .git filesystem.
func loadPackIndex(fsys billy.Filesystem) (*packIndex, error) {
	pi := &packIndex{fsys: fsys}
	if _, err := fsys.Stat(path.Join("objects", "info", "alternates")); err == nil {
		pi.alternates = true
	}
	dir := path.Join("objects", "pack")
	infos, err := fsys.ReadDir(dir)
	if err != nil {
		if errors.Is(err, io.EOF) || isNotExist(err) {
			return pi, nil
		}
		return nil, fmt.Errorf("list packs: %w", err)
	}
	for _, fi := range infos {
		name := fi.Name()
		if !strings.HasSuffix(name, ".idx") {
			continue
		}
		packPath := path.Join(dir, strings.TrimSuffix(name, ".idx")+".pack")
		if _, err := fsys.Stat(packPath); err != nil {
			continue
		}
		idx, err := openPackLookup(fsys, path.Join(dir, name))
		if err != nil {
			pi.close()
			return nil, fmt.Errorf("read pack index %s: %w", name, err)
		}
		info := packInfo{path: packPath, idx: idx}
		if root := fsys.Root(); root != "" {
			info.data, info.unmap, _ = mapFile(filepath.Join(root, filepath.FromSlash(packPath)))
			if data := info.data; data != nil {
				info.touch = newTouchSet(int64(len(data)), mappedBudget, func() { dropPages(data) })
			}
		}
		pi.packs = append(pi.packs, info)
	}
	return pi, nil
}

func isNotExist(err error) bool {
	return err != nil && (strings.Contains(err.Error(), "no such file") || strings.Contains(err.Error(), "not exist"))
}

// objReader reads objects for one goroutine.
type objReader struct {
	pi       *packIndex
	files    []billy.File
	fallback storer.EncodedObjectStorer
	cache    *baseCache
	br       *bufio.Reader
	mr       bytes.Reader
	zr       io.ReadCloser
	hdr      [64]byte
	closers  []func()
	// free holds buffers no longer used, for the next objects: the
	// inflated delta instructions once applied, and (when recycle is set)
	// objects evicted from the cache.
	free freeList
	// recycle is set for a reader whose callers keep no object past their
	// next read (blob workers): the walker keeps trees.
	recycle bool
}

// freeListBytes bounds the bytes of one reader's free buffers.
const freeListBytes = 4 << 20

// freeList is a small set of reusable buffers: most objects of a history
// are read once and dropped, and allocating each anew made the garbage
// collector the memory's main user (5 GB allocated for moby/moby's blobs).
type freeList struct {
	bufs  [][]byte
	bytes int
}

// get returns a buffer of length n, reused when one of a close size is
// free. Its content is undefined.
func (f *freeList) get(n int) []byte {
	for i, b := range f.bufs {
		if c := cap(b); c >= n && c <= 2*n+4096 {
			last := len(f.bufs) - 1
			f.bufs[i], f.bufs[last] = f.bufs[last], nil
			f.bufs = f.bufs[:last]
			f.bytes -= c
			return b[:n]
		}
	}
	return make([]byte, n)
}

// put offers b for reuse; the caller must hold no other reference to it.
func (f *freeList) put(b []byte) {
	const maxBufs = 64
	if cap(b) == 0 || f.bytes+cap(b) > freeListBytes || len(f.bufs) >= maxBufs {
		return
	}
	f.bufs = append(f.bufs, b)
	f.bytes += cap(b)
}

func newObjReader(pi *packIndex, fallback storer.EncodedObjectStorer, cacheBytes int) *objReader {
	r := &objReader{pi: pi, fallback: fallback, br: bufio.NewReaderSize(nil, 16<<10)}
	r.cache = newBaseCache(cacheBytes, func(b []byte) {
		if r.recycle {
			r.free.put(b)
		}
	})
	if pi != nil {
		r.files = make([]billy.File, len(pi.packs))
	}
	return r
}

func (r *objReader) close() {
	for _, c := range r.closers {
		c()
	}
	for _, f := range r.files {
		if f != nil {
			f.Close()
		}
	}
}

// EncodedObject makes objReader an EncodedObjectStorer for go-git's decoders
// (commits, tags).
func (r *objReader) encodedObject(t plumbing.ObjectType, h plumbing.Hash) (plumbing.EncodedObject, error) {
	b, _, typ, err := r.read(h, 0)
	if err != nil {
		return nil, err
	}
	if t != plumbing.AnyObject && typ != t {
		return nil, plumbing.ErrObjectNotFound
	}
	o := &plumbing.MemoryObject{}
	o.SetType(typ)
	o.Write(b)
	return o, nil
}

// read returns an object's content (which the caller must not modify), its
// size and type. With max > 0, an object larger than max is not inflated:
// errTooBig and its size are returned.
func (r *objReader) read(h plumbing.Hash, max int64) ([]byte, int64, plumbing.ObjectType, error) {
	if r.pi != nil {
		for i := range r.pi.packs {
			off, ok := r.pi.packs[i].idx.find(h)
			if !ok {
				continue
			}
			b, typ, err := r.at(i, off, max)
			if err != nil && !errors.Is(err, errTooBig) {
				err = fmt.Errorf("%s at offset %d: %w", path.Base(r.pi.packs[i].path), off, err)
			}
			return b, int64(len(b)), typ, err
		}
	}
	if r.fallback == nil {
		return nil, 0, plumbing.InvalidObject, plumbing.ErrObjectNotFound
	}
	if r.pi != nil && !r.pi.alternates {
		// Not in a pack: a loose object or none. Asking go-git would make
		// it decode every pack index again, in every reader.
		hex := h.String()
		if _, err := r.pi.fsys.Stat(path.Join("objects", hex[:2], hex[2:])); err != nil {
			return nil, 0, plumbing.InvalidObject, plumbing.ErrObjectNotFound
		}
	}
	o, err := r.fallback.EncodedObject(plumbing.AnyObject, h)
	if err != nil {
		return nil, 0, plumbing.InvalidObject, err
	}
	if max > 0 && o.Size() > max {
		return nil, o.Size(), o.Type(), errTooBig
	}
	rc, err := o.Reader()
	if err != nil {
		return nil, 0, o.Type(), err
	}
	defer rc.Close()
	b := make([]byte, o.Size())
	if _, err := io.ReadFull(rc, b); err != nil {
		return nil, 0, o.Type(), fmt.Errorf("inflate: %w", err)
	}
	return b, o.Size(), o.Type(), nil
}

// readable reports whether object h can be read now (an object too big to
// inflate here exists, so it counts).
func (r *objReader) readable(h plumbing.Hash) bool {
	_, _, _, err := r.read(h, 1)
	return err == nil || errors.Is(err, errTooBig)
}

func (r *objReader) file(i int) (billy.File, error) {
	if r.files[i] == nil {
		f, err := r.pi.fsys.Open(r.pi.packs[i].path)
		if err != nil {
			return nil, err
		}
		r.files[i] = f
	}
	return r.files[i], nil
}

// readType is read for an object that must be of type t.
func (r *objReader) readType(t plumbing.ObjectType, h plumbing.Hash, max int64) ([]byte, int64, error) {
	b, size, typ, err := r.read(h, max)
	if err != nil {
		return b, size, err
	}
	if typ != t {
		return nil, size, fmt.Errorf("object is a %s, not a %s", typ, t)
	}
	return b, size, nil
}

// maxDeltaDepth bounds delta chains (git's default is 50, its hard limit
// 4095).
const maxDeltaDepth = 10000

// at reads the object at offset off of pack i, resolving deltas.
func (r *objReader) at(i int, off int64, max int64) ([]byte, plumbing.ObjectType, error) {
	return r.atDepth(i, off, max, 0)
}

func (r *objReader) atDepth(i int, off int64, max int64, depth int) ([]byte, plumbing.ObjectType, error) {
	if depth > maxDeltaDepth {
		return nil, plumbing.InvalidObject, errors.New("delta chain too deep")
	}
	k := cacheKey{i, off}
	if b, typ, ok := r.cache.get(k); ok {
		if max > 0 && int64(len(b)) > max {
			return nil, typ, errTooBig
		}
		return b, typ, nil
	}
	var hdr []byte
	var f billy.File
	mapped := r.pi.packs[i].data
	if mapped != nil {
		if off < 0 || off >= int64(len(mapped)) {
			return nil, plumbing.InvalidObject, errors.New("object offset outside the pack")
		}
		hdr = mapped[off:min(off+int64(len(r.hdr)), int64(len(mapped)))]
	} else {
		var err error
		if f, err = r.file(i); err != nil {
			return nil, plumbing.InvalidObject, err
		}
		n, err := f.ReadAt(r.hdr[:], off)
		if n == 0 {
			return nil, plumbing.InvalidObject, fmt.Errorf("read object header: %w", err)
		}
		hdr = r.hdr[:n]
	}
	h, err := parseHeader(hdr, off)
	if err != nil {
		return nil, plumbing.InvalidObject, err
	}
	typ, size, p, baseOff, baseHash := h.typ, h.size, h.data, h.baseOff, h.baseHash
	if typ != plumbing.OFSDeltaObject && typ != plumbing.REFDeltaObject && max > 0 && size > max {
		return nil, typ, errTooBig
	}
	if size < 0 || size > 1<<34 {
		return nil, plumbing.InvalidObject, errors.New("bad object size")
	}
	var src flate.Reader
	if mapped != nil {
		r.mr.Reset(mapped[off+int64(p):])
		src = &r.mr
	} else {
		r.br.Reset(io.NewSectionReader(f, off+int64(p), 1<<62))
		src = r.br
	}
	data, err := r.inflate(src, size)
	if mapped != nil {
		// From the header to the last compressed byte the inflater read.
		r.pi.readFrom(i, off, int64(len(mapped)-r.mr.Len()))
	}
	if err != nil {
		return nil, plumbing.InvalidObject, err
	}
	if typ == plumbing.OFSDeltaObject || typ == plumbing.REFDeltaObject {
		if max > 0 {
			if target, ok := deltaTargetSize(data); ok && target > max {
				return nil, plumbing.BlobObject, errTooBig
			}
		}
		var base []byte
		var btyp plumbing.ObjectType
		if typ == plumbing.OFSDeltaObject {
			base, btyp, err = r.atDepth(i, baseOff, 0, depth+1)
		} else {
			base, _, btyp, err = r.read(baseHash, 0)
		}
		if err != nil {
			return nil, plumbing.InvalidObject, fmt.Errorf("delta base: %w", err)
		}
		delta := data
		data, err = patchDeltaInto(base, delta, func(n int) []byte { return r.free.get(n)[:0] })
		r.free.put(delta)
		if err != nil {
			return nil, plumbing.InvalidObject, fmt.Errorf("apply delta: %w", err)
		}
		typ = btyp
	}
	r.cache.put(k, data, typ)
	return data, typ, nil
}

// objHeader is a packed object's header.
type objHeader struct {
	typ  plumbing.ObjectType
	size int64 // inflated size (of the delta, for a delta)
	data int   // where the zlib data starts, from the object's offset
	// baseOff is an offset delta's base (-1 otherwise), baseHash a ref
	// delta's.
	baseOff  int64
	baseHash plumbing.Hash
}

// parseHeader reads the header of the object at offset off from hdr (its
// first bytes).
func parseHeader(hdr []byte, off int64) (objHeader, error) {
	h := objHeader{baseOff: -1}
	if len(hdr) == 0 {
		return h, errors.New("bad object header")
	}
	c := hdr[0]
	h.typ = plumbing.ObjectType((c >> 4) & 7)
	h.size = int64(c & 15)
	shift := 4
	p := 1
	for c&0x80 != 0 {
		if p >= len(hdr) || shift > 56 {
			return h, errors.New("bad object header")
		}
		c = hdr[p]
		p++
		h.size |= int64(c&0x7f) << shift
		shift += 7
	}
	switch h.typ {
	case plumbing.OFSDeltaObject:
		if p >= len(hdr) {
			return h, errors.New("bad delta header")
		}
		c = hdr[p]
		p++
		neg := int64(c & 0x7f)
		for c&0x80 != 0 {
			if p >= len(hdr) || neg > 1<<55 {
				return h, errors.New("bad delta offset")
			}
			c = hdr[p]
			p++
			neg = (neg+1)<<7 | int64(c&0x7f)
		}
		h.baseOff = off - neg
		if h.baseOff < 0 || h.baseOff >= off {
			return h, errors.New("bad delta offset")
		}
	case plumbing.REFDeltaObject:
		if p+20 > len(hdr) {
			return h, errors.New("bad delta header")
		}
		copy(h.baseHash[:], hdr[p:p+20])
		p += 20
	case plumbing.CommitObject, plumbing.TreeObject, plumbing.BlobObject, plumbing.TagObject:
	default:
		return h, fmt.Errorf("bad object type %d", h.typ)
	}
	h.data = p
	return h, nil
}

// chainRoots finds the roots of blobs' offset-delta chains (in mapped
// packs), remembering the root of every object it passed, so that each
// object's header is read once however many blobs share its chain: walking
// each blob's chain again cost as much as the walk over the trees.
type chainRoots struct {
	r *objReader
	// roots maps a pack and offset (packOff) to its chain's root.
	roots map[uint64]uint64
	trail []uint64
}

func packOff(pack int, off int64) uint64 { return uint64(pack)<<48 ^ uint64(off) }

// root names the object at the root of h's delta chain: objects that
// share a root share delta bases, so reading them in one reader lets its
// cache serve the bases. ok is false when h is not in a mapped pack or a
// header is bad.
func (c *chainRoots) root(h plumbing.Hash) (root uint64, ok bool) {
	r := c.r
	if r.pi == nil {
		return 0, false
	}
	for i := range r.pi.packs {
		off, found := r.pi.packs[i].idx.find(h)
		if !found {
			continue
		}
		mapped := r.pi.packs[i].data
		if mapped == nil {
			return 0, false
		}
		if c.roots == nil {
			c.roots = map[uint64]uint64{}
		}
		c.trail = c.trail[:0]
		root, known := uint64(0), false
		for range maxChainWalk {
			k := packOff(i, off)
			if root, known = c.roots[k]; known {
				break
			}
			c.trail = append(c.trail, k)
			if off < 0 || off >= int64(len(mapped)) {
				return 0, false
			}
			end := min(off+int64(len(r.hdr)), int64(len(mapped)))
			hd, err := parseHeader(mapped[off:end], off)
			r.pi.readFrom(i, off, end)
			if err != nil {
				return 0, false
			}
			if hd.typ != plumbing.OFSDeltaObject {
				break
			}
			off = hd.baseOff
		}
		if !known {
			root = packOff(i, off)
		}
		for _, k := range c.trail {
			c.roots[k] = root
		}
		return root, true
	}
	return 0, false
}

// maxChainWalk bounds the steps chainRoot takes (git's default depth is 50):
// a longer chain is named by the object it stopped at.
const maxChainWalk = 64

// inflate reads size bytes of zlib data from src (a byte reader, so
// that the decompressor reads no further than it needs). The zlib header
// is checked and the deflate stream read raw: the Adler-32 trailer is not
// verified (a tenth of the decompression time), as a damaged stream still
// fails to decode or to fill size bytes, and patched deltas check their
// sizes.
func (r *objReader) inflate(src flate.Reader, size int64) ([]byte, error) {
	cmf, err := src.ReadByte()
	if err != nil {
		return nil, fmt.Errorf("inflate: %w", err)
	}
	flg, err := src.ReadByte()
	if err != nil {
		return nil, fmt.Errorf("inflate: %w", err)
	}
	if cmf&0x0f != 8 || (uint16(cmf)<<8|uint16(flg))%31 != 0 || flg&0x20 != 0 {
		return nil, errors.New("inflate: bad zlib header")
	}
	if r.zr == nil {
		r.zr = flate.NewReader(src)
	} else if err := r.zr.(flate.Resetter).Reset(src, nil); err != nil {
		return nil, fmt.Errorf("inflate: %w", err)
	}
	data := r.free.get(int(size))
	if _, err := io.ReadFull(r.zr, data); err != nil {
		return nil, fmt.Errorf("inflate: %w", err)
	}
	return data, nil
}

// deltaTargetSize reads the result size from a delta's header.
func deltaTargetSize(d []byte) (int64, bool) {
	skip := func() bool {
		for len(d) > 0 {
			c := d[0]
			d = d[1:]
			if c&0x80 == 0 {
				return true
			}
		}
		return false
	}
	if !skip() {
		return 0, false
	}
	var n int64
	for shift := 0; len(d) > 0 && shift < 63; shift += 7 {
		c := d[0]
		d = d[1:]
		n |= int64(c&0x7f) << shift
		if c&0x80 == 0 {
			return n, true
		}
	}
	return 0, false
}

type cacheKey struct {
	pack int
	off  int64
}

type cacheVal struct {
	k   cacheKey
	b   []byte
	typ plumbing.ObjectType
}

// baseCache is an LRU of inflated objects by pack offset, bounded in bytes.
type baseCache struct {
	max, size int
	ll        *list.List
	m         map[cacheKey]*list.Element
	// evicted receives each object dropped from the cache.
	evicted func([]byte)
}

func newBaseCache(max int, evicted func([]byte)) *baseCache {
	return &baseCache{max: max, ll: list.New(), m: map[cacheKey]*list.Element{}, evicted: evicted}
}

func (c *baseCache) get(k cacheKey) ([]byte, plumbing.ObjectType, bool) {
	e, ok := c.m[k]
	if !ok {
		return nil, 0, false
	}
	c.ll.MoveToFront(e)
	v := e.Value.(*cacheVal)
	return v.b, v.typ, true
}

func (c *baseCache) put(k cacheKey, b []byte, typ plumbing.ObjectType) {
	if len(b) > c.max/4 {
		return
	}
	if _, ok := c.m[k]; ok {
		return
	}
	c.m[k] = c.ll.PushFront(&cacheVal{k, b, typ})
	c.size += len(b)
	for c.size > c.max {
		e := c.ll.Back()
		v := e.Value.(*cacheVal)
		c.ll.Remove(e)
		delete(c.m, v.k)
		c.size -= len(v.b)
		c.evicted(v.b)
	}
}

// storerAdapter lets go-git's decoders read through an objReader.
type storerAdapter struct {
	storer.EncodedObjectStorer
	r *objReader
}

func (a storerAdapter) EncodedObject(t plumbing.ObjectType, h plumbing.Hash) (plumbing.EncodedObject, error) {
	return a.r.encodedObject(t, h)
}
