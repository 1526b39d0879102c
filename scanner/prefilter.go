package scanner

import (
	"bytes"
	"encoding/binary"
)

// The prefilter decides, in one pass over a file's raw bytes, whether it
// holds a rules.Anchors word; nearly every file of a history holds none,
// so this pass is most of what such a file costs.
//
// Each anchor word is found by one of its 4-byte slices (its gram), which
// every occurrence of the word holds at the same offset. The pass reads
// the 4 bytes at every offset, folds ASCII case by setting bit 5 of each
// byte (gramFold; the grams are folded the same way), and looks the result
// up in a 65,536-bit set of the grams' hashes: a hit is a gram or, about once
// in 10,000 offsets, a collision, and only then is the word and its
// Before/After context checked, on lowercased copies of a few bytes. One
// table lookup per byte replaced six bytes.Index passes over a lowercased
// copy of the file, which stopped at every byte that began a needle: 2.5x
// faster on moby/moby's tree (BenchmarkPrefilter), and the copy is now made
// only for the few files that pass.

// gramBits is log2 of the size of the gram hash set in bits.
const gramBits = 16

// gramFold sets bit 5 of each of four bytes: 'A' and 'a' become one, as
// do a few other pairs ('_' and DEL, '-' and CR), which only adds
// candidates; matchAt checks each candidate exactly.
const gramFold = 0x20202020

// gramFilter is the compiled prefilter.
type gramFilter struct {
	set   [1 << gramBits / 64]uint64
	grams []gram
	// short holds anchors with words under 4 bytes, searched with
	// bytes.Index on lowercased content (none today).
	short []anchor
}

// gram is one anchor's 4-byte slice: v is its bytes as a little-endian
// word, off where it starts in the anchor's word.
type gram struct {
	v   uint32
	off int
	a   anchor
}

func gramHash(v uint32) uint32 { return (v * 0x9e3779b1) >> (32 - gramBits) }

// newGramFilter compiles anchors. Each gram is taken at the anchor's
// needle (chosen to be rare), moved left when the needle is shorter than
// four bytes.
func newGramFilter(anchors []anchor) *gramFilter {
	f := &gramFilter{}
	for _, a := range anchors {
		if len(a.word) < 4 {
			f.short = append(f.short, a)
			continue
		}
		off := min(a.at, len(a.word)-4)
		v := binary.LittleEndian.Uint32(a.word[off:]) | gramFold
		f.grams = append(f.grams, gram{v: v, off: off, a: a})
		h := gramHash(v)
		f.set[h/64] |= 1 << (h % 64)
	}
	return f
}

// match reports whether content (any case) holds an anchor. It takes
// eight offsets a step, from two overlapping 8-byte loads, and branches
// only when one of the eight is in the set.
func (f *gramFilter) match(content []byte) bool {
	const fold = gramFold<<32 | gramFold
	set := &f.set
	n := len(content)
	i := 0
	for ; i+12 <= n; i += 8 {
		x := binary.LittleEndian.Uint64(content[i:]) | fold
		y := binary.LittleEndian.Uint64(content[i+4:]) | fold
		h0 := gramHash(uint32(x))
		h1 := gramHash(uint32(x >> 8))
		h2 := gramHash(uint32(x >> 16))
		h3 := gramHash(uint32(x >> 24))
		h4 := gramHash(uint32(y))
		h5 := gramHash(uint32(y >> 8))
		h6 := gramHash(uint32(y >> 16))
		h7 := gramHash(uint32(y >> 24))
		hit := set[h0/64]>>(h0%64) | set[h1/64]>>(h1%64) | set[h2/64]>>(h2%64) | set[h3/64]>>(h3%64) |
			set[h4/64]>>(h4%64) | set[h5/64]>>(h5%64) | set[h6/64]>>(h6%64) | set[h7/64]>>(h7%64)
		if hit&1 != 0 && f.matchFrom(content, i, i+8) {
			return true
		}
	}
	if f.matchFrom(content, i, n) {
		return true
	}
	if len(f.short) > 0 {
		lower := lowerASCII(nil, content)
		for _, a := range f.short {
			for off := 0; ; {
				j := bytes.Index(lower[off:], a.word)
				if j < 0 {
					break
				}
				if a.matchAt(content, off+j) {
					return true
				}
				off += j + 1
			}
		}
	}
	return false
}

// matchFrom checks the grams that start at offsets from to to-1.
func (f *gramFilter) matchFrom(content []byte, from, to int) bool {
	for i := from; i < to && i+4 <= len(content); i++ {
		v := binary.LittleEndian.Uint32(content[i:]) | gramFold
		for _, g := range f.grams {
			if g.v == v && g.a.matchAt(content, i-g.off) {
				return true
			}
		}
	}
	return false
}

// contextBytes is how far before and after a word its Before and After
// words are looked for.
const contextBytes = 8

// matchAt reports whether content holds the anchor's word at i (in any
// case), with one of its Before words right before it or one of its After
// words right after it when it has them.
func (a anchor) matchAt(content []byte, i int) bool {
	end := i + len(a.word)
	if i < 0 || end > len(content) {
		return false
	}
	var buf [64]byte // lowerASCII grows past it for a longer word
	if !bytes.Equal(lowerASCII(buf[:0], content[i:end]), a.word) {
		return false
	}
	if a.before == nil && a.after == nil {
		return true
	}
	if len(a.before) > 0 && near(lowerASCII(buf[:0], content[max(0, i-contextBytes):i]), a.before, true) {
		return true
	}
	return len(a.after) > 0 && near(lowerASCII(buf[:0], content[end:min(len(content), end+contextBytes)]), a.after, false)
}
