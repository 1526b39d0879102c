package scanner

import (
	"bytes"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vippslint/vippslint/rules"
)

// refPrefilter is the prefilter as first written: every anchor's needle
// searched with bytes.Index in lowercased content, each hit checked in
// place. The gram filter must agree with it on every input.
func refPrefilter(anchors []anchor, content []byte) bool {
	return refLower(anchors, lowerASCII(nil, content))
}

func refLower(anchors []anchor, lower []byte) bool {
	for _, a := range anchors {
		w := a.word
		for off := 0; ; {
			j := bytes.Index(lower[off:], a.needle)
			if j < 0 {
				break
			}
			j += off
			off = j + 1
			i := j - a.at
			if i < 0 || !bytes.HasPrefix(lower[i:], w) {
				continue
			}
			if a.before == nil && a.after == nil {
				return true
			}
			if len(a.before) > 0 && near(lower[max(0, i-8):i], a.before, true) {
				return true
			}
			if len(a.after) > 0 && near(lower[i+len(w):min(len(lower), i+len(w)+8)], a.after, false) {
				return true
			}
		}
	}
	return false
}

// prefilterInputs are the words of the anchors in every case and with every
// separator, cut at both ends, and look-alikes one byte off.
func prefilterInputs() []string {
	var in []string
	for _, a := range rules.Anchors() {
		words := []string{a.Word}
		for _, b := range a.Before {
			for _, sep := range []string{"", "_", "-", " ", ".", "__", "  "} {
				words = append(words, b+sep+a.Word)
			}
		}
		for _, x := range a.After {
			for _, sep := range []string{"", "_", "-", " ", ".", "__", "  "} {
				words = append(words, a.Word+sep+x)
			}
		}
		for _, w := range words {
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w[:len(w)-1], w[1:], w[:len(w)/2] + "@" + w[len(w)/2+1:]} {
				for _, wrap := range []string{"%s", "x%s", "%sx", "  %s  ", "=%s\n", "\x00%s\xff"} {
					in = append(in, strings.Replace(wrap, "%s", v, 1))
				}
			}
		}
	}
	return in
}

func TestPrefilterMatchesReference(t *testing.T) {
	e := New(Options{})
	check := func(name string, b []byte) {
		t.Helper()
		if got, want := e.prefilter(b), refPrefilter(e.anchors, b); got != want {
			t.Errorf("%s: prefilter = %v, reference = %v", name, got, want)
		}
	}
	for _, s := range prefilterInputs() {
		check(strings.ToValidUTF8(s, "?"), []byte(s))
	}
	// Every fixture file of the repository, whole and cut at random.
	rng := rand.New(rand.NewPCG(1, 2))
	n := 0
	_ = filepath.WalkDir(filepath.Join("..", "testdata"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil || len(b) > 1<<20 {
			return nil
		}
		n++
		check(p, b)
		for range 4 {
			i := rng.IntN(len(b) + 1)
			j := i + rng.IntN(len(b)-i+1)
			check(p+" (cut)", b[i:j])
		}
		return nil
	})
	if n < 100 {
		t.Fatalf("only %d fixture files read", n)
	}
}

func FuzzPrefilter(f *testing.F) {
	for _, s := range prefilterInputs() {
		f.Add([]byte(s))
	}
	e := New(Options{})
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := e.prefilter(b), refPrefilter(e.anchors, b); got != want {
			t.Fatalf("prefilter(%q) = %v, reference = %v", b, got, want)
		}
	})
}

// BenchmarkPrefilter is the prefilter over every file under
// VIPPSLINT_BENCH_DIR (Go's source tree by default), against the
// reference it replaced.
func BenchmarkPrefilter(b *testing.B) {
	root := os.Getenv("VIPPSLINT_BENCH_DIR")
	if root == "" {
		root = filepath.Join(goroot(b), "src")
	}
	var files [][]byte
	var total int64
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return nil
		}
		if c, err := os.ReadFile(p); err == nil {
			files = append(files, c)
			total += int64(len(c))
		}
		return nil
	})
	e := New(Options{})
	for _, impl := range []struct {
		name string
		f    func([]byte) bool
	}{
		{"grams", e.prefilter},
		{"reference", func(c []byte) bool { return refPrefilter(e.anchors, c) }},
	} {
		b.Run(impl.name, func(b *testing.B) {
			b.SetBytes(total)
			for b.Loop() {
				for _, c := range files {
					impl.f(c)
				}
			}
		})
	}
}

// TestPrefilterShortWords covers anchors under four bytes, which have no
// gram and are searched in lowercased content instead, and anchors with
// bytes other than letters.
func TestPrefilterShortWords(t *testing.T) {
	// And anchors with bytes other than letters, whose grams fold too.
	f := newGramFilter([]anchor{{word: []byte("msn")}, {word: []byte("vipps"), needle: []byte("vipp")}, {word: []byte("api_key_id"), needle: []byte("_key")}, {word: []byte(strings.Repeat("x", 70) + "qzqz")}})
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"the MSN header", true},
		{"uses Vipps", true},
		{"ms n", false},
		{"vipp", false},
		{"set API_KEY_ID here", true},
		{"set api_key_id here", true},
		{"set API\x7fKEY_ID here", false},
		{"set api-key_id here", false},
		{"a " + strings.Repeat("X", 70) + "QZQZ word", true},
		{"a " + strings.Repeat("X", 69) + "QZQZ word", false},
	} {
		if got := f.match([]byte(c.in)); got != c.want {
			t.Errorf("match(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
