package scanner

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/vippslint/vippslint/scanner/config"
	"github.com/vippslint/vippslint/scanner/report"
)

// WalkOptions configure a directory scan.
type WalkOptions struct {
	// Root is the absolute directory that reported paths are relative to.
	Root   string
	Config *config.Config
	// Workers is the number of files read and scanned at once (default: one
	// per CPU).
	Workers int
}

// Stats count what a scan read.
type Stats struct {
	Files   int64 `json:"files"`
	Bytes   int64 `json:"bytes"`
	Skipped int64 `json:"skipped"`
}

// Result is what a scan found and what it could not scan.
type Result struct {
	Findings []report.Finding
	Notices  []report.Notice
	Stats    Stats
	// Errors counts files that could not be read: the scan is incomplete.
	Errors int
}

type job struct {
	abs, rel string
}

// BinarySniff is how many leading bytes are checked for a NUL byte, as git
// does to call a file binary.
const BinarySniff = 8000

// IsBinary reports whether content looks binary: a NUL byte, unless the
// NULs are those of UTF-16 text (which Engine.Scan decodes).
func IsBinary(content []byte) bool {
	return bytes.IndexByte(content[:min(len(content), BinarySniff)], 0) >= 0 && !isUTF16Text(content)
}

// Walk scans files and directory trees. Directories named .git are never
// entered; symlinks to files are read, symlinks to directories are not
// followed (so loops cannot happen), broken symlinks are reported.
func (e *Engine) Walk(ctx context.Context, paths []string, o WalkOptions) *Result {
	if o.Config == nil {
		o.Config = &config.Config{MaxFileSize: config.DefaultMaxFileSize}
	}
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	res := &Result{}
	var mu sync.Mutex
	notice := func(level, p, msg string) {
		mu.Lock()
		defer mu.Unlock()
		res.Notices = append(res.Notices, report.Notice{Level: level, Path: p, Message: msg})
		if level == "error" {
			res.Errors++
		} else {
			res.Stats.Skipped++
		}
	}
	jobs := make(chan job, 256)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte
			var found []report.Finding
			var expired []Expired
			var files, size int64
			for j := range jobs {
				if ctx.Err() != nil {
					continue
				}
				var fs []report.Finding
				var exp []Expired
				var n int64
				buf, fs, exp, n = e.scanFile(j, o, buf, notice)
				if n >= 0 {
					files++
					size += n
				}
				found = append(found, fs...)
				expired = append(expired, exp...)
			}
			mu.Lock()
			res.Findings = append(res.Findings, found...)
			for _, x := range expired {
				res.Notices = append(res.Notices, x.Notice())
			}
			res.Stats.Files += files
			res.Stats.Bytes += size
			mu.Unlock()
		}()
	}
	rel := func(abs string) string {
		r, err := filepath.Rel(o.Root, abs)
		if err != nil || strings.HasPrefix(r, "..") {
			r = abs
		}
		return filepath.ToSlash(r)
	}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			notice("error", p, fmt.Sprintf("cannot resolve path: %v", err))
			continue
		}
		info, err := os.Lstat(abs)
		if err != nil {
			notice("error", p, fmt.Sprintf("cannot scan: %v", unwrapPathErr(err)))
			continue
		}
		if !info.IsDir() {
			if info.Mode()&fs.ModeSymlink != 0 {
				if st, err := os.Stat(abs); err == nil && st.IsDir() {
					abs, _ = filepath.EvalSymlinks(abs)
					info = st
				}
			}
			if !info.IsDir() {
				// A FIFO blocks on open and a device such as /dev/zero
				// never ends: only regular files are read.
				if !info.Mode().IsRegular() {
					notice("warning", rel(abs), fmt.Sprintf("not a regular file (%s), skipped", fileKind(info.Mode())))
					continue
				}
				jobs <- job{abs, rel(abs)}
				continue
			}
		}
		_ = filepath.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			r := rel(path)
			if err != nil {
				notice("error", r, fmt.Sprintf("cannot read: %v", unwrapPathErr(err)))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if d.Name() == ".git" || (path != abs && o.Config.Excluded(r)) {
					return fs.SkipDir
				}
				return nil
			}
			if o.Config.Excluded(r) {
				return nil
			}
			switch t := d.Type(); {
			case t.IsRegular():
				jobs <- job{path, r}
			case t&fs.ModeSymlink != 0:
				st, err := os.Stat(path)
				switch {
				case err != nil:
					target, _ := os.Readlink(path)
					notice("warning", r, fmt.Sprintf("broken symlink to %q not scanned: %v", target, unwrapPathErr(err)))
				case st.IsDir():
					notice(report.LevelNote, r, "symlink to a directory not followed")
				case st.Mode().IsRegular():
					jobs <- job{path, r}
				}
			default:
				notice(report.LevelNote, r, "not a regular file, skipped")
			}
			return nil
		})
	}
	close(jobs)
	wg.Wait()
	report.Sort(res.Findings)
	sort.SliceStable(res.Notices, func(i, j int) bool { return res.Notices[i].Path < res.Notices[j].Path })
	return res
}

func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// scanFile reads and scans one file, reusing buf. It returns the findings,
// the expired tokens not reported, and the bytes read, or -1 when the file
// was skipped.
func (e *Engine) scanFile(j job, o WalkOptions, buf []byte, notice func(level, p, msg string)) ([]byte, []report.Finding, []Expired, int64) {
	f, err := os.Open(j.abs)
	if err != nil {
		notice("error", j.rel, fmt.Sprintf("cannot read: %v", unwrapPathErr(err)))
		return buf, nil, nil, -1
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		notice("error", j.rel, fmt.Sprintf("cannot stat: %v", unwrapPathErr(err)))
		return buf, nil, nil, -1
	}
	if !st.Mode().IsRegular() {
		notice("warning", j.rel, fmt.Sprintf("not a regular file (%s), skipped", fileKind(st.Mode())))
		return buf, nil, nil, -1
	}
	size, limit := st.Size(), int64(o.Config.MaxFileSize)
	if limit > 0 && size > limit {
		notice("warning", j.rel, oversize(size, limit))
		return buf, nil, nil, -1
	}
	if size > StreamThreshold {
		fs, exp, n := e.scanLarge(j, f, limit, notice)
		return buf, fs, exp, n
	}
	// stat can be wrong (a /proc or FUSE file says 0, a log grows while it
	// is read): at most StreamThreshold bytes are read whole, and a file
	// that turns out larger is streamed.
	whole := limit
	if limit <= 0 || limit > StreamThreshold {
		whole = StreamThreshold
	}
	buf, over, err := readCapped(f, buf, size, whole)
	if err != nil {
		notice("error", j.rel, fmt.Sprintf("cannot read: %v", unwrapPathErr(err)))
		return buf, nil, nil, -1
	}
	if over && whole != limit {
		fs, exp, n := e.scanLarge(j, f, limit, notice)
		return buf, fs, exp, n
	}
	if over {
		notice("warning", j.rel, oversize(-1, limit))
		return buf, nil, nil, -1
	}
	n := len(buf)
	content := buf[:n]
	if IsBinary(content) {
		notice(report.LevelNote, j.rel, "binary file skipped")
		return buf, nil, nil, -1
	}
	if IsOwnReport(content) {
		notice("warning", j.rel, "skipped: a vippslint report with every key in it redacted, so it holds nothing to find")
		return buf, nil, nil, -1
	}
	fs, exp := e.ScanWithExpired(j.rel, content)
	return buf, fs, exp, int64(n)
}

// oversize is the notice for a file over the size limit; size < 0 means
// the file had more than limit bytes when read (stat said less).
func oversize(size, limit int64) string {
	what := fmt.Sprintf("%d bytes is", size)
	if size < 0 {
		what = "its content is"
	}
	return fmt.Sprintf("skipped: %s over the %d-byte limit (max_file_size in .vippslint.yaml, --max-file-size)", what, limit)
}

// readCapped reads r to its end into buf (reused), expecting size bytes
// (what stat said) but never trusting it: it reads at most limit+1 bytes
// (no cap when limit <= 0), and over reports that r held more than limit.
func readCapped(r io.Reader, buf []byte, size, limit int64) (_ []byte, over bool, err error) {
	want := size + 1 // one more byte tells whether the file grew
	if limit > 0 {
		r = io.LimitReader(r, limit+1)
		want = min(want, limit+1)
	}
	if int64(cap(buf)) < want {
		buf = make([]byte, 0, max(want, 512))
	}
	buf = buf[:0]
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grow
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return buf, false, err
		}
	}
	return buf, limit > 0 && int64(len(buf)) > limit, nil
}

// fileKind names the type of a file that is not regular.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeIrregular != 0:
		return "an irregular file"
	}
	return m.Type().String()
}

// scanLarge scans a file over StreamThreshold as a stream, in bounded
// windows around the prefilter's hits, so that memory does not grow with
// the file. It returns the bytes read, or -1 when the file was skipped.
func (e *Engine) scanLarge(j job, f *os.File, limit int64, notice func(level, p, msg string)) ([]report.Finding, []Expired, int64) {
	x, err := e.indexStream(f, limit)
	if err == nil && !x.binary && !x.over {
		var fs []report.Finding
		var exp []Expired
		if fs, exp, err = e.scanStream(j.rel, f, x); err == nil {
			return fs, exp, x.size
		}
	}
	switch {
	case err != nil:
		notice("error", j.rel, fmt.Sprintf("cannot read: %v", unwrapPathErr(err)))
	case x.over:
		notice("warning", j.rel, oversize(-1, limit))
	default:
		notice(report.LevelNote, j.rel, "binary file skipped")
	}
	return nil, nil, -1
}
