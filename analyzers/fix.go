package analyzers

import (
	"bytes"
	"fmt"
	"go/format"
	"go/token"
	"os"
	"sort"

	"golang.org/x/tools/go/analysis"
)

// Fix is a suggested fix of a Diagnostic: edits to one or more files.
type Fix struct {
	Message string
	Edits   []Edit
}

// Edit replaces the bytes [Start, End) of File with New.
type Edit struct {
	File       string // absolute path
	Start, End int    // byte offsets
	New        string
}

func newFix(fset *token.FileSet, sf analysis.SuggestedFix) *Fix {
	f := &Fix{Message: sf.Message}
	for _, e := range sf.TextEdits {
		tf := fset.File(e.Pos)
		if tf == nil {
			return nil
		}
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		f.Edits = append(f.Edits, Edit{File: tf.Name(), Start: tf.Offset(e.Pos), End: tf.Offset(end), New: string(e.NewText)})
	}
	return f
}

// FixResult says what ApplyFixes did.
type FixResult struct {
	Applied int      // fixes applied
	Skipped int      // fixes that conflicted with an applied one
	Files   []string // files rewritten, sorted
}

// ApplyFixes applies the fixes of diags to the files and gofmt's them.
// Each fix applies whole or not at all: a fix whose edits overlap a
// different edit of a fix already taken is skipped (run again to apply
// it); identical edits (the same import added twice) are applied once.
func ApplyFixes(diags []Diagnostic) (FixResult, error) {
	var res FixResult
	byFile := map[string][]Edit{}
	for _, d := range diags {
		if d.Fix == nil || len(d.Fix.Edits) == 0 {
			continue
		}
		if !compatible(byFile, d.Fix.Edits) {
			res.Skipped++
			continue
		}
		for _, e := range d.Fix.Edits {
			if !contains(byFile[e.File], e) {
				byFile[e.File] = append(byFile[e.File], e)
			}
		}
		res.Applied++
	}
	for file := range byFile {
		res.Files = append(res.Files, file)
	}
	sort.Strings(res.Files)
	for _, file := range res.Files {
		if err := rewrite(file, byFile[file]); err != nil {
			return res, err
		}
	}
	return res, nil
}

func contains(edits []Edit, e Edit) bool {
	for _, x := range edits {
		if x == e {
			return true
		}
	}
	return false
}

// compatible reports whether edits can join the accepted ones: each is
// identical to an accepted edit or touches none.
func compatible(accepted map[string][]Edit, edits []Edit) bool {
	for _, e := range edits {
		for _, a := range accepted[e.File] {
			if a == e {
				continue
			}
			overlap := e.Start < a.End && a.Start < e.End
			samePoint := e.Start == a.Start && (e.Start == e.End || a.Start == a.End)
			if overlap || samePoint {
				return false
			}
		}
	}
	return true
}

// rewrite applies non-overlapping edits to file, formats it and writes it
// back with its mode.
func rewrite(file string, edits []Edit) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("fix %s: %w", file, err)
	}
	info, err := os.Stat(file)
	if err != nil {
		return fmt.Errorf("fix %s: %w", file, err)
	}
	sort.Slice(edits, func(i, j int) bool {
		if edits[i].Start != edits[j].Start {
			return edits[i].Start < edits[j].Start
		}
		return edits[i].End < edits[j].End
	})
	var b bytes.Buffer
	at := 0
	for _, e := range edits {
		if e.Start < at || e.End > len(src) || e.Start > e.End {
			return fmt.Errorf("fix %s: edit at bytes %d-%d does not fit the file (changed since it was analyzed?)", file, e.Start, e.End)
		}
		b.Write(src[at:e.Start])
		b.WriteString(e.New)
		at = e.End
	}
	b.Write(src[at:])
	out, err := format.Source(b.Bytes())
	if err != nil {
		return fmt.Errorf("fix %s: the fixed file does not parse, left unchanged: %w", file, err)
	}
	if err := os.WriteFile(file, out, info.Mode().Perm()); err != nil {
		return fmt.Errorf("fix %s: %w", file, err)
	}
	return nil
}
