package scanner

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/vippslint/vippslint/scanner/config"
	"github.com/vippslint/vippslint/scanner/report"
)

// Generated fakes: random values in the formats of real keys.
const (
	fakeID     = "5a8adbf6-31eb-425e-92c5-efd41b555aa9"
	fakeSecret = "KYBBsmThYgUY8gFKh/29pJ+tbN9l84ylsXtHARCroH0="
	fakeKey    = "3ac77ba67d127f754d04e05ce72f63ee"
)

// logLine is a line of an access log without any Vipps signal.
func logLine(i int) string {
	return fmt.Sprintf("2026-12-04T20:%02d:%02d.%03dZ INFO request id=%08x method=GET path=/api/orders/%d status=200 dur=%dms\n",
		i/60%60, i%60, i%1000, uint32(i)*2654435761, i%977, i%97)
}

// keySet is a complete key set in log form, three lines.
func keySet(i int) string {
	return fmt.Sprintf("config vipps reload %d: VIPPS_CLIENT_ID=%s\nVIPPS_CLIENT_SECRET=%s\nVIPPS_SUBSCRIPTION_KEY=%s\n", i, fakeID, fakeSecret, fakeKey)
}

// bigLog builds a log of at least size bytes; plant(i, offset) may return
// text to write before filler line i.
func bigLog(size int, plant func(i, off int) string) []byte {
	var b bytes.Buffer
	b.Grow(size + 1024)
	for i := 0; b.Len() < size; i++ {
		if plant != nil {
			b.WriteString(plant(i, b.Len()))
		}
		b.WriteString(logLine(i))
	}
	return b.Bytes()
}

func streamScan(t *testing.T, e *Engine, p string, content []byte) []report.Finding {
	t.Helper()
	r := bytes.NewReader(content)
	x, err := e.indexStream(r, 0)
	if err != nil {
		t.Fatal(err)
	}
	if x.size != int64(len(content)) {
		t.Fatalf("indexed %d bytes of %d", x.size, len(content))
	}
	fs, _, err := e.scanStream(p, r, x)
	if err != nil {
		t.Fatal(err)
	}
	report.Sort(fs)
	return fs
}

// TestStreamMatchesWholeFile: a large file scanned as a stream gives the
// findings of the same file read whole, at the same lines and columns:
// hits at the start, across block boundaries, at the end without a final
// newline, and a dense region that is cut into several windows.
func TestStreamMatchesWholeFile(t *testing.T) {
	const size = 6 << 20
	dense := func(off int) bool { return off > 2<<20 && off < 5<<20 }
	var next int
	content := bigLog(size, func(i, off int) string {
		switch {
		case i == 0:
			return keySet(i)
		case off >= next && off > 1<<20 && off < 2<<20:
			// Just before a block boundary: the set spans it.
			next = (off/streamBlock + 3) * streamBlock
			if streamBlock-off%streamBlock < 200 {
				return keySet(i)
			}
		case dense(off):
			s := "payment provider=vipps ok\n"
			if i%1500 == 0 {
				s += keySet(i)
			}
			return s
		}
		return ""
	})
	content = append(content, []byte("VIPPS_SUBSCRIPTION_KEY="+fakeKey)...) // no final newline
	e := New(Options{})
	whole := e.Scan("logs/app.log", content)
	report.Sort(whole)
	if len(whole) < 20 {
		t.Fatalf("the fixture has only %d findings", len(whole))
	}
	x, _ := e.indexStream(bytes.NewReader(content), 0)
	if ws := x.windows(); len(ws) < 3 {
		t.Fatalf("the fixture makes %d windows, want several", len(ws))
	}
	streamed := streamScan(t, e, "logs/app.log", content)
	sameFindings(t, whole, streamed)
}

// sameFindings fails t unless the streamed findings are those of the whole
// file, in the same order.
func sameFindings(t *testing.T, whole, streamed []report.Finding) {
	t.Helper()
	if len(streamed) != len(whole) {
		t.Errorf("streamed %d findings, whole file %d", len(streamed), len(whole))
	}
	for i := range min(len(whole), len(streamed)) {
		if !reflect.DeepEqual(whole[i], streamed[i]) {
			t.Errorf("finding %d differs:\nwhole    %+v\nstreamed %+v", i, whole[i], streamed[i])
			break
		}
	}
}

// TestStreamNoSignal: the same log without any Vipps word has no finding
// and no window to scan, streamed or not.
func TestStreamNoSignal(t *testing.T) {
	content := bigLog(6<<20, nil)
	e := New(Options{})
	x, err := e.indexStream(bytes.NewReader(content), 0)
	if err != nil {
		t.Fatal(err)
	}
	if ws := x.windows(); len(ws) != 0 {
		t.Errorf("%d windows in a file without anchors", len(ws))
	}
	if fs := e.Scan("app.log", content); len(fs) != 0 {
		t.Errorf("whole file: %d findings", len(fs))
	}
}

// TestStreamLongLine: a hit in the middle of one line longer than any
// window (a minified bundle) is found at its true line and column.
func TestStreamLongLine(t *testing.T) {
	filler := strings.Repeat("var a=1;", (6<<20)/8)
	mid := len(filler) / 2
	line := filler[:mid] + `vipps={client_id:"` + fakeID + `",client_secret:"` + fakeSecret + `"};` + filler[mid:]
	content := []byte("// bundle\n" + line + "\n")
	e := New(Options{})
	whole := e.Scan("dist/app.js", content)
	streamed := streamScan(t, e, "dist/app.js", content)
	if len(whole) == 0 {
		t.Fatal("the fixture has no finding")
	}
	report.Sort(whole)
	for i := range whole {
		if i >= len(streamed) {
			t.Fatalf("streamed %d findings, whole file %d", len(streamed), len(whole))
		}
		w, s := whole[i].Location, streamed[i].Location
		if w.Line != s.Line || w.Col != s.Col || w.EndCol != s.EndCol || whole[i].RuleID != streamed[i].RuleID {
			t.Errorf("finding %d: whole %s %d:%d-%d, streamed %s %d:%d-%d", i, whole[i].RuleID, w.Line, w.Col, w.EndCol,
				streamed[i].RuleID, s.Line, s.Col, s.EndCol)
		}
	}
}

// TestWalkLargeFileBoundedMemory: a 64 MiB log with one key set deep inside
// is scanned in bounded memory (it used to be read whole, twice over with
// its lowercase copy), and the set is found at its true line.
func TestWalkLargeFileBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 64 MiB file")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "app.log")
	const at = 400000 // filler line before which the set is planted
	content := bigLog(64<<20, func(i, _ int) string {
		if i == at {
			return keySet(i)
		}
		return ""
	})
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	twin := filepath.Join(dir, "quiet.log")
	if err := os.WriteFile(twin, bigLog(64<<20, nil), 0o644); err != nil {
		t.Fatal(err)
	}
	content = nil
	o := WalkOptions{Root: dir, Config: &config.Config{MaxFileSize: 1 << 30}, Workers: 1}
	for _, c := range []struct {
		path  string
		found bool
	}{{p, true}, {twin, false}} {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		res := New(Options{}).Walk(context.Background(), []string{c.path}, o)
		runtime.ReadMemStats(&after)
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 32<<20 {
			t.Errorf("%s: allocated %d MiB scanning a 64 MiB file, want under 32 MiB", c.path, alloc>>20)
		}
		if res.Errors != 0 || res.Stats.Files != 1 || res.Stats.Bytes < 64<<20 {
			t.Errorf("%s: errors %d, stats %+v, notices %+v", c.path, res.Errors, res.Stats, res.Notices)
		}
		if !c.found {
			if len(res.Findings) != 0 {
				t.Errorf("%s: %d findings in a log without Vipps words", c.path, len(res.Findings))
			}
			continue
		}
		want := map[string]int{"vipps-client-id": at + 1, "vipps-client-secret": at + 2, "vipps-subscription-key": at + 3, "vipps-credential-set": at + 2}
		got := map[string]int{}
		for _, f := range res.Findings {
			got[f.RuleID] = f.Location.Line
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("findings at %v, want %v", got, want)
		}
	}
}

// TestWalkStatSaysZeroLargeFile: a file whose stat says 0 bytes but holds
// more than StreamThreshold (/proc/kallsyms) is read whole only up to
// StreamThreshold, then streamed from its start: all of it is scanned.
func TestWalkStatSaysZeroLargeFile(t *testing.T) {
	const p = "/proc/kallsyms"
	st, err := os.Stat(p)
	if err != nil || st.Size() != 0 {
		t.Skipf("%s: no zero-size file here", p)
	}
	b, err := os.ReadFile(p)
	if err != nil || len(b) <= StreamThreshold {
		t.Skipf("%s: not readable or not over %d bytes", p, StreamThreshold)
	}
	res := New(Options{}).Walk(context.Background(), []string{p}, WalkOptions{Root: "/", Config: &config.Config{MaxFileSize: 1 << 30}, Workers: 1})
	if res.Errors != 0 || res.Stats.Files != 1 || res.Stats.Bytes < int64(len(b))-4096 {
		t.Fatalf("read %d of about %d bytes; errors %d, notices %+v", res.Stats.Bytes, len(b), res.Errors, res.Notices)
	}
}
