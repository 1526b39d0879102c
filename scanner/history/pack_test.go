package history

import (
	"bytes"
	"compress/zlib"
	"strings"
	"testing"
)

// TestInflate: objReader.inflate reads a zlib stream without its trailer
// checked, and refuses a bad header, a preset dictionary and a stream that
// ends before the object's size.
func TestInflate(t *testing.T) {
	content := []byte(strings.Repeat("VIPPS_CLIENT_ID is not here\n", 100))
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(content)
	w.Close()
	good := z.Bytes()
	r := newObjReader(nil, nil, 1<<20)
	for _, tc := range []struct {
		name    string
		stream  []byte
		size    int64
		wantErr bool
	}{
		{"whole stream", good, int64(len(content)), false},
		{"again, reusing the decompressor", good, int64(len(content)), false},
		{"bad checksum is not read", append(append([]byte{}, good[:len(good)-4]...), 0, 0, 0, 0), int64(len(content)), false},
		{"not zlib", append([]byte{0x00, 0x00}, good[2:]...), int64(len(content)), true},
		{"preset dictionary", append([]byte{0x78, 0xbb}, good[2:]...), int64(len(content)), true},
		{"truncated", good[:len(good)/2], int64(len(content)), true},
		{"shorter than the size", good, int64(len(content)) + 1, true},
		{"empty", nil, 1, true},
	} {
		got, err := r.inflate(bytes.NewReader(tc.stream), tc.size)
		if (err != nil) != tc.wantErr {
			t.Errorf("%s: err %v, want error %v", tc.name, err, tc.wantErr)
			continue
		}
		if err == nil && !bytes.Equal(got, content) {
			t.Errorf("%s: content differs", tc.name)
		}
	}
}

// TestFreeList: a freed buffer is reused for an object of a close size,
// never for a much smaller or a larger one, and the list is bounded.
func TestFreeList(t *testing.T) {
	var f freeList
	b := f.get(100000)
	if len(b) != 100000 {
		t.Fatalf("len %d", len(b))
	}
	f.put(b)
	if got := f.get(10000); &got[0] == &b[0] {
		t.Error("a 100,000-byte buffer was reused for 10,000 bytes (wasted memory held)")
	}
	if got := f.get(200000); &got[0] == &b[0] {
		t.Error("a 100,000-byte buffer was returned for 200,000 bytes")
	}
	if got := f.get(90000); &got[0] != &b[0] || len(got) != 90000 {
		t.Error("a 100,000-byte buffer was not reused for 90,000 bytes")
	}
	if got := f.get(90000); &got[0] == &b[0] {
		t.Error("a buffer was handed out twice")
	}
	for range 100 {
		f.put(make([]byte, freeListBytes/8))
	}
	if f.bytes > freeListBytes || len(f.bufs) > 8 {
		t.Errorf("free list holds %d bytes in %d buffers, over %d", f.bytes, len(f.bufs), freeListBytes)
	}
}
