package analyzers

import (
	"os"
	"path/filepath"
	"testing"
)

// TestApplyFixes: identical edits (the same import added by two fixes)
// apply once, a fix overlapping another is skipped whole, and the result
// is gofmt'ed.
func TestApplyFixes(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a.go")
	src := "package a\n\nvar x = \"one\"\nvar y = \"two\"\n"
	if err := os.WriteFile(file, []byte(src), 0o640); err != nil {
		t.Fatal(err)
	}
	at := func(s string) int {
		for i := 0; i+len(s) <= len(src); i++ {
			if src[i:i+len(s)] == s {
				return i
			}
		}
		t.Fatalf("%q not in source", s)
		return 0
	}
	imp := Edit{File: file, Start: at("\n\nvar x"), End: at("\n\nvar x"), New: "\n\nimport \"os\""}
	one := Edit{File: file, Start: at(`"one"`), End: at(`"one"`) + 5, New: `os.Getenv("X")`}
	two := Edit{File: file, Start: at(`"two"`), End: at(`"two"`) + 5, New: `os.Getenv("Y")`}
	clash := Edit{File: file, Start: at(`"two"`) + 1, End: at(`"two"`) + 4, New: "three"}
	res, err := ApplyFixes([]Diagnostic{
		{Fix: &Fix{Edits: []Edit{one, imp}}},
		{Fix: &Fix{Edits: []Edit{two, imp}}},
		{Fix: &Fix{Edits: []Edit{clash}}},
		{},
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Applied != 2 || res.Skipped != 1 || len(res.Files) != 1 {
		t.Errorf("applied %d, skipped %d, files %v; want 2, 1, [a.go]", res.Applied, res.Skipped, res.Files)
	}
	got, _ := os.ReadFile(file)
	want := "package a\n\nimport \"os\"\n\nvar x = os.Getenv(\"X\")\nvar y = os.Getenv(\"Y\")\n"
	if string(got) != want {
		t.Errorf("fixed file:\n%s\nwant:\n%s", got, want)
	}
	info, _ := os.Stat(file)
	if info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640 kept", info.Mode().Perm())
	}
	if _, err := ApplyFixes([]Diagnostic{{Fix: &Fix{Edits: []Edit{{File: file, Start: 1000, End: 1001}}}}}); err == nil {
		t.Error("an edit past the end of the file must be an error")
	}
}
