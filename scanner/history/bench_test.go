package history

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"os"
	"strings"
	"testing"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"

	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/history/historytest"
)

// benchHistory builds commits commits over 50 files of about 4 KB, each
// commit editing one file; every 50th commit adds a leak the next removes.
func benchHistory(b testing.TB, g *historytest.Repo, commits int) {
	files := historytest.Files{}
	for i := range 50 {
		files[fmt.Sprintf("pkg%d/file%d.go", i%5, i)] = strings.Repeat(fmt.Sprintf("// line of file %d\n", i), 200)
	}
	var parents []plumbing.Hash
	for i := range commits {
		next := historytest.Files{}
		for k, v := range files {
			next[k] = v
		}
		k := fmt.Sprintf("pkg%d/file%d.go", i%5, i%50)
		next[k] = fmt.Sprintf("// change %d\n", i) + next[k]
		if i%50 == 25 {
			// Random-looking bytes: Base64 of readable text is a person's fake.
			sum := sha256.Sum256(fmt.Appendf(nil, "leak-%04d", i))
			secret := base64.StdEncoding.EncodeToString(sum[:16])
			next["config/leak.env"] = strings.Replace(leak, "WAWaB27SsyM5HC1PY0Pmdg==", secret, 1)
		}
		files = next
		h := g.Commit("main", "c", files, parents...)
		parents = []plumbing.Hash{h}
		delete(files, "config/leak.env")
	}
}

func benchScan(b *testing.B, scan func() (*Result, error), want int) {
	b.ReportAllocs()
	var bytes int64
	for b.Loop() {
		res, err := scan()
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Findings) != want {
			b.Fatalf("findings = %d, want %d", len(res.Findings), want)
		}
		bytes = res.Bytes
	}
	b.SetBytes(bytes)
}

// BenchmarkScanMemory scans a 300-commit in-memory history.
func BenchmarkScanMemory(b *testing.B) {
	g := historytest.NewMemory(b)
	benchHistory(b, g, 300)
	o := Options{Engine: scanner.New(scanner.Options{})}
	benchScan(b, func() (*Result, error) { return ScanRepository(context.Background(), g.Repo, o) }, 14)
}

// BenchmarkScanPacked scans the same history from a packfile on disk.
func BenchmarkScanPacked(b *testing.B) {
	dir := b.TempDir()
	g := historytest.NewDisk(b, dir)
	benchHistory(b, g, 300)
	if err := g.Repo.RepackObjects(&git.RepackConfig{}); err != nil {
		b.Fatal(err)
	}
	o := Options{Engine: scanner.New(scanner.Options{})}
	benchScan(b, func() (*Result, error) { return Scan(context.Background(), dir, o) }, 14)
}

// BenchmarkScanRepo scans the repository named by VIPPSLINT_BENCH_REPO (for
// profiling on a real or synthetic history: go test -bench ScanRepo
// -cpuprofile); skipped when it is not set.
func BenchmarkScanRepo(b *testing.B) {
	dir := os.Getenv("VIPPSLINT_BENCH_REPO")
	if dir == "" {
		b.Skip("VIPPSLINT_BENCH_REPO is not set")
	}
	o := Options{Engine: scanner.New(scanner.Options{})}
	b.ReportAllocs()
	for b.Loop() {
		res, err := Scan(context.Background(), dir, o)
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(res.Bytes)
	}
}
