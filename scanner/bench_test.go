package scanner

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// BenchmarkWalkGoroot scans Go's own source tree, the benchmark input of the
// README (bench/bench_scan.sh adds planted leaks and compares with ripgrep).
func BenchmarkWalkGoroot(b *testing.B) {
	root := os.Getenv("VIPPSLINT_BENCH_DIR")
	if root == "" {
		root = filepath.Join(runtime.GOROOT(), "src")
	}
	if _, err := os.Stat(root); err != nil {
		b.Skipf("no benchmark tree: %v", err)
	}
	e := New(Options{})
	var bytes int64
	for b.Loop() {
		res := e.Walk(context.Background(), []string{root}, WalkOptions{Root: root})
		bytes = res.Stats.Bytes
	}
	b.SetBytes(bytes)
}

// BenchmarkScanNoSignal is the cost of a file without any Vipps signal: the
// prefilter alone.
func BenchmarkScanNoSignal(b *testing.B) {
	content, err := os.ReadFile(filepath.Join(runtime.GOROOT(), "src", "net", "http", "server.go"))
	if err != nil {
		b.Skip(err)
	}
	e := New(Options{})
	b.SetBytes(int64(len(content)))
	for b.Loop() {
		e.Scan("server.go", content)
	}
}
