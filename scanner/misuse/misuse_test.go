package misuse_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/misuse"
)

// wantRe marks, in a fixture's comment, a line where a misuse rule must
// report: "want:vipps-secret-logged". Lines without a mark must not report
// any misuse rule.
var wantRe = regexp.MustCompile(`want:(vipps-[a-z-]+)`)

// parsedRules are the rules the parsed checks own.
var parsedRules = map[string]bool{rules.IDSecretLogged: true, rules.IDKeyExposed: true, rules.IDSecretInURL: true, rules.IDMutableMSN: true, rules.IDEnvMismatch: true}

// TestFixtures scans every file of testdata/*.txtar with the whole engine
// and compares the parsed rules' findings with the want marks. Each archive
// holds positives and their negative twins for one language.
func TestFixtures(t *testing.T) {
	if !misuse.Enabled {
		t.Skip("parsed misuse checks need cgo")
	}
	archives, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil || len(archives) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	e := scanner.New(scanner.Options{})
	for _, a := range archives {
		ar, err := txtar.ParseFile(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			t.Run(strings.TrimSuffix(filepath.Base(a), ".txtar")+"/"+f.Name, func(t *testing.T) {
				want := map[string]bool{}
				for i, l := range strings.Split(string(f.Data), "\n") {
					for _, m := range wantRe.FindAllStringSubmatch(l, -1) {
						want[fmt.Sprintf("%d:%s", i+1, m[1])] = true
					}
				}
				got := map[string]string{}
				for _, fd := range e.Scan(f.Name, f.Data) {
					if parsedRules[fd.RuleID] {
						got[fmt.Sprintf("%d:%s", fd.Location.Line, fd.RuleID)] = fd.Message
					}
				}
				for _, k := range sortedKeys(got) {
					if !want[k] {
						t.Errorf("unexpected %s: %s", k, got[k])
					}
				}
				for _, k := range sortedKeys(want) {
					if _, ok := got[k]; !ok {
						t.Errorf("missing %s", k)
					}
				}
			})
		}
	}
}

// TestFixturesBalanced holds the fixtures to the standard: every archive
// has at least as many files without findings (negative twins) as with.
func TestFixturesBalanced(t *testing.T) {
	archives, _ := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	for _, a := range archives {
		ar, err := txtar.ParseFile(a)
		if err != nil {
			t.Fatal(err)
		}
		pos, neg := 0, 0
		for _, f := range ar.Files {
			if wantRe.Match(f.Data) {
				pos++
			} else {
				neg++
			}
		}
		if pos == 0 || neg < pos {
			t.Errorf("%s: %d positive and %d negative files; every positive needs a negative twin", a, pos, neg)
		}
	}
}

// TestMessagesNameEvidence: each parsed finding says why the value is a
// Vipps secret (a name in backquotes or a literal's line).
func TestMessagesNameEvidence(t *testing.T) {
	if !misuse.Enabled {
		t.Skip("parsed misuse checks need cgo")
	}
	archives, _ := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	e := scanner.New(scanner.Options{})
	for _, a := range archives {
		ar, _ := txtar.ParseFile(a)
		for _, f := range ar.Files {
			for _, fd := range e.Scan(f.Name, f.Data) {
				if parsedRules[fd.RuleID] && !strings.Contains(fd.Message, "`") && !strings.Contains(fd.Message, "literal on line") && !strings.Contains(fd.Message, "query parameter sends") {
					t.Errorf("%s:%d: message names no evidence: %s", f.Name, fd.Location.Line, fd.Message)
				}
			}
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
