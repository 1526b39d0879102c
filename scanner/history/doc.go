// Package history scans git history and the git index for Vipps keys.
//
// # Git history
//
// Scan reads a repository with go-git (no git binary needed) and runs
// scanner.Engine.Scan on every blob version the history holds:
//
//	res, err := history.Scan(ctx, repoPath, history.Options{
//		Engine:      engine,       // a *scanner.Engine, shared by all workers
//		Range:       "BASE..HEAD", // "" scans every commit of every ref
//		MaxFileSize: 10 << 20,
//	})
//
// The repository may be a work tree, a .git directory or file (linked work
// trees, submodules), a bare repository or a mirror, with or without a
// config file (Find). SHA-256 repositories are refused (ErrSHA256), as are
// extensions that change how refs or objects are stored.
//
// Without a Range, the scope is every commit reachable from every ref
// (branches, tags, remote-tracking branches, refs/pull/*,
// refs/merge-requests/*, notes, HEAD) and from every stash entry (the stash
// reflog), as `git log --all` plus the stash. Commits that only refs other
// than branches and tags reach are ordered last; a result introduced in one
// names those refs ("only on refs/pull/71/head", property onlyOn). A commit
// that cannot be read is reported by ID in an error notice and skipped. Commits are ordered topologically (parents first; HEAD's
// ancestry first, first parents first) and each commit's tree is walked with
// a seen-set of (directory, tree hash): a subtree already walked at the same
// path is skipped whole, so each commit costs only what it changed. Every
// (path, blob) pair is scanned once and attributed to the first commit in
// that order that holds it: the commit that introduced that content at that
// path. The same blob at a second path is scanned again, because location
// rules (client-side paths, merchant_visible globs, lockfiles) depend on the
// path.
//
// With a Range "BASE..HEAD" the scope is the commits reachable from HEAD and
// not from BASE (as `git log BASE..HEAD`, merges included), and only what
// those commits add: for each commit, the (path, blob) pairs that none of its
// parents holds at that path. A merge commit therefore contributes only what
// differs from every parent (conflict resolutions and evil merges); what a
// merged branch brought in is attributed to that branch's own commits.
// "BASE.." means BASE..HEAD; a single revision "REV" means every commit
// reachable from REV.
//
// # Pipeline, speed and memory
//
// One goroutine walks commits and trees and sends (path, blob, commit) jobs
// through a bounded channel; one worker per CPU reads each blob from its own
// go-git storage (go-git object storages are not safe for concurrent use),
// skips it when it is over MaxFileSize (by the object header, before
// inflating) or binary (scanner.IsBinary), and scans it. Memory is bounded
// by the seen-sets (tens of bytes per path and blob version), each worker's
// object cache and its largest blob: never the whole repository.
//
// # History report
//
// Matches are grouped by (path, rule, fingerprint); report.Finding's
// Fingerprint is content-based, so the same secret kept through many edits
// of a file is one result. Each result is located at the file and line of the
// commit that first introduced the secret at that path, and carries SARIF
// result properties:
//
//	commit         full SHA of the introducing commit
//	author, date   its author ("Name <email>") and author date (RFC 3339)
//	path           the path at that commit
//	lastCommit     the last commit (in topological order) whose tree still
//	               holds the secret at that path
//	presentAtHead  whether HEAD (the range's end with a Range) still holds it
//	removedIn      the child of lastCommit that dropped it, when there is one
//	refs, refCount branches and tags whose tip still holds it (the first
//	               five) and how many there are
//
// The message says "still at HEAD in PATH:LINE" or "removed in SHORT, still
// in history: rotate the key". A secret that appears at another path is a
// new result at the new path with a related location at the earlier one.
// Result.InHead and Result.OnlyHistory count the results each way, and
// Result.Scope gives the run properties for SARIF and JSON output.
//
// # Honest coverage
//
// A shallow clone is an error (ErrShallow) unless Options.AllowShallow,
// which scans what is there and adds a notice naming the shallow boundary.
// In a partial clone, blobs and trees missing from the local object store
// are counted (Result.Missing) and are errors unless AllowShallow. Other
// unreadable objects are reported by ID in an error notice, counted in
// Result.Errors and skipped; the caller should treat the scan as incomplete.
//
// # Many repositories and incremental runs
//
// FindAll lists the repositories under a folder (work trees, bare
// repositories, mirrors) and ScanLocation scans one; several scans may run
// at once, sharing Options.Slots (blob scans at once across them) and
// reporting progress through Options.Counter. Options.Cache (OpenCache, a
// bbolt file) keeps the findings of each scanned (path, blob) pair and each
// complete result under its refs, so that an unchanged repository reads no
// blob and new commits read only their new blobs. A result with objects
// that could not be read is reused only while each of them still cannot
// be, and carries the same errors. See cache.go for what is stored and why
// a killed run leaves only true entries.
//
// # Staged changes
//
// ScanStaged scans what `git commit` would record: the index entries whose
// blob differs from HEAD's tree at that path (every entry when there is no
// HEAD yet). Blobs are read from the object store by the entries' hashes,
// so unstaged edits in the work tree are never scanned. Symlinks, submodules
// and intent-to-add entries are skipped.
package history
