package history

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/go-git/go-git/v5/plumbing/format/packfile"
)

// TestPatchDelta checks patchDelta against go-git's on deltas go-git
// computes, and refuses broken ones.
func TestPatchDelta(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	rnd := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('a' + rng.IntN(26))
		}
		return b
	}
	for i := range 200 {
		base := rnd(rng.IntN(200000))
		target := append([]byte{}, base...)
		for range rng.IntN(20) {
			at := rng.IntN(len(target) + 1)
			target = append(target[:at], append(rnd(rng.IntN(300)), target[at:]...)...)
			if len(target) > 10 && rng.IntN(2) == 0 {
				cut := rng.IntN(len(target) - 5)
				target = append(target[:cut], target[cut+rng.IntN(5):]...)
			}
		}
		delta := packfile.DiffDelta(base, target)
		got, err := patchDelta(base, delta)
		if err != nil || !bytes.Equal(got, target) {
			t.Fatalf("case %d: err %v, equal %v", i, err, bytes.Equal(got, target))
		}
		want, _ := packfile.PatchDelta(base, delta)
		if !bytes.Equal(want, got) {
			t.Fatalf("case %d: differs from go-git", i)
		}
		for _, bad := range [][]byte{delta[:len(delta)/2], append(append([]byte{}, delta...), 0), {}} {
			if len(bad) == len(delta) && bytes.Equal(bad, delta) {
				continue
			}
			if _, err := patchDelta(base, bad); err == nil && len(target) > 0 {
				t.Fatalf("case %d: a broken delta of %d bytes was applied", i, len(bad))
			}
		}
	}
	if _, err := patchDelta([]byte("abc"), []byte{3, 3, 0x90, 0}); err == nil {
		t.Error("copy past the base applied")
	}
}
