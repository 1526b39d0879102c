package history

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/go-git/go-billy/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/format/idxfile"
)

// packLookup finds objects' offsets in one pack.
//
// A version 2 .idx file is memory-mapped and searched where it lies (the
// fan-out table, then a binary search of the sorted names): no copy of the
// index on the heap. go-git's decoded MemoryIndex kept the names as many
// small slices and its FindOffset built a cache as large again (110 MB
// together on moby/moby's 637,000 objects). Other indexes (version 1, or a
// file that cannot be mapped) are decoded with go-git.
type packLookup struct {
	data  []byte // the mapped .idx, nil when mem is used
	n     uint32
	unmap func()
	mem   *idxfile.MemoryIndex
}

var idxMagic = []byte{0xff, 't', 'O', 'c'}

// openPackLookup opens the index at name (slash path under fsys).
func openPackLookup(fsys billy.Filesystem, name string) (*packLookup, error) {
	if root := fsys.Root(); root != "" {
		if data, unmap, ok := mapFile(filepath.Join(root, filepath.FromSlash(name))); ok {
			if l, err := v2Lookup(data); err == nil {
				l.unmap = unmap
				return l, nil
			}
			unmap()
		}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	idx := idxfile.NewMemoryIndex()
	if err := idxfile.NewDecoder(bufio.NewReader(f)).Decode(idx); err != nil {
		return nil, err
	}
	return &packLookup{mem: idx}, nil
}

// v2Lookup checks a mapped version 2 index.
func v2Lookup(data []byte) (*packLookup, error) {
	const hdr = 8 + 256*4
	if len(data) < hdr || !bytes.Equal(data[:4], idxMagic) || binary.BigEndian.Uint32(data[4:8]) != 2 {
		return nil, errors.New("not a version 2 pack index")
	}
	n := binary.BigEndian.Uint32(data[8+255*4:])
	if uint64(len(data)) < hdr+uint64(n)*(20+4+4)+2*20 {
		return nil, fmt.Errorf("pack index truncated: %d objects need more than %d bytes", n, len(data))
	}
	return &packLookup{data: data, n: n}, nil
}

func (l *packLookup) close() {
	if l.unmap != nil {
		l.unmap()
		l.data, l.unmap = nil, nil
	}
}

// find returns the pack offset of h.
func (l *packLookup) find(h plumbing.Hash) (int64, bool) {
	if l.mem != nil {
		off, err := l.mem.FindOffset(h)
		return off, err == nil
	}
	d := l.data
	fan := d[8:]
	lo := uint32(0)
	if h[0] > 0 {
		lo = binary.BigEndian.Uint32(fan[(int(h[0])-1)*4:])
	}
	hi := binary.BigEndian.Uint32(fan[int(h[0])*4:])
	if hi > l.n || lo > hi {
		return 0, false
	}
	names := d[8+256*4:]
	for lo < hi {
		mid := lo + (hi-lo)/2
		switch c := bytes.Compare(names[mid*20:mid*20+20], h[:]); {
		case c == 0:
			return l.offset(mid)
		case c < 0:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return 0, false
}

func (l *packLookup) offset(i uint32) (int64, bool) {
	base := 8 + 256*4 + int(l.n)*(20+4)
	o := binary.BigEndian.Uint32(l.data[base+int(i)*4:])
	if o&0x80000000 == 0 {
		return int64(o), true
	}
	at := base + int(l.n)*4 + int(o&0x7fffffff)*8
	if at+8 > len(l.data) {
		return 0, false
	}
	return int64(binary.BigEndian.Uint64(l.data[at:])), true
}
