package history

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/go-git/go-git/v5/plumbing"

	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/history/historytest"
)

func TestCommonPrefixSuffix(t *testing.T) {
	for _, c := range []struct {
		a, b     string
		pre, suf int
	}{
		{"", "", 0, 0},
		{"abc", "abc", 3, 3},
		{"abcdefghij", "abcdefghXj", 8, 1},
		{"0123456789abcdefXYZ", "0123456789abcdefXYZ!", 19, 0},
		{"!0123456789abcdef", "0123456789abcdef", 0, 16},
		{"aaaaaaaaaaaaaaaaaaab", "aaaaaaaaaaaaaaaaaaac", 19, 0},
		{"xaaaaaaaaaaaaaaaaaaa", "yaaaaaaaaaaaaaaaaaaa", 0, 19},
	} {
		if got := commonPrefix([]byte(c.a), []byte(c.b)); got != c.pre {
			t.Errorf("commonPrefix(%q, %q) = %d, want %d", c.a, c.b, got, c.pre)
		}
		if got := commonSuffix([]byte(c.a), []byte(c.b)); got != c.suf {
			t.Errorf("commonSuffix(%q, %q) = %d, want %d", c.a, c.b, got, c.suf)
		}
	}
}

// TestWalkScansEveryPair walks random histories of one wide directory and
// a few subdirectories, where each commit changes, adds and removes
// entries anywhere in the trees (first, last, several at once), and checks
// that the scan reads exactly the distinct (path, blob) pairs of all
// commits: skipping the entries a tree shares with the last one at its
// path must never skip a new one.
func TestWalkScansEveryPair(t *testing.T) {
	for seed := range uint64(12) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 7))
			g := historytest.NewMemory(t)
			files := historytest.Files{}
			name := func() string {
				dirs := []string{"", "", "", "sub/", "sub/deep/", "a/", "a-b/", "a.b/"}
				return fmt.Sprintf("%s%s%d%s", dirs[rng.IntN(len(dirs))], []string{"f", "file_", "x", "a", "b"}[rng.IntN(5)], rng.IntN(60), []string{"", ".go", ".txt", "/y"}[rng.IntN(4)])
			}
			pairs := map[string]bool{}
			var parents []plumbing.Hash
			for i := range 60 {
				for range 1 + rng.IntN(4) {
					switch op := rng.IntN(10); {
					case op < 6 && len(files) > 0:
						for p := range files { // modify one
							files[p] = fmt.Sprintf("version %d of %s\n", i, p)
							break
						}
					case op < 8:
						files[name()] = fmt.Sprintf("new in %d\n", i)
					default:
						for p := range files { // remove one
							delete(files, p)
							break
						}
					}
				}
				// A file and a directory of the same name cannot coexist.
				for p := range files {
					for q := range files {
						if len(q) > len(p) && q[:len(p)] == p && q[len(p)] == '/' {
							delete(files, p)
						}
					}
				}
				for p, c := range files {
					pairs[p+"\x00"+c] = true
				}
				parents = []plumbing.Hash{g.Commit("main", "c", files, parents...)}
			}
			res, err := ScanRepository(context.Background(), g.Repo, Options{Engine: scanner.New(scanner.Options{})})
			if err != nil {
				t.Fatal(err)
			}
			if res.Blobs != len(pairs) {
				t.Fatalf("scanned %d (path, blob) pairs, want %d", res.Blobs, len(pairs))
			}
		})
	}
}

// TestTreeStartsAfterSkip checks that the entry starts kept for the next
// tree at a directory are those a full parse gives, whatever part of the
// tree was skipped.
func TestTreeStartsAfterSkip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	entries := func(n int) [][]byte {
		var out [][]byte
		for i := range n {
			var h plumbing.Hash
			for k := range h {
				h[k] = byte(rng.IntN(256))
			}
			out = append(out, append([]byte(fmt.Sprintf("100644 n%03d\x00", i)), h[:]...))
		}
		return out
	}
	parse := func(raw []byte) []uint32 {
		var starts []uint32
		it := treeIter{raw: raw}
		for {
			at := it.at
			if _, ok := it.next(); !ok {
				return starts
			}
			starts = append(starts, uint32(at))
		}
	}
	for trial := range 200 {
		es := entries(1 + rng.IntN(40))
		old := bytes.Join(es, nil)
		olds := slices.Clone(es)
		// Change one or two entries' hashes.
		for range 1 + rng.IntN(2) {
			k := rng.IntN(len(es))
			e := bytes.Clone(es[k])
			e[len(e)-1-rng.IntN(20)] ^= 0xff
			es[k] = e
		}
		raw := bytes.Join(es, nil)
		var visited []string
		got, terr, err := newEntries(raw, prevTree{raw: old, starts: parse(old)}, func(e entry) error {
			visited = append(visited, string(e.name))
			return nil
		})
		if terr != nil || err != nil {
			t.Fatal(terr, err)
		}
		if want := parse(raw); !slices.Equal(got, want) {
			t.Fatalf("trial %d: starts = %v, want %v", trial, got, want)
		}
		// Exactly the changed entries are new.
		var want []string
		for k, e := range es {
			if k >= len(olds) || !bytes.Equal(e, olds[k]) {
				want = append(want, string(e[len("100644 "):bytes.IndexByte(e, 0)]))
			}
		}
		if !slices.Equal(visited, want) {
			t.Fatalf("trial %d: visited %v, want %v", trial, visited, want)
		}
	}
}
