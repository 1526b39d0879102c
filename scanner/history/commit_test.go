package history

import (
	"strings"
	"testing"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// TestParseCommitMatchesGoGit checks the header parser against go-git's
// decoder on well-formed and malformed commits.
func TestParseCommitMatchesGoGit(t *testing.T) {
	tree := "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
	p1 := "8a1b3ae7c6bba0d2fa4e2ba2f1d3a35f0a1d1c0e"
	p2 := "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"
	author := "author Kari Nordmann <kari@example.no> 1700000000 +0100\n"
	committer := "committer Ola <ola@example.no> 1700000100 -0230\n"
	sig := "gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n"
	cases := map[string]string{
		"root":             "tree " + tree + "\n" + author + committer + "\nfirst\n",
		"one parent":       "tree " + tree + "\nparent " + p1 + "\n" + author + committer + "\nmsg\n",
		"merge":            "tree " + tree + "\nparent " + p1 + "\nparent " + p2 + "\n" + author + committer + "\nmerge\n",
		"signed":           "tree " + tree + "\nparent " + p1 + "\n" + author + committer + sig + "\nsigned\n",
		"encoding":         "tree " + tree + "\n" + author + committer + "encoding ISO-8859-1\n\nmsg\n",
		"no author":        "tree " + tree + "\nparent " + p1 + "\n" + committer + "\nmsg\n",
		"author late":      "tree " + tree + "\n" + committer + author + "\nmsg\n",
		"parent late":      "tree " + tree + "\n" + author + "parent " + p1 + "\n" + committer + "\nmsg\n",
		"no email":         "tree " + tree + "\nauthor Kari 1700000000 +0100\n" + committer + "\n",
		"no timezone":      "tree " + tree + "\nauthor Kari <k@x> 1700000000\n" + committer + "\n",
		"empty author":     "tree " + tree + "\nauthor \n" + committer + "\n",
		"header only":      "tree " + tree + "\nparent " + p1,
		"no message":       "tree " + tree + "\n" + author,
		"no tree":          author + committer + "\nmsg\n",
		"tree not first":   "parent " + p1 + "\ntree " + tree + "\n" + author + "\n",
		"bad tree":         "tree 12345\n" + author + "\n",
		"bad parent":       "tree " + tree + "\nparent xyz\n" + author + "\n",
		"empty":            "",
		"uppercase hashes": "tree " + strings.ToUpper(tree) + "\n" + author + "\n",
	}
	for name, raw := range cases {
		o := &plumbing.MemoryObject{}
		o.SetType(plumbing.CommitObject)
		o.Write([]byte(raw))
		want, wantErr := object.DecodeCommit(nil, o)
		got, err := parseCommit(o.Hash(), []byte(raw))
		if (err != nil) != (wantErr != nil) {
			t.Errorf("%s: error = %v, go-git's = %v", name, err, wantErr)
			continue
		}
		if err != nil {
			continue
		}
		if got.tree != want.TreeHash {
			t.Errorf("%s: tree = %s, want %s", name, got.tree, want.TreeHash)
		}
		if len(got.parents) != len(want.ParentHashes) {
			t.Errorf("%s: parents = %v, want %v", name, got.parents, want.ParentHashes)
		} else {
			for i := range got.parents {
				if got.parents[i] != want.ParentHashes[i] {
					t.Errorf("%s: parent %d = %s, want %s", name, i, got.parents[i], want.ParentHashes[i])
				}
			}
		}
		if a := want.Author.Name + " <" + want.Author.Email + ">"; got.author != a || !got.when.Equal(want.Author.When) {
			t.Errorf("%s: author = %q %v, want %q %v", name, got.author, got.when, a, want.Author.When)
		}
	}
}
