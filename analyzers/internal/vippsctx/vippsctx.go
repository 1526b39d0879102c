// Package vippsctx decides whether Go code is about Vipps MobilePay: the
// package-level context the leak and misuse analyzers require before they
// report a key-shaped value or a secret-named identifier, and the
// function-level signals of a look-alike product (Azure API Management,
// Cognitive Services) that make a finding not ours.
package vippsctx

import (
	"bytes"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/vippslint/vippslint/rules"
)

// Package reports whether the package has Vipps context: a Vipps host, path
// or header in a string literal or struct tag, an identifier or import path
// that says vipps or mobilepay, or such a package path.
func Package(pass *analysis.Pass, insp *inspector.Inspector) bool {
	if nameIsVipps(pass.Pkg.Path()) {
		return true
	}
	for _, imp := range pass.Pkg.Imports() {
		if nameIsVipps(imp.Path()) {
			return true
		}
	}
	for id := range pass.TypesInfo.Defs {
		if id != nil && nameIsVipps(id.Name) {
			return true
		}
	}
	found := false
	insp.Root().Inspect([]ast.Node{(*ast.BasicLit)(nil)}, func(c inspector.Cursor) bool {
		if found {
			return false
		}
		if lit := c.Node().(*ast.BasicLit); lit.Kind == token.STRING && rules.HasVippsSignal([]byte(strings.ToLower(lit.Value))) {
			found = true
		}
		return true
	})
	return found
}

func nameIsVipps(s string) bool { return rules.NameIsVipps(rules.Normalize(s)) }

// otherIdentWords are words in identifiers of a function that point at a
// look-alike product using the same header and key shapes.
var otherIdentWords = []string{"azure", "cognitive", "translator", "openai", "apimanagement"}

// Strings returns the lowercased string literals in n and the values of the
// string constants n refers to, one per line.
func Strings(info *types.Info, n ast.Node) []byte {
	var b bytes.Buffer
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				b.WriteString(strings.ToLower(n.Value))
				b.WriteByte('\n')
			}
		case *ast.Ident:
			if c, ok := info.Uses[n].(*types.Const); ok && c.Val() != nil && c.Val().Kind() == constant.String {
				b.WriteString(strings.ToLower(constant.StringVal(c.Val())))
				b.WriteByte('\n')
			}
		}
		return true
	})
	return b.Bytes()
}

// OtherProduct reports whether n (a function or declaration) talks to a
// look-alike product and not to Vipps: its strings name an Azure or
// Cognitive Services host and no Vipps one, or its identifiers say so.
func OtherProduct(info *types.Info, n ast.Node) bool {
	if n == nil {
		return false
	}
	s := Strings(info, n)
	if rules.HasVippsSignal(s) {
		return false
	}
	if rules.HasOtherProductSignal(s) {
		return true
	}
	other := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !other {
			l := rules.Normalize(id.Name)
			for _, w := range otherIdentWords {
				if strings.Contains(l, w) {
					other = true
				}
			}
		}
		return !other
	})
	return other
}

// Scope returns the node whose strings decide OtherProduct for the node at
// c: the enclosing top-level function, or the enclosing declaration.
func Scope(c inspector.Cursor) ast.Node {
	var last ast.Node
	for e := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.GenDecl)(nil), (*ast.FuncLit)(nil)) {
		last = e.Node()
	}
	return last
}

// IsTestFile reports whether pos is in a _test.go file.
func IsTestFile(fset *token.FileSet, pos token.Pos) bool {
	f := fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// FakeName reports whether a normalized name marks a test double.
func FakeName(n string) bool {
	for _, w := range []string{"fake", "mock", "dummy", "stub", "example", "sample", "test"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}
