package scanner

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkWalkGoroot scans Go's own source tree, the benchmark input of the
// README (bench/bench_scan.sh adds planted leaks and compares with ripgrep).
func BenchmarkWalkGoroot(b *testing.B) {
	root := os.Getenv("VIPPSLINT_BENCH_DIR")
	if root == "" {
		root = filepath.Join(goroot(b), "src")
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

// goroot asks the go command where Go's own tree is.
func goroot(b *testing.B) string {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		b.Skipf("go env GOROOT: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// BenchmarkScanNoSignal is the cost of a file without any Vipps signal: the
// prefilter alone.
func BenchmarkScanNoSignal(b *testing.B) {
	content, err := os.ReadFile(filepath.Join(goroot(b), "src", "net", "http", "server.go"))
	if err != nil {
		b.Skip(err)
	}
	e := New(Options{})
	b.SetBytes(int64(len(content)))
	for b.Loop() {
		e.Scan("server.go", content)
	}
}

// BenchmarkScanSignal is the cost of a file full of Vipps words: this
// repository's README, tokenized and bound line by line.
func BenchmarkScanSignal(b *testing.B) {
	content, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		b.Skip(err)
	}
	e := New(Options{})
	b.SetBytes(int64(len(content)))
	for b.Loop() {
		e.Scan("README.md", content)
	}
}
