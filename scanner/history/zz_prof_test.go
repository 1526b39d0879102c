package history

import (
	"context"
	"os"
	"testing"

	"github.com/vippslint/vippslint/scanner"
)

func TestProfRepo(t *testing.T) {
	p := os.Getenv("PROF_REPO")
	if p == "" {
		t.Skip()
	}
	res, err := Scan(context.Background(), p, Options{Engine: scanner.New(scanner.Options{}), MaxFileSize: 10 << 20})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(res.Summary())
}
