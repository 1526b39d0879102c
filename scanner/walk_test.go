package scanner

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vippslint/vippslint/scanner/config"
	"github.com/vippslint/vippslint/scanner/report"
)

// walkWithin runs Walk and fails the test when it does not return within
// d: a scan must never hang on its input.
func walkWithin(t *testing.T, d time.Duration, paths []string, o WalkOptions) *Result {
	t.Helper()
	done := make(chan *Result, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { done <- New(Options{}).Walk(ctx, paths, o) }()
	select {
	case r := <-done:
		return r
	case <-time.After(d):
		t.Fatalf("Walk(%v) did not return within %s", paths, d)
		return nil
	}
}

func noticeFor(res *Result, path string) *report.Notice {
	for i, n := range res.Notices {
		if n.Path == path || n.Path == filepath.Base(path) || strings.HasSuffix(n.Path, "/"+filepath.Base(path)) {
			return &res.Notices[i]
		}
	}
	return nil
}

// TestWalkSpecialFilesNamed: a FIFO or a character device named on the
// command line is skipped with a warning (never opened: a FIFO blocks and
// /dev/zero never ends), and the other paths are still scanned.
func TestWalkSpecialFilesNamed(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	env := filepath.Join(dir, "app.env")
	writeLeak(t, env)
	paths := []string{fifo, env}
	if _, err := os.Stat("/dev/zero"); err == nil {
		paths = append(paths, "/dev/zero")
	}
	res := walkWithin(t, 10*time.Second, paths, WalkOptions{Root: dir})
	if res.Errors != 0 {
		t.Errorf("errors %d, want 0: %+v", res.Errors, res.Notices)
	}
	for _, p := range paths[:1] {
		n := noticeFor(res, p)
		if n == nil || n.Level != "warning" || !strings.Contains(n.Message, "not a regular file") {
			t.Errorf("%s: notice %+v, want a warning that it is not a regular file", p, n)
		}
	}
	if len(paths) == 3 {
		if n := noticeFor(res, "/dev/zero"); n == nil || n.Level != "warning" || !strings.Contains(n.Message, "not a regular file") {
			t.Errorf("/dev/zero: notice %+v, want a warning", n)
		}
	}
	if len(res.Findings) == 0 {
		t.Errorf("no findings in %s: the other paths must still be scanned", env)
	}
}

// TestWalkMissingPathAmongOthers: a missing path is an error that names it,
// and the other paths are still scanned.
func TestWalkMissingPathAmongOthers(t *testing.T) {
	dir := t.TempDir()
	env := filepath.Join(dir, "app.env")
	writeLeak(t, env)
	missing := filepath.Join(dir, "nope")
	res := walkWithin(t, 10*time.Second, []string{missing, env}, WalkOptions{Root: dir})
	if res.Errors != 1 {
		t.Errorf("errors %d, want 1", res.Errors)
	}
	if n := noticeFor(res, missing); n == nil || n.Level != "error" {
		t.Errorf("notice for the missing path %+v, want an error", n)
	}
	if len(res.Findings) == 0 {
		t.Error("no findings: the existing path was not scanned")
	}
}

// TestWalkSizeLimitWhenStatSaysZero: /proc files say 0 bytes in stat and
// still have content; the size limit must hold while reading.
func TestWalkSizeLimitWhenStatSaysZero(t *testing.T) {
	p := "/proc/self/maps"
	st, err := os.Stat(p)
	if err != nil || st.Size() != 0 {
		t.Skipf("%s: no zero-size file with content here", p)
	}
	res := walkWithin(t, 10*time.Second, []string{p}, WalkOptions{Root: "/", Config: &config.Config{MaxFileSize: 64}})
	n := noticeFor(res, p)
	if n == nil || n.Level != "warning" || !strings.Contains(n.Message, "limit") {
		t.Fatalf("notice %+v, want an over-the-limit warning", n)
	}
	if res.Stats.Files != 0 || res.Stats.Bytes != 0 {
		t.Errorf("stats %+v: an oversize file must not count as scanned", res.Stats)
	}
}

// endless is an io.Reader that never ends, as /dev/zero.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestReadCapped(t *testing.T) {
	for _, c := range []struct {
		name      string
		r         io.Reader
		size, max int64
		want      int
		over      bool
	}{
		{"exact", strings.NewReader("hello"), 5, 10, 5, false},
		{"stat says zero", strings.NewReader("hello world"), 0, 100, 11, false},
		{"stat says zero, over the limit", strings.NewReader("hello world"), 0, 4, 5, true},
		{"grew while read", strings.NewReader("hello world"), 5, 100, 11, false},
		{"endless", endless{}, 0, 1 << 20, 1<<20 + 1, true},
		{"at the limit", strings.NewReader("12345678"), 8, 8, 8, false},
		{"no limit", strings.NewReader("abc"), 0, 0, 3, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, over, err := readCapped(c.r, nil, c.size, c.max)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != c.want || over != c.over {
				t.Errorf("read %d bytes (over %v), want %d (over %v)", len(got), over, c.want, c.over)
			}
			if !c.over && !bytes.HasPrefix([]byte("hello world"), got) && c.name != "at the limit" && c.name != "no limit" {
				t.Errorf("content %q", got)
			}
		})
	}
}

func writeLeak(t *testing.T, path string) {
	t.Helper()
	leak := "VIPPS_CLIENT_ID=5a8adbf6-31eb-425e-92c5-efd41b555aa9\nVIPPS_CLIENT_SECRET=KYBBsmThYgUY8gFKh/29pJ+tbN9l84ylsXtHARCroH0=\nVIPPS_SUBSCRIPTION_KEY=3ac77ba67d127f754d04e05ce72f63ee\n"
	if err := os.WriteFile(path, []byte(leak), 0o644); err != nil {
		t.Fatal(err)
	}
}
