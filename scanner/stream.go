package scanner

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/report"
)

// Large files (logs, dumps, bundles) are scanned as a stream so that memory
// stays bounded whatever their size: a first pass reads them in chunks,
// records the file's facts, which blocks hold a prefilter anchor and how
// many lines come before each block; a second pass reads only windows of
// lines around those blocks and scans each window as the file would be
// scanned, with the facts of the whole file and its true line numbers.
const (
	// StreamThreshold is the size over which a file is scanned as a stream.
	StreamThreshold = 4 << 20
	// streamBlock is the unit of the prefilter's hits and of line counts.
	streamBlock = 64 << 10
	// streamChunk is how much the first pass reads at once (1 MiB).
	streamChunk = 16 * streamBlock
	// streamMargin is how many blocks around a hit a window takes in as
	// context (256 KiB on each side).
	streamMargin = 4
	// streamCore is how many blocks one window reports at most (2 MiB):
	// dense hits are scanned in windows of this size, each with the margin
	// on both sides, so a window never grows with the file.
	streamCore = 32
	// anchorOverlap is how many bytes before a block are searched with it,
	// so that a word across a block boundary is found.
	anchorOverlap = 256
)

// streamIndex is what the first pass learns about a file. Blocks are
// ranges of the file's bytes; the text they hold is decoded (UTF-16, a
// UTF-8 BOM) block by block, so a block's text is scanned where it is.
type streamIndex struct {
	size    int64
	enc     textEncoding
	bom     int
	facts   fileFacts
	hot     []bool // per block: the prefilter found an anchor in it
	lines   []int  // per block: newlines before its first byte
	lineCol []int  // per block: bytes (UTF-16 code units in UTF-16) of its line before it
	binary  bool   // a NUL byte in the first BinarySniff bytes, not UTF-16's
	over    bool   // more than the size limit
}

// streamText decodes a file's blocks to UTF-8, one after another.
type streamText struct {
	dec     transform.Transformer // nil: the bytes are UTF-8
	pending []byte                // bytes the decoder wants more input for (half a surrogate pair)
}

// appendBlock appends the text of the file's bytes src (the next block) to
// text; atEOF says src ends the file.
func (st *streamText) appendBlock(text, src []byte, atEOF bool) []byte {
	if st.dec == nil {
		return append(text, src...)
	}
	if len(st.pending) > 0 {
		src = append(st.pending, src...)
		st.pending = nil
	}
	for {
		// A UTF-16 code unit is two bytes and at most three in UTF-8.
		text = slices.Grow(text, 3*len(src)/2+utf8.UTFMax)
		nDst, nSrc, err := st.dec.Transform(text[len(text):cap(text)], src, atEOF)
		text, src = text[:len(text)+nDst], src[nSrc:]
		if errors.Is(err, transform.ErrShortDst) {
			continue
		}
		st.pending = append(st.pending[:0], src...)
		return text
	}
}

// width is how many columns of the file text takes: bytes, or UTF-16 code
// units in a UTF-16 file.
func (x *streamIndex) width(text []byte) int {
	if x.enc == encUTF16LE || x.enc == encUTF16BE {
		return utf16Len(text)
	}
	return len(text)
}

// indexStream is the first pass over r: at most limit+1 bytes are read
// (no cap when limit <= 0).
func (e *Engine) indexStream(r io.ReaderAt, limit int64) (*streamIndex, error) {
	x := &streamIndex{}
	raw := make([]byte, streamChunk)
	var st streamText
	var text, lower []byte // anchorOverlap bytes of the previous chunk's text, then this chunk's
	starts := make([]int, 0, streamChunk/streamBlock+1)
	lines, col := 0, 0
	for {
		n, err := r.ReadAt(raw, x.size)
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		last := n < streamChunk || errors.Is(err, io.EOF)
		chunk := raw[:n]
		if x.size == 0 {
			if IsBinary(chunk) { // NULs, and not UTF-16's
				x.binary = true
				return x, nil
			}
			x.enc, x.bom = detectEncoding(chunk)
			st.dec = x.enc.decoder()
		}
		starts = starts[:0]
		carry := len(text)
		for bs := 0; bs < len(chunk); bs += streamBlock {
			be := min(bs+streamBlock, len(chunk))
			src := chunk[bs:be]
			if x.size == 0 && bs == 0 {
				src = src[x.bom:] // the block keeps its place in the file
			}
			starts = append(starts, len(text))
			text = st.appendBlock(text, src, last && be == len(chunk))
		}
		starts = append(starts, len(text))
		if x.size == 0 {
			x.facts.clientDirective = rules.ClientDirective(text[:min(len(text), headBytes)])
		}
		lower = lowerASCII(lower, text)
		x.facts.add(lower)
		for k := 0; k+1 < len(starts); k++ {
			bs, be := starts[k], starts[k+1]
			x.hot = append(x.hot, e.prefilter(lower[max(0, bs-anchorOverlap):be]))
			x.lines = append(x.lines, lines)
			x.lineCol = append(x.lineCol, col)
			blk := text[bs:be]
			lines += bytes.Count(blk, []byte{'\n'})
			if i := bytes.LastIndexByte(blk, '\n'); i >= 0 {
				col = x.width(blk[i+1:])
			} else {
				col += x.width(blk)
			}
		}
		x.size += int64(n)
		if limit > 0 && x.size > limit {
			x.over = true
			return x, nil
		}
		if last {
			return x, nil
		}
		keep := min(anchorOverlap, len(text)-carry)
		text = text[:copy(text, text[len(text)-keep:])]
	}
}

// window is a range of blocks read as one piece, of which the core blocks
// are reported (the rest is context shared with the next window).
type window struct{ lo, hi, coreLo, coreHi int }

// windows plans the second pass: the blocks around each hot block, merged,
// cut into pieces of at most streamCore reported blocks.
func (x *streamIndex) windows() []window {
	n := len(x.hot)
	var spans [][2]int
	for b, h := range x.hot {
		if !h {
			continue
		}
		lo, hi := max(0, b-streamMargin), min(n, b+streamMargin+1)
		if k := len(spans) - 1; k >= 0 && lo <= spans[k][1] {
			spans[k][1] = hi
			continue
		}
		spans = append(spans, [2]int{lo, hi})
	}
	var ws []window
	for _, s := range spans {
		for c := s[0]; c < s[1]; c += streamCore {
			ce := min(c+streamCore, s[1])
			ws = append(ws, window{lo: max(s[0], c-streamMargin), hi: min(s[1], ce+streamMargin), coreLo: c, coreHi: ce})
		}
	}
	return ws
}

// scanStream scans the file r of the indexed size window by window; it
// returns the findings and the expired tokens not reported.
func (e *Engine) scanStream(p string, r io.ReaderAt, x *streamIndex) ([]report.Finding, []Expired, error) {
	var out []report.Finding
	var expired []Expired
	var buf, text []byte
	at := make([]int, 0, streamCore+2*streamMargin+1)
	for _, w := range x.windows() {
		start, end := int64(w.lo)*streamBlock, min(int64(w.hi)*streamBlock, x.size)
		if cap(buf) < int(end-start) {
			buf = make([]byte, end-start)
		}
		buf = buf[:end-start]
		n, err := r.ReadAt(buf, start)
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, nil, err
		}
		// The window's text, and where each of its blocks starts in it.
		st := streamText{dec: x.enc.decoder()}
		text, at = text[:0], at[:0]
		for bs := 0; bs < n; bs += streamBlock {
			src := buf[bs:min(bs+streamBlock, n)]
			if start+int64(bs) == 0 {
				src = src[x.bom:]
			}
			at = append(at, len(text))
			text = st.appendBlock(text, src, start+int64(bs+len(src)) >= x.size)
		}
		at = append(at, len(text))
		content := text
		base := 0             // offset of content[0] in text
		line := x.lines[w.lo] // 0-based line of content[0]
		colShift := 0         // content starts inside a line too long to align
		if start > 0 {
			if i := bytes.IndexByte(text[:at[1]], '\n'); i >= 0 {
				content, line, base = text[i+1:], line+1, i+1
			} else {
				colShift = x.lineCol[w.lo]
			}
		}
		if end < x.size {
			tail := max(0, at[len(at)-2]-base) // the window's last block
			if i := bytes.LastIndexByte(content[tail:], '\n'); i >= 0 {
				content = content[:tail+i+1]
			}
		}
		// Each finding is reported by the window whose core holds its
		// first byte: windows of a dense region overlap by their margins.
		coreLo, coreHi := at[w.coreLo-w.lo], at[w.coreHi-w.lo]
		var li *lineIndex
		inCore := func(l report.Location) bool {
			if w.lo == w.coreLo && w.hi == w.coreHi {
				return true
			}
			if li == nil {
				li = newLineIndex(content)
			}
			off := base + li.starts[min(l.Line-1, li.count()-1)] + l.Col - 1
			return off >= coreLo && off < coreHi
		}
		fs, exp := e.scan(p, content, &x.facts)
		for _, f := range fs {
			if !inCore(f.Location) {
				continue
			}
			f.Location = shiftLocation(f.Location, line, colShift)
			originalColumn(&f.Location, x.enc, x.bom)
			for i := range f.Related {
				f.Related[i].Location = shiftLocation(f.Related[i].Location, line, colShift)
				originalColumn(&f.Related[i].Location, x.enc, x.bom)
			}
			out = append(out, f)
		}
		for _, t := range exp {
			if inCore(t.Location) {
				t.Location = shiftLocation(t.Location, line, colShift)
				originalColumn(&t.Location, x.enc, x.bom)
				expired = append(expired, t)
			}
		}
	}
	return out, expired, nil
}

// shiftLocation moves a location found in a window to the file's lines;
// colShift is added to columns on the window's first line.
func shiftLocation(l report.Location, line, colShift int) report.Location {
	if l.Line == 1 && colShift > 0 {
		l.Col += colShift
		l.ColUTF16 += colShift // exact for ASCII, the common case of long lines
		if l.EndLine <= 1 {
			l.EndCol += colShift
			l.EndColUTF16 += colShift
		}
	}
	l.Line += line
	if l.EndLine > 0 {
		l.EndLine += line
	}
	return l
}
