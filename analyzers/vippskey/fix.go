package vippskey

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/vippslint/vippslint/analyzers/internal/vippsctx"
	"github.com/vippslint/vippslint/rules"
)

// envSuffix is the conventional environment variable of each kind, after
// VIPPS_ (and PARTNER_ for partner keys), as the Vipps MobilePay SDKs and
// samples name them.
var envSuffix = map[rules.Kind]string{
	rules.KindClientID:        "CLIENT_ID",
	rules.KindClientSecret:    "CLIENT_SECRET",
	rules.KindSubscriptionKey: "SUBSCRIPTION_KEY",
	rules.KindMSN:             "MSN",
	rules.KindAccessToken:     "ACCESS_TOKEN",
	rules.KindWebhookSecret:   "WEBHOOK_SECRET",
}

// EnvName returns the environment variable a fix reads a value of kind
// from: name itself when it already is a VIPPS_ variable name, otherwise
// VIPPS_[PARTNER_]<KIND>.
func EnvName(kind rules.Kind, name string, partner bool) string {
	if isEnvName(name) && strings.HasPrefix(name, "VIPPS_") {
		return name
	}
	infix := ""
	if partner {
		infix = "PARTNER_"
	}
	return "VIPPS_" + infix + envSuffix[kind]
}

// isEnvName reports an upper-case snake name: VIPPS_TEST_CLIENT_SECRET.
func isEnvName(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// fixer builds the suggested fixes of one pass: a literal key becomes
// os.Getenv of its conventional variable. It offers no fix where the
// rewrite could break the build.
type fixer struct {
	pass *analysis.Pass
	insp *inspector.Inspector
	uses map[types.Object][]*ast.Ident // built on first need
}

// fix returns the fix for the literal val bound to name, or nil.
func (f *fixer) fix(cur inspector.Cursor, kind rules.Kind, name string, val ast.Expr) *analysis.SuggestedFix {
	if vippsctx.IsTestFile(f.pass.Fset, val.Pos()) {
		return nil // tests hold fakes on purpose; reading the environment would break them
	}
	lit := stringLit(val)
	if lit == nil || f.setenv(cur) {
		return nil
	}
	litCur, ok := cur.FindNode(lit)
	if !ok {
		return nil
	}
	file := f.file(lit.Pos())
	if file == nil {
		return nil
	}
	call, importEdit, ok := f.getenv(file, lit.Pos(), EnvName(kind, name, f.partner(cur, name)))
	if !ok {
		return nil
	}
	expr, ok := f.convert(lit, call)
	if !ok {
		return nil
	}
	edits := []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(expr)}}
	if importEdit != nil {
		edits = append(edits, *importEdit)
	}
	if decl, ok := constDecl(litCur, lit); ok {
		if !f.canBeVar(decl) {
			return nil
		}
		edits = append(edits, analysis.TextEdit{Pos: decl.TokPos, End: decl.TokPos + token.Pos(len("const")), NewText: []byte("var")})
	} else if inConstDecl(litCur) {
		return nil // part of a constant expression: no call fits there
	}
	return &analysis.SuggestedFix{
		Message:   fmt.Sprintf("read the %s from $%s (and rotate the key: it is still in the history)", kind, EnvName(kind, name, f.partner(cur, name))),
		TextEdits: edits,
	}
}

// stringLit is the string literal val is, or the single element of a
// []string{"…"} (an http.Header value); nil for anything else, such as a
// named constant or a constant expression, whose fix belongs elsewhere.
func stringLit(val ast.Expr) *ast.BasicLit {
	e := ast.Unparen(val)
	if cl, ok := e.(*ast.CompositeLit); ok && len(cl.Elts) == 1 {
		e = ast.Unparen(cl.Elts[0])
	}
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
		return lit
	}
	return nil
}

// setenv reports os.Setenv(name, "…") and t.Setenv: reading the variable
// it sets is no fix; the call should go.
func (f *fixer) setenv(cur inspector.Cursor) bool {
	call, ok := cur.Node().(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Setenv"
}

func (f *fixer) file(pos token.Pos) *ast.File {
	for _, file := range f.pass.Files {
		if file.FileStart <= pos && pos < file.FileEnd {
			return file
		}
	}
	return nil
}

// partner reports whether the code names partner keys: the name, the
// package, or an identifier of the enclosing declaration (PartnerConfig,
// newPartnerClient).
func (f *fixer) partner(cur inspector.Cursor, name string) bool {
	if rules.NameIsPartner(rules.Normalize(name)) || rules.NameIsPartner(rules.Normalize(f.pass.Pkg.Name())) {
		return true
	}
	scope := vippsctx.Scope(cur)
	if scope == nil {
		return false
	}
	found := false
	ast.Inspect(scope, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && rules.NameIsPartner(rules.Normalize(id.Name)) {
			found = true
		}
		return !found
	})
	return found
}

// getenv returns the text of os.Getenv(env) as written at pos in file, and
// the edit that imports os when the file does not. ok is false when os is
// imported as _ or ., or the name os means something else at pos.
func (f *fixer) getenv(file *ast.File, pos token.Pos, env string) (string, *analysis.TextEdit, bool) {
	scope := f.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return "", nil, false
	}
	for _, imp := range file.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p != "os" {
			continue
		}
		name := "os"
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if name == "_" || name == "." {
			return "", nil, false
		}
		if _, obj := scope.LookupParent(name, pos); !isOS(obj) {
			return "", nil, false
		}
		return name + ".Getenv(" + strconv.Quote(env) + ")", nil, true
	}
	if _, obj := scope.LookupParent("os", pos); obj != nil {
		return "", nil, false // a local os would shadow the import
	}
	edit, ok := addImport(f.pass.Fset, file, "os")
	if !ok {
		return "", nil, false
	}
	return "os.Getenv(" + strconv.Quote(env) + ")", &edit, true
}

func isOS(obj types.Object) bool {
	pn, ok := obj.(*types.PkgName)
	return ok && pn.Imported().Path() == "os"
}

// addImport returns the edit that imports path in file: into the first
// import group when it holds the standard library (gofmt sorts it),
// otherwise a group of its own.
func addImport(fset *token.FileSet, file *ast.File, path string) (analysis.TextEdit, bool) {
	quoted := strconv.Quote(path)
	var decl *ast.GenDecl
	for _, d := range file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			decl = g
			break
		}
	}
	switch {
	case decl == nil:
		return analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport " + quoted)}, true
	case !decl.Lparen.IsValid():
		spec := decl.Specs[0].(*ast.ImportSpec)
		if spec.Doc != nil || spec.Comment != nil {
			return analysis.TextEdit{}, false
		}
		old := spec.Path.Value
		if spec.Name != nil {
			old = spec.Name.Name + " " + old
		}
		return analysis.TextEdit{Pos: decl.Pos(), End: decl.End(), NewText: []byte("import (\n\t" + old + "\n\t" + quoted + "\n)")}, true
	case len(decl.Specs) == 0:
		return analysis.TextEdit{Pos: decl.Lparen + 1, End: decl.Lparen + 1, NewText: []byte("\n\t" + quoted + "\n")}, true
	}
	first := decl.Specs[0].(*ast.ImportSpec)
	if p, _ := strconv.Unquote(first.Path.Value); !isStd(p) {
		return analysis.TextEdit{Pos: decl.Lparen + 1, End: decl.Lparen + 1, NewText: []byte("\n\t" + quoted + "\n")}, true
	}
	// The end of the first group: the last spec before a blank line.
	last := first
	for _, s := range decl.Specs[1:] {
		if fset.Position(s.Pos()).Line > fset.Position(last.End()).Line+1 {
			break
		}
		last = s.(*ast.ImportSpec)
	}
	end := last.End()
	if last.Comment != nil {
		end = last.Comment.End()
	}
	return analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n\t" + quoted)}, true
}

// isStd reports a standard library path: no dot in its first element.
func isStd(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".")
}

// convert wraps call so it has the type the literal had: a string, an
// interface, or a string type of this package (Key(os.Getenv(…))).
func (f *fixer) convert(lit *ast.BasicLit, call string) (string, bool) {
	t := f.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return "", false
	}
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsString != 0 {
		return call, true
	}
	if types.IsInterface(t) {
		return call, true
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != f.pass.Pkg || n.TypeArgs().Len() > 0 {
		return "", false
	}
	if b, ok := n.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return "", false
	}
	if _, obj := f.pass.Pkg.Scope().Innermost(lit.Pos()).LookupParent(n.Obj().Name(), lit.Pos()); obj != n.Obj() {
		return "", false
	}
	return n.Obj().Name() + "(" + call + ")", true
}

// constDecl returns the const declaration whose spec has lit as its value.
func constDecl(litCur inspector.Cursor, lit *ast.BasicLit) (*ast.GenDecl, bool) {
	spec, ok := litCur.Parent().Node().(*ast.ValueSpec)
	if !ok {
		return nil, false
	}
	decl, ok := litCur.Parent().Parent().Node().(*ast.GenDecl)
	if !ok || decl.Tok != token.CONST {
		return nil, false
	}
	for _, v := range spec.Values {
		if v == ast.Expr(lit) {
			return decl, true
		}
	}
	return nil, false
}

// inConstDecl reports whether c is inside a const declaration.
func inConstDecl(c inspector.Cursor) bool {
	for g := range c.Enclosing((*ast.GenDecl)(nil)) {
		return g.Node().(*ast.GenDecl).Tok == token.CONST
	}
	return false
}

// canBeVar reports whether the const declaration can become a var
// declaration without breaking the build: every spec has its own values
// and no iota, and every constant it declares is used only where a
// variable of the same type fits (never in another constant, an array
// length or a constant conversion). An exported package-level constant
// may be used by other packages, which this pass cannot see: no fix. A
// local constant must be used, or the variable would be unused.
func (f *fixer) canBeVar(decl *ast.GenDecl) bool {
	declCur, ok := f.insp.Root().FindNode(decl)
	if !ok {
		return false
	}
	_, local := declCur.Parent().Node().(*ast.DeclStmt)
	iota := types.Universe.Lookup("iota")
	for _, s := range decl.Specs {
		vs := s.(*ast.ValueSpec)
		if len(vs.Values) == 0 || len(vs.Values) != len(vs.Names) {
			return false
		}
		usesIota := false
		for _, v := range vs.Values {
			ast.Inspect(v, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && f.pass.TypesInfo.Uses[id] == iota {
					usesIota = true
				}
				return !usesIota
			})
		}
		if usesIota {
			return false
		}
		for _, id := range vs.Names {
			if id.Name == "_" {
				continue
			}
			obj := f.pass.TypesInfo.Defs[id]
			if obj == nil || (!local && obj.Exported()) {
				return false
			}
			uses := f.usesOf(obj)
			if local && len(uses) == 0 {
				return false
			}
			for _, u := range uses {
				if !f.varFits(obj, u, decl) {
					return false
				}
			}
		}
	}
	return true
}

func (f *fixer) usesOf(obj types.Object) []*ast.Ident {
	if f.uses == nil {
		f.uses = map[types.Object][]*ast.Ident{}
		for id, o := range f.pass.TypesInfo.Uses {
			if _, ok := o.(*types.Const); ok {
				f.uses[o] = append(f.uses[o], id)
			}
		}
	}
	return f.uses[obj]
}

// varFits reports whether the use of constant obj still compiles when obj
// is a variable: walking up through parentheses and constant +, the
// expression must not be needed as a constant, and must have the type the
// variable will have. A comparison yields an untyped bool either way.
func (f *fixer) varFits(obj types.Object, use *ast.Ident, decl *ast.GenDecl) bool {
	c, ok := f.insp.Root().FindNode(use)
	if !ok {
		return false
	}
	typed := true
	for {
		p := c.Parent()
		switch pn := p.Node().(type) {
		case *ast.ParenExpr:
			c = p
			continue
		case *ast.BinaryExpr:
			if tv := f.pass.TypesInfo.Types[pn]; tv.Value != nil {
				if pn.Op != token.ADD {
					typed = false
				}
				c = p
				continue
			}
		case *ast.ValueSpec:
			if g, ok := p.Parent().Node().(*ast.GenDecl); ok && g.Tok == token.CONST {
				// Another constant of the same declaration becomes a
				// variable too, of the type its value gives it.
				return g == decl
			}
		case *ast.ArrayType:
			if pn.Len == c.Node() {
				return false
			}
		default:
			if e, ok := p.Node().(ast.Expr); ok && f.pass.TypesInfo.Types[e].Value != nil {
				return false // a constant conversion, len or unary expression
			}
		}
		break
	}
	if !typed {
		return true
	}
	t := f.pass.TypesInfo.TypeOf(c.Node().(ast.Expr))
	return t != nil && (types.Identical(t, types.Default(obj.Type())) || types.IsInterface(t))
}
