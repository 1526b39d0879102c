package scanner

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/vippslint/vippslint/scanner/report"
)

// textEncoding is how a file's text is stored. Windows editors save .env
// and appsettings.json as UTF-16 (with a byte-order mark or without) or as
// UTF-8 with a BOM; all are decoded to UTF-8 before scanning.
type textEncoding int

const (
	encPlain textEncoding = iota // UTF-8 (or ASCII) without a BOM
	encUTF8BOM
	encUTF16LE
	encUTF16BE
)

// utf16Share is how many of the sniffed code units must have a NUL high
// (or low) byte to call BOM-less content UTF-16: text in Latin scripts is
// mostly ASCII, so nearly every unit has one; binary formats do not put
// NULs at every other byte.
const utf16Share = 0.7

// utf16Stray is how many of the sniffed code units may have a NUL in the
// other byte: a character U+xx00 (一, Ā, the low surrogate of 😀) has one
// there, and binary formats have NULs in both places, far more of them.
const utf16Stray = 0.05

// detectEncoding says how content is encoded, and how long its BOM is.
func detectEncoding(content []byte) (textEncoding, int) {
	switch {
	case bytes.HasPrefix(content, []byte{0xEF, 0xBB, 0xBF}):
		return encUTF8BOM, 3
	case bytes.HasPrefix(content, []byte{0xFF, 0xFE}):
		return encUTF16LE, 2
	case bytes.HasPrefix(content, []byte{0xFE, 0xFF}):
		return encUTF16BE, 2
	}
	// Without a BOM, ASCII text in UTF-16 has a NUL in every other byte:
	// the odd bytes in little-endian, the even ones in big-endian.
	head := content[:min(len(content), BinarySniff)&^1]
	units := len(head) / 2
	if units < 2 || bytes.IndexByte(head, 0) < 0 { // most files: no NUL, one SIMD pass
		return encPlain, 0
	}
	var evenNUL, oddNUL int
	for i := 0; i+1 < len(head); i += 2 {
		if head[i] == 0 {
			evenNUL++
		}
		if head[i+1] == 0 {
			oddNUL++
		}
	}
	switch {
	case float64(oddNUL) >= utf16Share*float64(units) && float64(evenNUL) <= utf16Stray*float64(units):
		return encUTF16LE, 0
	case float64(evenNUL) >= utf16Share*float64(units) && float64(oddNUL) <= utf16Stray*float64(units):
		return encUTF16BE, 0
	}
	return encPlain, 0
}

// isUTF16Text reports whether content with NUL bytes is UTF-16 text, not
// binary.
func isUTF16Text(content []byte) bool {
	enc, _ := detectEncoding(content)
	return enc == encUTF16LE || enc == encUTF16BE
}

// decoder returns a fresh decoder from enc to UTF-8, or nil when the text
// is UTF-8 already. A BOM is not its business: callers skip it. Unpaired
// surrogates and a trailing odd byte become U+FFFD.
func (enc textEncoding) decoder() transform.Transformer {
	switch enc {
	case encUTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder()
	case encUTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder()
	}
	return nil
}

// decodeText returns content as UTF-8 and how it was encoded. Plain
// content is returned as it is; UTF-8 loses its BOM; UTF-16 is decoded.
// Line breaks are kept one for one, so line numbers do not change.
func decodeText(content []byte) ([]byte, textEncoding, int) {
	enc, bom := detectEncoding(content)
	switch enc {
	case encUTF8BOM:
		return content[bom:], enc, bom
	case encUTF16LE, encUTF16BE:
		// The UTF-16 decoder replaces what it cannot decode; it has no
		// error to return on a whole input.
		if out, _, err := transform.Bytes(enc.decoder(), content[bom:]); err == nil {
			return out, enc, bom
		}
	}
	return content, encPlain, 0
}

// utf16Len is how many UTF-16 code units the UTF-8 text b takes.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		n++
		if r >= 0x10000 {
			n++
		}
		b = b[size:]
	}
	return n
}

// originalColumns rewrites the byte columns of findings in decoded text to
// byte columns of the original file (see originalColumn).
func originalColumns(fs []report.Finding, enc textEncoding, bom int) {
	if enc == encPlain {
		return
	}
	for i := range fs {
		originalColumn(&fs[i].Location, enc, bom)
		for j := range fs[i].Related {
			originalColumn(&fs[i].Related[j].Location, enc, bom)
		}
	}
}

// originalColumn rewrites the byte columns of a location in decoded text
// to byte columns of the original file: in UTF-16 every code unit is two
// bytes, and the BOM shifts the first line. Lines and UTF-16 columns stay.
func originalColumn(l *report.Location, enc textEncoding, bom int) {
	shift := 0
	if l.Line == 1 {
		shift = bom
	}
	switch enc {
	case encPlain:
	case encUTF8BOM:
		l.Col += shift
		if l.EndLine == 1 {
			l.EndCol += bom
		}
	default:
		l.Col = 2*(l.ColUTF16-1) + 1 + shift
		endShift := 0
		if l.EndLine == 1 {
			endShift = bom
		}
		l.EndCol = 2*(l.EndColUTF16-1) + 1 + endShift
	}
}
