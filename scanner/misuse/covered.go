package misuse

import "bytes"

// covered marks the lines of the file's parsed regions.
func covered(in Input) []bool {
	rs := regions(in.Path, in.Content)
	if len(rs) == 0 {
		return nil
	}
	c := make([]bool, bytes.Count(in.Content, []byte{'\n'})+1)
	for _, r := range rs {
		for i := r.first; i <= r.last && i < len(c); i++ {
			c[i] = true
		}
	}
	return c
}
