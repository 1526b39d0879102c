package history

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/vippslint/vippslint/scanner/report"
)

// Incremental scans.
//
// A Cache is a bbolt file with two buckets:
//
//	pairs    scope(8) + blob(20) + path -> the findings of that blob at
//	         that path (findings depend on the path: location rules), "" for
//	         none, "b" for a binary blob
//	results  scope(8) + sha256(refs and their commits) -> a whole scan's
//	         result, for a repository whose refs did not move, with the
//	         IDs of the objects it could not read
//
// scope is a hash of Options.CacheKey (the config the findings depend on).
// The meta bucket holds the vippslint build (OpenCache's version); a
// different one empties the cache, so a new rule catalogue re-scans.
//
// Entries are written in bbolt transactions, each of complete entries: a
// pair only after its blob was read and scanned, a whole result only after
// the scan ended. A run killed at any point leaves a cache whose entries
// are all true; the next run re-reads what is not in it.
//
// A scan whose errors are all about objects it could not read (a hosting
// snapshot without its largest blobs, a partial clone) is stored whole too,
// with the IDs of those objects: every commit of unmoved refs is the same,
// so only those objects can differ. Before such a result is reused, each
// of them is read again; if any can now be read (fetched since, or a
// transient error), the result is not reused and the repository is
// scanned again. A reused result carries the same error notices and counts,
// so the run still reports itself incomplete.
//
// Secrets are never stored: a cached finding keeps its redacted message,
// snippet and fingerprint, and only whether it had a raw value. Options with
// NeedSecrets (--verify) re-read the blobs whose findings had one.

var (
	bucketMeta    = []byte("meta")
	bucketPairs   = []byte("pairs")
	bucketResults = []byte("results")
	keyVersion    = []byte("version")
)

// cacheFormat changes when the stored encoding does.
const cacheFormat = "vippslint-cache/2"

// maxCachedFailures bounds the unreadable objects a stored whole result
// may have: each is read again before the result is reused.
const maxCachedFailures = 4096

// cacheFlush is how many pair entries are written per transaction.
const cacheFlush = 4096

// cachedSecret stands for a raw secret the cache does not keep: history
// results only ask whether there was one.
const cachedSecret = "\x00secret not cached"

// Cache is an incremental-scan store. It is safe for concurrent use by
// several scans.
type Cache struct {
	db *bolt.DB
	// flushEvery is how many pairs are written per transaction.
	flushEvery int

	mu      sync.Mutex
	pending []cacheEntry
}

type cacheEntry struct{ k, v []byte }

// OpenCache opens or creates the cache file at path for a vippslint build:
// version names the rule catalogue and everything else findings depend on;
// a cache written by another version is emptied.
func OpenCache(path, version string) (*Cache, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 10 * time.Second})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, fmt.Errorf("open cache %s: another vippslint run holds it", path)
		}
		return nil, fmt.Errorf("open cache %s: %w", path, err)
	}
	want := []byte(cacheFormat + "\x00" + version)
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if !bytes.Equal(meta.Get(keyVersion), want) {
			for _, b := range [][]byte{bucketPairs, bucketResults} {
				if err := tx.DeleteBucket(b); err != nil && !errors.Is(err, bolterrors.ErrBucketNotFound) {
					return err
				}
			}
		}
		for _, b := range [][]byte{bucketPairs, bucketResults} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return meta.Put(keyVersion, want)
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open cache %s: %w", path, err)
	}
	return &Cache{db: db, flushEvery: cacheFlush}, nil
}

// Close writes what is pending and closes the file.
func (c *Cache) Close() error {
	err := c.flush()
	if cerr := c.db.Close(); err == nil {
		err = cerr
	}
	return err
}

func scopeOf(cacheKey string) []byte {
	sum := sha256.Sum256([]byte(cacheKey))
	return sum[:8]
}

func pairKeyBytes(scope []byte, blob plumbing.Hash, path string) []byte {
	k := make([]byte, 0, len(scope)+len(blob)+len(path))
	k = append(k, scope...)
	k = append(k, blob[:]...)
	return append(k, path...)
}

// cachedFinding is a finding without its raw values, with the fields JSON
// would lose.
type cachedFinding struct {
	F         report.Finding `json:"f"`
	Col16     int            `json:"c,omitempty"`
	EndCol16  int            `json:"e,omitempty"`
	Related16 [][2]int       `json:"r,omitempty"`
	HadSecret bool           `json:"s,omitempty"`
	HadSet    bool           `json:"k,omitempty"`
	SetEnv    string         `json:"v,omitempty"`
	SetMgmt   bool           `json:"m,omitempty"`
	_         struct{}
}

func encodeFindings(fs []report.Finding) ([]byte, error) {
	out := make([]cachedFinding, len(fs))
	for i, f := range fs {
		cf := cachedFinding{F: f, Col16: f.Location.ColUTF16, EndCol16: f.Location.EndColUTF16, HadSecret: f.Secret != "", HadSet: f.Set != nil}
		if f.Set != nil {
			cf.SetEnv, cf.SetMgmt = f.Set.Env, f.Set.Management
		}
		for _, r := range f.Related {
			cf.Related16 = append(cf.Related16, [2]int{r.Location.ColUTF16, r.Location.EndColUTF16})
		}
		cf.F.Secret, cf.F.Set = "", nil
		out[i] = cf
	}
	return json.Marshal(out)
}

// decodeFindings restores cached findings; needsRaw is true when one had a
// raw value (a secret or a key set).
func decodeFindings(b []byte) (fs []report.Finding, needsRaw bool, err error) {
	var in []cachedFinding
	if err := json.Unmarshal(b, &in); err != nil {
		return nil, false, err
	}
	fs = make([]report.Finding, len(in))
	for i, cf := range in {
		f := cf.F
		f.Location.ColUTF16, f.Location.EndColUTF16 = cf.Col16, cf.EndCol16
		if len(cf.Related16) == len(f.Related) {
			for j := range f.Related {
				f.Related[j].Location.ColUTF16, f.Related[j].Location.EndColUTF16 = cf.Related16[j][0], cf.Related16[j][1]
			}
		}
		if cf.HadSecret {
			f.Secret = cachedSecret
		}
		if cf.HadSet {
			f.Set = &report.CredentialSet{Env: cf.SetEnv, Management: cf.SetMgmt}
		}
		needsRaw = needsRaw || cf.HadSecret || cf.HadSet
		fs[i] = f
	}
	return fs, needsRaw, nil
}

// pairResult is what the cache knows of a (path, blob) pair.
type pairResult struct {
	findings []report.Finding
	binary   bool
	needsRaw bool
}

// lookup returns the cached result of a pair, if any. A short read
// transaction each: a writer may need every reader gone to grow the file.
func (c *Cache) lookup(k []byte) (pairResult, bool) {
	var v []byte
	_ = c.db.View(func(tx *bolt.Tx) error {
		if got := tx.Bucket(bucketPairs).Get(k); got != nil {
			v = bytes.Clone(got)
		}
		return nil
	})
	switch {
	case v == nil:
		return pairResult{}, false
	case len(v) == 0:
		return pairResult{}, true
	case string(v) == "b":
		return pairResult{binary: true}, true
	}
	fs, raw, err := decodeFindings(v)
	if err != nil {
		return pairResult{}, false // unreadable entry: scan again
	}
	return pairResult{findings: fs, needsRaw: raw}, true
}

// store queues a scanned pair's result and writes a batch when enough are
// queued.
func (c *Cache) store(k []byte, binary bool, fs []report.Finding) error {
	var v []byte
	switch {
	case binary:
		v = []byte("b")
	case len(fs) > 0:
		var err error
		if v, err = encodeFindings(fs); err != nil {
			return err
		}
	default:
		v = []byte{}
	}
	c.mu.Lock()
	c.pending = append(c.pending, cacheEntry{k, v})
	full := len(c.pending) >= c.flushEvery
	c.mu.Unlock()
	if full {
		return c.flush()
	}
	return nil
}

// flush writes the queued pairs in one transaction.
func (c *Cache) flush() error {
	c.mu.Lock()
	batch := c.pending
	c.pending = nil
	c.mu.Unlock()
	if len(batch) == 0 {
		return nil
	}
	sort.Slice(batch, func(i, j int) bool { return bytes.Compare(batch[i].k, batch[j].k) < 0 })
	return c.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPairs)
		for _, e := range batch {
			if err := b.Put(e.k, e.v); err != nil {
				return err
			}
		}
		return nil
	})
}

// cachedResult is a whole scan's result.
type cachedResult struct {
	Findings                json.RawMessage `json:"findings"`
	Notices                 []report.Notice `json:"notices"`
	Commits, Blobs, Skipped int
	Bytes                   int64
	Refs                    []string
	InHead, OnlyHistory     int
	Shallow                 int
	Errors, Missing         int
	// Failed are the objects the scan could not read (hex IDs).
	Failed []string
	_      struct{}
}

// refState is the key of a whole result: what the scan covers (the refs,
// their commits, the stash entries, the shallow list, the range) and the
// options it depends on.
func refState(r *git.Repository, scope []byte, opts Options) ([]byte, error) {
	h := sha256.New()
	fmt.Fprintf(h, "range=%q shallow=%v\n", opts.Range, opts.AllowShallow)
	if head, err := r.Reference(plumbing.HEAD, true); err == nil {
		fmt.Fprintf(h, "HEAD %s %s\n", head.Name(), head.Hash())
	} else {
		fmt.Fprintf(h, "HEAD none\n")
	}
	refs, err := r.References()
	if err != nil {
		return nil, err
	}
	var lines []string
	err = refs.ForEach(func(ref *plumbing.Reference) error {
		lines = append(lines, ref.Name().String()+" "+ref.Hash().String()+" "+ref.Target().String())
		return nil
	})
	refs.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Fprintln(h, l)
	}
	for _, s := range stashEntries(r) {
		fmt.Fprintln(h, "stash", s)
	}
	shallow, err := r.Storer.Shallow()
	if err != nil {
		return nil, err
	}
	for _, s := range shallow {
		fmt.Fprintln(h, "shallow", s)
	}
	return append(bytes.Clone(scope), h.Sum(nil)...), nil
}

// result returns the whole result stored under key, if any, and if none of
// the objects it could not read can be read now (readable).
func (c *Cache) result(key []byte, needSecrets bool, readable func(plumbing.Hash) bool) (*Result, bool) {
	var v []byte
	_ = c.db.View(func(tx *bolt.Tx) error {
		v = bytes.Clone(tx.Bucket(bucketResults).Get(key))
		return nil
	})
	if v == nil {
		return nil, false
	}
	var cr cachedResult
	if err := json.Unmarshal(v, &cr); err != nil {
		return nil, false
	}
	fs, raw, err := decodeFindings(cr.Findings)
	if err != nil || raw && needSecrets {
		return nil, false
	}
	for _, id := range cr.Failed {
		if !plumbing.IsHash(id) || readable(plumbing.NewHash(id)) {
			return nil, false
		}
	}
	return &Result{Findings: fs, Notices: cr.Notices, Commits: cr.Commits, Skipped: cr.Skipped,
		Refs: cr.Refs, InHead: cr.InHead, OnlyHistory: cr.OnlyHistory, Shallow: cr.Shallow,
		Errors: cr.Errors, Missing: cr.Missing, Cached: cr.Blobs, Unchanged: true}, true
}

// putResult stores a finished scan's result under key, with the objects it
// could not read and the pairs still pending.
func (c *Cache) putResult(key []byte, res *Result, failed []plumbing.Hash) error {
	fs, err := encodeFindings(res.Findings)
	if err != nil {
		return err
	}
	v, err := json.Marshal(cachedResult{Findings: fs, Notices: res.Notices, Commits: res.Commits, Blobs: res.Blobs + res.Cached,
		Skipped: res.Skipped, Bytes: res.Bytes, Refs: res.Refs, InHead: res.InHead, OnlyHistory: res.OnlyHistory, Shallow: res.Shallow,
		Errors: res.Errors, Missing: res.Missing, Failed: hexIDs(failed)})
	if err != nil {
		return err
	}
	if err := c.flush(); err != nil {
		return err
	}
	return c.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketResults).Put(key, v) })
}

// cacheable reports whether the scan's result may be stored whole: no
// cache write failed, and its unreadable objects are few enough to check
// again before each reuse.
func (s *scan) cacheable() bool {
	return s.cacheErr == nil && len(s.failed) <= maxCachedFailures
}

func hexIDs(hs []plumbing.Hash) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.String()
	}
	return out
}
