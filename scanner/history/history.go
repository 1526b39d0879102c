package history

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/config"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/cache"
	"github.com/go-git/go-git/v5/plumbing/storer"
	"github.com/go-git/go-git/v5/storage/filesystem"
	"github.com/go-git/go-git/v5/storage/memory"

	"github.com/vippslint/vippslint/scanner"
	"github.com/vippslint/vippslint/scanner/report"
)

// Options configure a history or index scan.
type Options struct {
	// Range is "BASE..HEAD", "BASE.." or a single revision; "" scans every
	// commit of every ref.
	Range string
	// AllowShallow scans a shallow or partial clone instead of failing, and
	// says in a notice what could not be scanned.
	AllowShallow bool
	// Engine scans blob content. Required.
	Engine *scanner.Engine
	// MaxFileSize skips larger blobs (0: no limit).
	MaxFileSize int64
	// Exclude reports whether a slash-separated path is never scanned (the
	// config's exclude globs); nil excludes nothing.
	Exclude func(path string) bool
	// Progress receives a one-line progress display (carriage returns), for
	// a terminal; nil for none.
	Progress io.Writer
	// Workers is the number of blob readers and scanners (default: one per
	// CPU).
	Workers int
	// Counter, if not nil, counts progress for a display of several scans.
	Counter *Counter
	// Cache, if not nil, keeps what was scanned between runs; CacheKey
	// names the options findings depend on besides the vippslint build
	// (config globs and limits), so that runs with other options do not
	// share entries.
	Cache    *Cache
	CacheKey string
	// NeedSecrets re-reads cached blobs whose findings had raw values (for
	// --verify, which needs them; the cache never stores them).
	NeedSecrets bool
	// Slots, if not nil, bounds how many blobs are read and scanned at once
	// across all the scans that share it (one slot per CPU for scans of
	// several repositories at once).
	Slots chan struct{}
}

// Result is what a scan found and what it covered.
type Result struct {
	// Findings are grouped history results (one per path, rule and secret)
	// for Scan, plain findings for ScanStaged.
	Findings []report.Finding
	Notices  []report.Notice
	// Commits and Blobs count the commits walked and the blob versions
	// ((path, blob) pairs) read; Bytes their size. Skipped counts binary and
	// oversized blobs.
	Commits, Blobs int
	Bytes          int64
	Skipped        int
	// Refs are the refs whose history was scanned (all refs, or the range's
	// ends).
	Refs []string
	// Range is the range as given, "" for all refs.
	Range string
	// InHead and OnlyHistory count results still at HEAD and results only
	// in history.
	InHead, OnlyHistory int
	// Shallow is the number of shallow boundary commits (0: full history).
	Shallow int
	// Missing counts objects a partial clone does not have locally.
	Missing int
	// Errors counts objects that could not be read: the scan is incomplete.
	Errors int
	// Cached counts the blob versions whose findings came from the cache
	// (not read); Unchanged is true when the whole result did, because no
	// ref moved since a complete cached run.
	Cached    int
	Unchanged bool
}

// Scope is a summary of what was scanned, for SARIF run properties and the
// JSON scope.
func (r *Result) Scope() map[string]any {
	s := map[string]any{
		"commits": r.Commits, "blobs": r.Blobs, "bytes": r.Bytes, "skipped": r.Skipped,
		"inHead": r.InHead, "onlyHistory": r.OnlyHistory,
	}
	if r.Range != "" {
		s["range"] = r.Range
	} else {
		s["refs"] = capList(r.Refs, 20)
		s["refCount"] = len(r.Refs)
	}
	if r.Shallow > 0 {
		s["shallow"] = r.Shallow
	}
	if r.Missing > 0 {
		s["missing"] = r.Missing
	}
	if r.Errors > 0 {
		s["errors"] = r.Errors
	}
	if r.Cached > 0 || r.Unchanged {
		s["cached"] = r.Cached
		s["unchanged"] = r.Unchanged
	}
	return s
}

// Summary is a one-line description of the scan, for stderr.
func (r *Result) Summary() string {
	what := "all refs (" + fmt.Sprint(len(r.Refs)) + ")"
	if r.Range != "" {
		what = "range " + r.Range
	}
	s := fmt.Sprintf("scanned %s: %d commits, %d blobs (%.1f MB); %d results in HEAD, %d only in history",
		what, r.Commits, r.Blobs, float64(r.Bytes)/1e6, r.InHead, r.OnlyHistory)
	if r.Shallow > 0 {
		s += fmt.Sprintf("; shallow clone, history before %d boundary commits not scanned", r.Shallow)
	}
	if r.Missing > 0 {
		s += fmt.Sprintf("; %d objects missing from a partial clone not scanned", r.Missing)
	}
	switch {
	case r.Unchanged:
		s += "; no ref moved since the cached run, so its result was reused"
	case r.Cached > 0:
		s += fmt.Sprintf("; %d blob versions answered from the cache", r.Cached)
	}
	return s
}

func capList(l []string, n int) []string {
	if len(l) <= n {
		return l
	}
	return l[:n]
}

// ErrShallow is returned (wrapped in a *ShallowError) for a shallow clone
// without Options.AllowShallow.
var ErrShallow = errors.New("shallow clone")

// ShallowError says that the history is cut off.
type ShallowError struct {
	// Boundary are the shallow commits whose parents are missing.
	Boundary []plumbing.Hash
}

func (e *ShallowError) Error() string {
	return fmt.Sprintf("shallow clone: history before %d boundary commits (first %s) is missing, so leaks in it cannot be found; "+
		"fetch the full history (git fetch --unshallow, or actions/checkout with fetch-depth: 0) or pass --allow-shallow", len(e.Boundary), e.Boundary[0])
}

// Is makes errors.Is(err, ErrShallow) work.
func (e *ShallowError) Is(target error) bool { return target == ErrShallow }

// Object caches (inflated objects by pack offset): trees for the walker,
// delta bases for each blob reader. The walker needs only the bases of the
// trees it reads next (it keeps the last tree of each directory itself):
// 8 MB walks the synthetic history faster than 32 MB did (2.47-2.50 s
// against 2.65-2.67 s) with 60 MB less at the peak. 12 MB per blob worker
// instead of 16 MB takes the synthetic history's peak from 249 MB to
// 224-230 MB (gitleaks: 247 MB) for 4% more time on moby/moby (16.1 s
// against 15.5 s), whose delta chains outgrow either size.
const (
	walkerCacheSize = 8 << 20
	workerCacheSize = 12 << 20
)

// repo is an opened repository with a way to get more object readers.
type repo struct {
	r *git.Repository
	// newReader returns an object reader for one goroutine with an object
	// cache of cacheBytes; close it.
	newReader func(cacheBytes int) *objReader
	partial   bool
	close     func()
}

// open opens the repository at (or above) path.
func open(path string) (*repo, error) {
	l, err := Find(path)
	if err != nil {
		return nil, fmt.Errorf("open git repository: %w", err)
	}
	return openLocation(l)
}

// wrap gives a repository per-goroutine object readers: packs read
// directly plus a fresh go-git storage on the same .git for loose objects
// (go-git storages are not safe for concurrent use), the storage itself for
// memory repositories, a locked storage otherwise.
func wrap(r *git.Repository) (*repo, error) {
	rp := &repo{r: r, close: func() {}}
	if cfg, err := r.Config(); err == nil {
		rp.partial = isPartial(cfg)
	}
	var fst *filesystem.Storage
	switch s := r.Storer.(type) {
	case *filesystem.Storage:
		fst = s
	case *fsStorage:
		fst = s.Storage
	}
	switch s := r.Storer.(type) {
	case *filesystem.Storage, *fsStorage:
		fsys := fst.Filesystem()
		pi, err := loadPackIndex(fsys)
		if err != nil {
			return nil, err
		}
		rp.close = pi.close
		rp.newReader = func(cacheBytes int) *objReader {
			st := filesystem.NewStorageWithOptions(fsys, cache.NewObjectLRU(8*cache.MiByte), filesystem.Options{KeepDescriptors: true})
			or := newObjReader(pi, st, cacheBytes)
			or.closers = append(or.closers, func() { _ = st.Close() })
			return or
		}
	case *memory.Storage:
		rp.newReader = func(cacheBytes int) *objReader { return newObjReader(nil, s, cacheBytes) }
	default:
		l := &lockedStorer{EncodedObjectStorer: r.Storer}
		rp.newReader = func(cacheBytes int) *objReader { return newObjReader(nil, l, cacheBytes) }
	}
	return rp, nil
}

// lockedStorer serializes reads of a storage of unknown thread safety.
type lockedStorer struct {
	mu sync.Mutex
	storer.EncodedObjectStorer
}

func (l *lockedStorer) EncodedObject(t plumbing.ObjectType, h plumbing.Hash) (plumbing.EncodedObject, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	o, err := l.EncodedObjectStorer.EncodedObject(t, h)
	if err != nil {
		return nil, err
	}
	// Read it now, under the lock.
	m := &plumbing.MemoryObject{}
	m.SetType(o.Type())
	if err := copyObject(m, o); err != nil {
		return nil, err
	}
	return m, nil
}

func copyObject(dst *plumbing.MemoryObject, src plumbing.EncodedObject) error {
	r, err := src.Reader()
	if err != nil {
		return err
	}
	defer r.Close()
	w, _ := dst.Writer()
	_, err = io.Copy(w, r)
	return err
}

// isPartial reports whether the repository is a partial clone: objects
// may be missing locally on purpose.
func isPartial(cfg *config.Config) bool {
	if cfg.Raw == nil {
		return false
	}
	if cfg.Raw.Section("extensions").Option("partialclone") != "" {
		return true
	}
	for _, s := range cfg.Raw.Section("remote").Subsections {
		if strings.EqualFold(s.Option("promisor"), "true") || s.Option("partialclonefilter") != "" {
			return true
		}
	}
	return false
}

// Scan scans the history of the repository at or above repoPath.
func Scan(ctx context.Context, repoPath string, opts Options) (*Result, error) {
	rp, err := open(repoPath)
	if err != nil {
		return nil, err
	}
	return scanRepo(ctx, rp, opts)
}

// ScanRepository scans the history of an opened repository (for example
// one in memory).
func ScanRepository(ctx context.Context, r *git.Repository, opts Options) (*Result, error) {
	rp, err := wrap(r)
	if err != nil {
		return nil, err
	}
	return scanRepo(ctx, rp, opts)
}

func scanRepo(ctx context.Context, rp *repo, opts Options) (*Result, error) {
	defer rp.close()
	if opts.Engine == nil {
		return nil, errors.New("history: Options.Engine is nil")
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.NumCPU()
	}
	res := &Result{Range: opts.Range}
	shallow, err := rp.r.Storer.Shallow()
	if err != nil {
		return nil, fmt.Errorf("read shallow list: %w", err)
	}
	if len(shallow) > 0 {
		if !opts.AllowShallow {
			return nil, &ShallowError{Boundary: shallow}
		}
		res.Shallow = len(shallow)
		res.Notices = append(res.Notices, report.Notice{Level: "warning", Message: fmt.Sprintf(
			"shallow clone: the history before %d boundary commits (first %s) is not in this clone and was not scanned; fetch it with git fetch --unshallow",
			len(shallow), shallow[0])})
	}
	var stateKey []byte
	if opts.Cache != nil {
		if stateKey, err = refState(rp.r, scopeOf(opts.CacheKey), opts); err == nil {
			checker := rp.newReader(1 << 20)
			cached, ok := opts.Cache.result(stateKey, opts.NeedSecrets, checker.readable)
			checker.close()
			if ok {
				cached.Range = opts.Range
				return cached, nil
			}
		}
	}
	walkR := rp.newReader(walkerCacheSize)
	defer walkR.close()
	g, err := loadGraph(rp.r, walkR, opts.Range, shallow)
	if err != nil {
		return nil, err
	}
	res.Refs = g.refNames()
	res.Commits = len(g.order)

	s := &scan{opts: opts, rp: rp, g: g, res: res, obj: walkR, paths: newPathTable()}
	if err := s.run(ctx); err != nil {
		return nil, err
	}
	if err := s.group(); err != nil {
		return nil, err
	}
	if res.Missing > 0 {
		level := "error"
		if opts.AllowShallow {
			level = "warning"
		} else {
			res.Errors += res.Missing
		}
		res.Notices = append(res.Notices, report.Notice{Level: level, Message: fmt.Sprintf(
			"partial clone: %d objects are not in the local object store and were not scanned (first %s); fetch them (git fetch --refetch without a filter) or pass --allow-shallow",
			res.Missing, s.firstMissing)})
	}
	sort.SliceStable(res.Notices, func(i, j int) bool { return res.Notices[i].Path < res.Notices[j].Path })
	if opts.Cache != nil {
		var err error
		if stateKey != nil && s.cacheable() {
			err = opts.Cache.putResult(stateKey, res, s.failed)
		} else {
			err = opts.Cache.flush()
		}
		if err = errors.Join(s.cacheErr, err); err != nil {
			res.Notices = append(res.Notices, report.Notice{Level: "warning", Message: fmt.Sprintf(
				"cache: %v; this scan is complete, the next one may re-read more", err)})
		}
	}
	return res, nil
}

// ETA estimates the time left from the time spent and the fraction done;
// 0 when it cannot tell yet.
func ETA(elapsed time.Duration, fraction float64) time.Duration {
	if fraction <= 0.01 || fraction >= 1 {
		return 0
	}
	return time.Duration(float64(elapsed) * (1 - fraction) / fraction).Round(time.Second)
}

// Progress prints line() every 200ms on a terminal w, overwriting the
// last, until stop is called; nothing when w is nil.
func Progress(w io.Writer, line func() string) (stop func()) { return progress(w, line) }

// progress prints a status line every 200ms until stop is called.
func progress(w io.Writer, line func() string) (stop func()) {
	if w == nil {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				fmt.Fprint(w, "\r\x1b[K")
				return
			case <-t.C:
				fmt.Fprint(w, "\r\x1b[K"+line())
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}
