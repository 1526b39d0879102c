package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestCorpus scans the labelled evaluation corpora (each written blind to
// the implementation by a different author, see their README.md) and holds
// precision and recall at 0.95 or better, the bar of the private corpus.
func TestCorpus(t *testing.T) {
	for _, name := range []string{"corpus", "corpus2", "corpus3", "corpus4", "corpus5", "corpus6", "corpus7", "corpus8"} {
		t.Run(name, func(t *testing.T) { testCorpus(t, name) })
	}
}

// corpusFloor is the bar of a corpus below 0.95. None is now: corpus7
// scored precision 0.902 and recall 0.807 on its first, untuned run, and
// was brought to the common bar by fixes at the general causes.
var corpusFloor = map[string]float64{}

func testCorpus(t *testing.T, name string) {
	dir := filepath.Join("..", "..", "testdata", name)
	f, err := os.Open(filepath.Join(dir, "EXPECTED.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 3 || strings.HasPrefix(parts[0], "#") {
			continue
		}
		if _, err := strconv.Atoi(parts[1]); err != nil {
			t.Fatalf("bad EXPECTED.tsv line %q", sc.Text())
		}
		want[strings.Join(parts, ":")] = true
	}
	// A fixed scan time: access tokens are judged by their expiry.
	code, out, stderr := runCLI(t, "scan", "--now", corpusScanTime, "--format", "json", "--config", filepath.Join(dir, ".vippslint.yaml"), dir)
	if code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, fd := range rep.Findings {
		if fd.Rule == "vippslint-directive" {
			continue
		}
		p := fd.Location.Path
		if i := strings.Index(p, "testdata/"+name+"/"); i >= 0 {
			p = p[i+len("testdata/"+name+"/"):]
		}
		got[fmt.Sprintf("%s:%d:%s", p, fd.Location.Line, fd.Rule)] = true
	}
	tp := 0
	for k := range got {
		if want[k] {
			tp++
		} else {
			t.Logf("false positive: %s", k)
		}
	}
	for k := range want {
		if !got[k] {
			t.Logf("missed: %s", k)
		}
	}
	precision, recall := float64(tp)/float64(max(len(got), 1)), float64(tp)/float64(max(len(want), 1))
	t.Logf("%s: %d expected, %d reported, precision %.3f, recall %.3f", name, len(want), len(got), precision, recall)
	floor := 0.95
	if f, ok := corpusFloor[name]; ok {
		floor = f
	}
	if precision < floor || recall < floor {
		t.Errorf("precision %.3f and recall %.3f must both be at least %.2f", precision, recall, floor)
	}
}

// corpusScanTime is when the corpora are scanned: every access token they
// hold expired before it (see issue 11: an expired token grants nothing).
const corpusScanTime = "2026-12-01T00:00:00Z"
