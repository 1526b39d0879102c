package scanner

import (
	"bytes"
	"errors"
	"io"

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

// streamIndex is what the first pass learns about a file.
type streamIndex struct {
	size   int64
	facts  fileFacts
	hot    []bool  // per block: the prefilter found an anchor in it
	lines  []int   // per block: newlines before its first byte
	lastNL []int64 // per block: offset of the last newline before it, or -1
	binary bool    // a NUL byte in the first BinarySniff bytes
	over   bool    // more than the size limit
}

// indexStream is the first pass over r: at most limit+1 bytes are read
// (no cap when limit <= 0).
func (e *Engine) indexStream(r io.ReaderAt, limit int64) (*streamIndex, error) {
	x := &streamIndex{}
	raw := make([]byte, anchorOverlap+streamChunk)
	var lower []byte
	carry, lines, lastNL := 0, 0, int64(-1)
	for {
		n, err := r.ReadAt(raw[carry:carry+streamChunk], x.size)
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		if x.size == 0 {
			if IsBinary(raw[:n]) || isUTF16Text(raw[:n]) { // UTF-16 is decoded only whole, under the stream size
				x.binary = true
				return x, nil
			}
			x.facts.clientDirective = rules.ClientDirective(raw[:min(n, headBytes)])
		}
		lower = lowerASCII(lower, raw[:carry+n])
		x.facts.add(lower)
		for bs := carry; bs < carry+n; bs += streamBlock {
			be := min(bs+streamBlock, carry+n)
			x.hot = append(x.hot, e.prefilter(lower[max(0, bs-anchorOverlap):be]))
			x.lines = append(x.lines, lines)
			x.lastNL = append(x.lastNL, lastNL)
			blk := raw[bs:be]
			lines += bytes.Count(blk, []byte{'\n'})
			if i := bytes.LastIndexByte(blk, '\n'); i >= 0 {
				lastNL = x.size + int64(bs-carry+i)
			}
		}
		x.size += int64(n)
		if limit > 0 && x.size > limit {
			x.over = true
			return x, nil
		}
		if n < streamChunk || errors.Is(err, io.EOF) {
			return x, nil
		}
		carry = copy(raw, raw[carry+n-anchorOverlap:carry+n])
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

// scanStream scans the file r of the indexed size window by window.
func (e *Engine) scanStream(p string, r io.ReaderAt, x *streamIndex) ([]report.Finding, error) {
	var out []report.Finding
	var buf []byte
	for _, w := range x.windows() {
		start, end := int64(w.lo)*streamBlock, min(int64(w.hi)*streamBlock, x.size)
		if cap(buf) < int(end-start) {
			buf = make([]byte, end-start)
		}
		buf = buf[:end-start]
		n, err := r.ReadAt(buf, start)
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		content := buf[:n]
		base := start         // offset of content[0] in the file
		line := x.lines[w.lo] // 0-based line of content[0]
		colShift := 0         // content starts inside a line too long to align
		if start > 0 {
			if i := bytes.IndexByte(content[:min(len(content), streamBlock)], '\n'); i >= 0 {
				content, line, base = content[i+1:], line+1, start+int64(i+1)
			} else {
				colShift = int(start - x.lastNL[w.lo] - 1)
			}
		}
		if end < x.size {
			tail := max(0, len(content)-streamBlock)
			if i := bytes.LastIndexByte(content[tail:], '\n'); i >= 0 {
				content = content[:tail+i+1]
			}
		}
		// Each finding is reported by the window whose core holds its
		// first byte: windows of a dense region overlap by their margins.
		coreLo, coreHi := int64(w.coreLo)*streamBlock, int64(w.coreHi)*streamBlock
		var li *lineIndex
		for _, f := range e.scan(p, content, &x.facts) {
			if w.lo != w.coreLo || w.hi != w.coreHi {
				if li == nil {
					li = newLineIndex(content)
				}
				at := base + int64(li.starts[min(f.Location.Line-1, li.count()-1)]+f.Location.Col-1)
				if at < coreLo || at >= coreHi {
					continue
				}
			}
			f.Location = shiftLocation(f.Location, line, colShift)
			for i := range f.Related {
				f.Related[i].Location = shiftLocation(f.Related[i].Location, line, colShift)
			}
			out = append(out, f)
		}
	}
	return out, nil
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
