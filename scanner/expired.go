package scanner

import (
	"fmt"
	"time"

	"github.com/vippslint/vippslint/scanner/report"
)

// Expired is a Vipps access token that was not reported because it had
// expired at scan time: it grants nothing, so it is no finding, but
// --verbose lists it. The token itself is not kept.
type Expired struct {
	Location report.Location // where the token is; no snippet
	Expires  time.Time
}

// Message says where the token is and when it expired, never the token.
func (x Expired) Message() string {
	return fmt.Sprintf("line %d: a Vipps access token that expired %s, not reported", x.Location.Line, x.Expires.UTC().Format(time.RFC3339))
}

// Notice is the note that lists the token: in every report, and on stderr
// with --verbose.
func (x Expired) Notice() report.Notice {
	return report.Notice{Level: report.LevelNote, Path: x.Location.Path, Message: x.Message()}
}

// ScanWithExpired is Scan that also returns the Vipps access tokens it did
// not report because they had expired, at their original lines.
func (e *Engine) ScanWithExpired(p string, content []byte) ([]report.Finding, []Expired) {
	content, enc, bom := decodeText(content)
	fs, exp := e.scan(p, content, nil)
	originalColumns(fs, enc, bom)
	for i := range exp {
		originalColumn(&exp[i].Location, enc, bom)
	}
	return fs, exp
}

// addExpired records the token t on line n when liveToken found it
// expired (expires is zero when the token was dropped for another reason),
// once per place.
func (f *fileScan) addExpired(n int, t token, expires time.Time) {
	if expires.IsZero() {
		return
	}
	for _, x := range f.expired {
		if x.Location.Line == n+1 && x.Location.Col == t.s+1 {
			return
		}
	}
	l := f.li.line(n)
	f.expired = append(f.expired, Expired{Expires: expires, Location: report.Location{
		Path: f.path, Line: n + 1, Col: t.s + 1, EndLine: n + 1, EndCol: t.e + 1,
		ColUTF16: report.UTF16Col(l, t.s+1), EndColUTF16: report.UTF16Col(l, t.e+1),
	}})
}
