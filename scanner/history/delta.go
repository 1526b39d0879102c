package history

import "errors"

var errDelta = errors.New("invalid delta")

// patchDelta applies a git delta to base. It allocates the result once, at
// the size the delta's header gives (go-git's PatchDelta grows a buffer,
// which was a fifth of the heap allocated on moby/moby).
func patchDelta(base, delta []byte) ([]byte, error) {
	return patchDeltaInto(base, delta, func(n int) []byte { return make([]byte, 0, n) })
}

// patchDeltaInto is patchDelta with the result's buffer from alloc (length
// 0, capacity n).
func patchDeltaInto(base, delta []byte, alloc func(n int) []byte) ([]byte, error) {
	srcSize, delta, ok := deltaSize(delta)
	if !ok || srcSize != uint64(len(base)) {
		return nil, errDelta
	}
	dstSize, delta, ok := deltaSize(delta)
	if !ok || dstSize > 1<<34 {
		return nil, errDelta
	}
	dst := alloc(int(dstSize))
	for len(delta) > 0 {
		cmd := delta[0]
		delta = delta[1:]
		switch {
		case cmd&0x80 != 0:
			var off, n uint64
			for i := range 4 {
				if cmd&(1<<i) != 0 {
					if len(delta) == 0 {
						return nil, errDelta
					}
					off |= uint64(delta[0]) << (8 * i)
					delta = delta[1:]
				}
			}
			for i := range 3 {
				if cmd&(0x10<<i) != 0 {
					if len(delta) == 0 {
						return nil, errDelta
					}
					n |= uint64(delta[0]) << (8 * i)
					delta = delta[1:]
				}
			}
			if n == 0 {
				n = 0x10000
			}
			if off+n > uint64(len(base)) || uint64(len(dst))+n > dstSize {
				return nil, errDelta
			}
			dst = append(dst, base[off:off+n]...)
		case cmd != 0:
			n := int(cmd)
			if n > len(delta) || uint64(len(dst)+n) > dstSize {
				return nil, errDelta
			}
			dst = append(dst, delta[:n]...)
			delta = delta[n:]
		default:
			return nil, errDelta
		}
	}
	if uint64(len(dst)) != dstSize {
		return nil, errDelta
	}
	return dst, nil
}

// deltaSize reads a delta header's little-endian base-128 size.
func deltaSize(d []byte) (uint64, []byte, bool) {
	var n uint64
	for shift := uint(0); len(d) > 0 && shift < 64; shift += 7 {
		c := d[0]
		d = d[1:]
		n |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return n, d, true
		}
	}
	return 0, nil, false
}
