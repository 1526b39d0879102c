package scanner

import (
	"github.com/vippslint/vippslint/scanner/misuse"
	"github.com/vippslint/vippslint/scanner/report"
)

// parsed runs the parsed misuse checks (package misuse) on the file and
// remembers which lines they covered, so that the line-level checks leave
// those lines alone.
func (f *fileScan) parsed() {
	var keys []misuse.Key
	for _, c := range f.cands {
		if c.kind.Secret() {
			keys = append(keys, misuse.Key{Value: c.value, Kind: c.kind.String(), Line: c.line})
		}
	}
	res := misuse.Check(misuse.Input{Path: f.path, Content: f.content, Lower: f.lower, Keys: keys, Test: testFile(f.path),
		MSN: f.hasMSN, Vipps: f.vipps, Partner: f.partner})
	f.covered = res.Covered
	for _, m := range res.Findings {
		if m.Line >= f.li.count() {
			continue
		}
		end := min(max(m.EndCol, m.Col), len(f.li.line(m.Line)))
		f.add(m.Rule, f.location(m.Line, min(m.Col, end), end), m.Message, "",
			report.LineFingerprint(m.Rule, f.path, string(f.li.line(m.Line))))
	}
}

// isCovered reports whether line n was left to the parsed checks.
func (f *fileScan) isCovered(n int) bool { return n < len(f.covered) && f.covered[n] }
