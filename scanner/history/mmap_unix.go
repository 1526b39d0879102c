//go:build unix

package history

import (
	"os"
	"syscall"
)

// mapFile maps a file read-only; unmap releases it. ok is false when the
// file cannot be mapped (the caller reads it with ReadAt instead).
func mapFile(path string) (data []byte, unmap func(), ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.Size() == 0 || st.Size() != int64(int(st.Size())) {
		return nil, nil, false
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(st.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, false
	}
	return b, func() { _ = syscall.Munmap(b) }, true
}

// dropPages tells the kernel that the mapped pages are not needed now: they
// leave the process's resident set and come back from the page cache when
// read again.
func dropPages(b []byte) { _ = syscall.Madvise(b, syscall.MADV_DONTNEED) }
