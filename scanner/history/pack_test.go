package history

import (
	"bytes"
	"compress/zlib"
	"strings"
	"testing"

	"github.com/go-git/go-git/v5/plumbing"
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

// TestParseHeader reads packed object headers: type, size, where the data
// starts and an offset delta's base, and refuses truncated or bad ones.
func TestParseHeader(t *testing.T) {
	for _, tc := range []struct {
		name    string
		hdr     []byte
		off     int64
		want    objHeader
		wantErr bool
	}{
		// blob (3), size 5: 0b0_011_0101.
		{"small blob", []byte{0x35, 0xff}, 100, objHeader{typ: plumbing.BlobObject, size: 5, data: 1, baseOff: -1}, false},
		// tree (2), size 0 with more bytes: 0b1_010_0000, then 0x03: 3<<4 = 48.
		{"tree, two size bytes", []byte{0xa0, 0x03}, 100, objHeader{typ: plumbing.TreeObject, size: 48, data: 2, baseOff: -1}, false},
		// ofs delta (6), size 1, negative offset 0x10: base at 90 - 16 = 74.
		{"offset delta", []byte{0x61, 0x10}, 90, objHeader{typ: plumbing.OFSDeltaObject, size: 1, data: 2, baseOff: 74}, false},
		// two offset bytes: ((0x01 + 1) << 7) | 0x00 = 256.
		{"offset delta, two offset bytes", []byte{0x61, 0x81, 0x00}, 1000, objHeader{typ: plumbing.OFSDeltaObject, size: 1, data: 3, baseOff: 744}, false},
		{"offset delta before the pack", []byte{0x61, 0x10}, 8, objHeader{}, true},
		{"ref delta without its base name", []byte{0x71, 1, 2, 3}, 100, objHeader{}, true},
		{"bad type", []byte{0x05}, 100, objHeader{}, true},
		{"size runs off the header", []byte{0xb5}, 100, objHeader{}, true},
		{"empty", nil, 100, objHeader{}, true},
	} {
		got, err := parseHeader(tc.hdr, tc.off)
		if (err != nil) != tc.wantErr {
			t.Errorf("%s: err %v, want error %v", tc.name, err, tc.wantErr)
			continue
		}
		if err == nil && got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestTouchSetDropsOverBudget(t *testing.T) {
	const window = 1 << touchWindowShift
	drops := 0
	ts := newTouchSet(100*window, 4*window, func() { drops++ })
	// Reads within windows already read cost nothing.
	for range 10 {
		ts.read(0, 10)
		ts.read(window-5, window+5) // windows 0 and 1
	}
	ts.read(2*window, 4*window) // windows 2 and 3: at the budget
	if drops != 0 {
		t.Fatalf("dropped at the budget: %d drops", drops)
	}
	ts.read(10*window, 10*window+1) // a fifth window: over it
	if drops != 1 {
		t.Fatalf("drops = %d after a fifth window, want 1", drops)
	}
	// The count starts again: four windows read before are new again.
	ts.read(0, 4*window)
	if drops != 1 {
		t.Fatalf("drops = %d after four windows, want still 1", drops)
	}
	ts.read(99*window, 99*window+1)
	if drops != 2 {
		t.Fatalf("drops = %d, want 2", drops)
	}
	ts.read(5, 5) // empty
	if got := ts.count.Load(); got != 0 {
		t.Fatalf("count = %d after a drop, want 0", got)
	}
}
