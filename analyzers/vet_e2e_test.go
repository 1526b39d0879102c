package analyzers_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/vippslint/vippslint/analyzers"
)

// vetModule is a small module with its own go.mod (example.com/shop).
var vetModule = filepath.Join("..", "testdata", "vetmodule")

// want are the findings expected in vetModule: file, line, rule and a part
// of the message.
var want = []struct {
	file string
	line int
	rule string
	msg  string
}{
	{"handlers/pay.go", 14, "vipps-mutable-msn", "request input (r.FormValue) reaches the merchant-serial-number through (*vipps.Client).Pay"},
	{"tools/debug.go", 13, "vippslint-directive", "directive has no reason"},
	{"vipps/client.go", 13, "vipps-subscription-key", `hard-coded vipps subscription key "4c9e…" (32 chars)`},
	{"vipps/client.go", 28, "vipps-secret-logged", "vipps client secret (c.ClientSecret) written to log.Printf"},
}

func goTool(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH")
	}
	return goBin
}

// goEnv keeps the nested module independent of any workspace and of the
// network.
func goEnv() []string {
	return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local")
}

func buildVetTool(t *testing.T, goBin string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "vippslint-vet")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	cmd := exec.Command(goBin, "build", "-o", bin, "../cmd/vippslint-vet")
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build vippslint-vet: %v\n%s", err, out)
	}
	return bin
}

func TestGoVet(t *testing.T) {
	goBin := goTool(t)
	bin := buildVetTool(t, goBin)

	t.Run("text", func(t *testing.T) {
		cmd := exec.Command(goBin, "vet", "-vettool="+bin, "./...")
		cmd.Dir = vetModule
		cmd.Env = goEnv()
		out, err := cmd.CombinedOutput()
		if err == nil {
			t.Fatalf("go vet exited 0 although there are findings:\n%s", out)
		}
		text := string(out)
		for _, w := range want {
			line := w.file + ":" + itoa(w.line) + ":"
			if !containsLine(text, line, w.msg) {
				t.Errorf("go vet output lacks %s ... %s\n%s", line, w.msg, text)
			}
		}
		for _, not := range []string{"handlers/pay.go:24:", "tools/debug.go:12:", "4c9e2a7f1b8d3e6a0c5f9b2d7e1a4c8f"} {
			if strings.Contains(text, not) {
				t.Errorf("go vet output holds %q, which must be suppressed, clean or redacted:\n%s", not, text)
			}
		}
	})

	t.Run("json", func(t *testing.T) {
		cmd := exec.Command(goBin, "vet", "-vettool="+bin, "-json", "./...")
		cmd.Dir = vetModule
		cmd.Env = goEnv()
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		_ = cmd.Run() // go vet -json exits 0 with findings
		// The output is one JSON object per package, concatenated.
		type diag struct {
			Category string `json:"category"`
			Posn     string `json:"posn"`
			Message  string `json:"message"`
		}
		got := map[string]bool{}
		dec := json.NewDecoder(strings.NewReader(stdout.String() + stderr.String()))
		for dec.More() {
			var tree map[string]map[string]json.RawMessage
			if err := dec.Decode(&tree); err != nil {
				t.Fatalf("go vet -json output does not decode: %v\n%s%s", err, stdout.String(), stderr.String())
			}
			for _, byAnalyzer := range tree {
				for _, raw := range byAnalyzer {
					var ds []diag
					if json.Unmarshal(raw, &ds) != nil {
						continue // an analyzer error object
					}
					for _, d := range ds {
						got[d.Category+" "+filepath.ToSlash(d.Posn)] = true
					}
				}
			}
		}
		for _, w := range want {
			found := false
			for k := range got {
				if strings.HasPrefix(k, w.rule+" ") && strings.Contains(k, "/"+w.file+":"+itoa(w.line)+":") {
					found = true
				}
			}
			if !found {
				t.Errorf("go vet -json lacks %s at %s:%d; got %v", w.rule, w.file, w.line, got)
			}
		}
	})
}

func TestCheck(t *testing.T) {
	goTool(t)
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("GOPROXY", "off")
	ds, err := analyzers.Check(vetModule, []string{"./..."})
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(vetModule)
	if len(ds) != len(want) {
		t.Errorf("Check returned %d diagnostics, want %d: %+v", len(ds), len(want), ds)
	}
	for i, w := range want {
		if i >= len(ds) {
			break
		}
		d := ds[i]
		if d.File != filepath.Join(abs, filepath.FromSlash(w.file)) || d.Line != w.line || d.RuleID != w.rule || !strings.Contains(d.Message, w.msg) {
			t.Errorf("diagnostic %d = %+v, want %s:%d %s %q", i, d, w.file, w.line, w.rule, w.msg)
		}
		if d.Col < 1 || !filepath.IsAbs(d.File) {
			t.Errorf("diagnostic %d has no column or a relative file: %+v", i, d)
		}
		if strings.HasSuffix(d.Message, ".") || strings.ToLower(d.Message[:1]) != d.Message[:1] {
			t.Errorf("message %q must be lowercase without a trailing period", d.Message)
		}
	}
}

func TestCheckErrors(t *testing.T) {
	goTool(t)
	if _, err := analyzers.Check(t.TempDir(), []string{"./..."}); err == nil {
		t.Error("Check of a directory without packages must fail")
	}
}

func TestSuite(t *testing.T) {
	names := map[string]bool{}
	for _, a := range analyzers.Suite() {
		if names[a.Name] {
			t.Errorf("duplicate analyzer %s", a.Name)
		}
		names[a.Name] = true
		if a.Doc == "" || a.URL == "" {
			t.Errorf("analyzer %s lacks Doc or URL", a.Name)
		}
	}
	for _, n := range []string{"vippskey", "vippsleak", "vippsmsn", "vippsdirective"} {
		if !names[n] {
			t.Errorf("Suite lacks %s", n)
		}
	}
}

func containsLine(text, prefix, part string) bool {
	for _, l := range strings.Split(text, "\n") {
		l = filepath.ToSlash(l)
		if i := strings.Index(l, prefix); i >= 0 && (i == 0 || l[i-1] == '/') && strings.Contains(l, part) {
			return true
		}
	}
	return false
}

func itoa(i int) string { return strconv.Itoa(i) }
