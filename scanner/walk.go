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
	// Verbose adds notices for files skipped on purpose (binary files,
	// symlinked directories, special files).
	Verbose bool
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

// IsBinary reports whether content looks binary.
func IsBinary(content []byte) bool {
	return bytes.IndexByte(content[:min(len(content), BinarySniff)], 0) >= 0
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
			var files, size int64
			for j := range jobs {
				if ctx.Err() != nil {
					continue
				}
				var fs []report.Finding
				var n int64
				buf, fs, n = e.scanFile(j, o, buf, notice)
				if n >= 0 {
					files++
					size += n
				}
				found = append(found, fs...)
			}
			mu.Lock()
			res.Findings = append(res.Findings, found...)
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
					if o.Verbose {
						notice("warning", r, "symlink to a directory not followed")
					}
				case st.Mode().IsRegular():
					jobs <- job{path, r}
				}
			default:
				if o.Verbose {
					notice("warning", r, "not a regular file, skipped")
				}
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

// scanFile reads and scans one file, reusing buf. It returns the bytes read,
// or -1 when the file was skipped.
func (e *Engine) scanFile(j job, o WalkOptions, buf []byte, notice func(level, p, msg string)) ([]byte, []report.Finding, int64) {
	f, err := os.Open(j.abs)
	if err != nil {
		notice("error", j.rel, fmt.Sprintf("cannot read: %v", unwrapPathErr(err)))
		return buf, nil, -1
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		notice("error", j.rel, fmt.Sprintf("cannot stat: %v", unwrapPathErr(err)))
		return buf, nil, -1
	}
	size := st.Size()
	if max := int64(o.Config.MaxFileSize); max > 0 && size > max {
		notice("warning", j.rel, fmt.Sprintf("skipped: %d bytes is over the %d-byte limit (max_file_size in .vippslint.yaml, --max-file-size)", size, max))
		return buf, nil, -1
	}
	if int64(cap(buf)) < size+1 {
		buf = make([]byte, size+1)
	}
	buf = buf[:cap(buf)]
	n, err := io.ReadFull(f, buf[:size+1])
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		notice("error", j.rel, fmt.Sprintf("cannot read: %v", unwrapPathErr(err)))
		return buf, nil, -1
	}
	if n > int(size) { // grew while we read it: read the rest
		rest, err := io.ReadAll(f)
		if err != nil {
			notice("error", j.rel, fmt.Sprintf("cannot read: %v", unwrapPathErr(err)))
			return buf, nil, -1
		}
		buf = append(buf[:n], rest...)
		n = len(buf)
	}
	content := buf[:n]
	if IsBinary(content) {
		if o.Verbose {
			notice("warning", j.rel, "binary file skipped")
		}
		return buf, nil, -1
	}
	if IsOwnReport(content) {
		if o.Verbose {
			notice("warning", j.rel, "a vippslint report, skipped")
		}
		return buf, nil, -1
	}
	return buf, e.Scan(j.rel, content), int64(n)
}
