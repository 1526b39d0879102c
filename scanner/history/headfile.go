package history

import (
	"errors"
	"fmt"
	"io"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// maxHeadFile bounds a file read from HEAD's tree (a config or ignore
// file): larger ones are an error, never read whole.
const maxHeadFile = 1 << 20

// HeadFile reads the file at the slash-separated path name in the tree of
// the repository's HEAD commit: the committed version of a config file, for
// a bare repository or mirror, which has no work tree to read it from. ok
// is false when there is no HEAD commit or no such file.
func HeadFile(l Location, name string) (data []byte, ok bool, err error) {
	rp, err := openLocation(l)
	if err != nil {
		return nil, false, err
	}
	defer rp.close()
	ref, err := rp.r.Head()
	if errors.Is(err, plumbing.ErrReferenceNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("read HEAD of %s: %w", l.Root(), err)
	}
	c, err := rp.r.CommitObject(ref.Hash())
	if err != nil {
		return nil, false, fmt.Errorf("read HEAD commit %s of %s: %w", ref.Hash(), l.Root(), err)
	}
	f, err := c.File(name)
	if errors.Is(err, object.ErrFileNotFound) || errors.Is(err, object.ErrDirectoryNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("read HEAD:%s of %s: %w", name, l.Root(), err)
	}
	if f.Size > maxHeadFile {
		return nil, false, fmt.Errorf("HEAD:%s of %s is %d bytes, more than the %d a config file may have", name, l.Root(), f.Size, maxHeadFile)
	}
	r, err := f.Reader()
	if err != nil {
		return nil, false, fmt.Errorf("read HEAD:%s of %s: %w", name, l.Root(), err)
	}
	defer r.Close()
	if data, err = io.ReadAll(r); err != nil {
		return nil, false, fmt.Errorf("read HEAD:%s of %s: %w", name, l.Root(), err)
	}
	return data, true, nil
}
