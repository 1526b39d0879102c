package history

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/format/packfile"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/vippslint/vippslint/scanner/history/historytest"
)

// TestChainRoot: chainRoots names the root of each blob's offset-delta chain
// as go-git's own pack scanner reads the chain, so blobs of one chain go to
// one worker and unrelated blobs spread over the workers.
func TestChainRoot(t *testing.T) {
	dir := t.TempDir()
	g := historytest.NewDisk(t, dir)
	var parent []plumbing.Hash
	body := strings.Repeat("line of a file that changes a little each version\n", 200)
	for i := range 30 {
		files := historytest.Files{"a.txt": fmt.Sprintf("version %d\n%s", i, body)}
		for j := range 10 {
			files[fmt.Sprintf("other/%d.txt", j)] = fmt.Sprintf("unrelated file %d %s\n", j, strings.Repeat(fmt.Sprint(j*7919), 300))
		}
		parent = []plumbing.Hash{g.Commit("main", "c", files, parent...)}
	}
	if err := g.Repo.RepackObjects(&git.RepackConfig{}); err != nil {
		t.Fatal(err)
	}
	packs, _ := filepath.Glob(filepath.Join(dir, ".git", "objects", "pack", "*.pack"))
	if len(packs) != 1 {
		t.Fatalf("%d packs", len(packs))
	}
	// The chains as go-git reads them.
	f, err := os.Open(packs[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := packfile.NewScanner(f)
	_, n, err := sc.Header()
	if err != nil {
		t.Fatal(err)
	}
	base := map[int64]int64{}
	for range n {
		oh, err := sc.NextObjectHeader()
		if err != nil {
			t.Fatal(err)
		}
		if oh.Type == plumbing.OFSDeltaObject {
			base[oh.Offset] = oh.OffsetReference
		}
		if _, _, err := sc.NextObject(discard{}); err != nil {
			t.Fatal(err)
		}
	}
	rootOf := func(off int64) int64 {
		for {
			b, ok := base[off]
			if !ok {
				return off
			}
			off = b
		}
	}

	rp, err := open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer rp.close()
	r := rp.newReader(1 << 20)
	defer r.close()
	iter, err := rp.r.BlobObjects()
	if err != nil {
		t.Fatal(err)
	}
	var deltas int
	roots := &chainRoots{r: r}
	err = iter.ForEach(func(b *object.Blob) error {
		off, ok := r.pi.packs[0].idx.find(b.Hash)
		if !ok {
			return fmt.Errorf("blob %s not in the pack index", b.Hash)
		}
		if _, ok := base[off]; ok {
			deltas++
		}
		root, ok := roots.root(b.Hash)
		if !ok {
			return fmt.Errorf("blob %s: no chain root", b.Hash)
		}
		if want := uint64(rootOf(off)); root != want {
			return fmt.Errorf("blob %s at %d: chain root %d, want %d", b.Hash, off, root, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if deltas < 10 {
		t.Fatalf("only %d blobs are deltas: the test needs chains", deltas)
	}
	if _, ok := roots.root(plumbing.NewHash("0123456789012345678901234567890123456789")); ok {
		t.Error("a blob that is not in the pack has a chain root")
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
