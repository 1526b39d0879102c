package vippsleak

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/vippslint/vippslint/analyzers/internal/report"
	"github.com/vippslint/vippslint/analyzers/internal/vippsctx"
	"github.com/vippslint/vippslint/rules"
)

// Config configures the analyzer.
type Config struct {
	// NoStructs turns off reporting of structs that hold a secret field and
	// are printed or encoded whole.
	NoStructs bool
}

// Analyzer is the analyzer with the default configuration.
var Analyzer = New(Config{})

// New returns a vippsleak analyzer with the given configuration.
func New(cfg Config) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:      "vippsleak",
		Doc:       "report Vipps secrets that reach a log, an error, an HTTP response or a URL",
		URL:       "https://github.com/vippslint/vippslint/blob/main/README.md#go-code-go-vet-and-golangci-lint",
		FactTypes: []analysis.Fact{new(KeyFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			run(pass, cfg)
			return nil, nil
		},
	}
}

// KeyFact marks a package-level constant or variable that holds a
// hard-coded Vipps key: a secret's name and a value of that secret's
// shape, not a placeholder. Packages that use it treat it as a secret.
type KeyFact struct {
	Kind rules.Kind
	// Vipps: the name or the defining package says Vipps, so the key is
	// one wherever it is used.
	Vipps bool
}

// AFact marks KeyFact as a fact.
func (*KeyFact) AFact() {}

func (f *KeyFact) String() string { return "vippsleak(hard-coded " + f.Kind.String() + ")" }

var goroot = filepath.ToSlash(filepath.Clean(build.Default.GOROOT)) + "/"

// stdlib reports a package of the standard library, which holds no Vipps
// key and writes none to a sink: under go vet the pass runs on every
// dependency for its facts, and skips these.
func stdlib(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return true
	}
	f := pass.Fset.File(pass.Files[0].Pos())
	return f != nil && strings.HasPrefix(filepath.ToSlash(f.Name()), goroot)
}

// secret describes a secret value: what it is and what the code calls it.
type secret struct {
	kind  rules.Kind
	name  string // as written: cfg.ClientSecret, $VIPPS_CLIENT_SECRET
	vipps bool   // the name itself says vipps or mobilepay
}

type checker struct {
	pass     *analysis.Pass
	cfg      Config
	rep      *report.Reporter
	pkgVipps bool
	// locals are variables assigned from a secret.
	locals map[types.Object]secret
	// headers are variables (an http.Header, or the request owning it) on
	// which a secret header was set.
	headers map[types.Object]secret
	other   map[ast.Node]bool
	rw      *types.Interface // net/http.ResponseWriter, if imported
	// paramSinks are functions of the package that write a parameter to
	// a sink, by parameter index.
	paramSinks map[*types.Func][]sinkCall
}

// findParamSinks finds the functions of the package that pass a
// parameter straight to a sink: a writeJSON(w, status, v) helper.
func (c *checker) findParamSinks(insp *inspector.Inspector) {
	c.paramSinks = map[*types.Func][]sinkCall{}
	for cur := range insp.Root().Preorder((*ast.FuncDecl)(nil)) {
		fd := cur.Node().(*ast.FuncDecl)
		fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if !ok || fd.Body == nil {
			continue
		}
		params := map[types.Object]int{}
		i := 0
		for _, f := range fd.Type.Params.List {
			if len(f.Names) == 0 {
				i++
				continue
			}
			for _, id := range f.Names {
				if o := c.pass.TypesInfo.Defs[id]; o != nil {
					params[o] = i
				}
				i++
			}
		}
		for cc := range cur.Preorder((*ast.CallExpr)(nil)) {
			sc, ok := c.sinkOf(cc.Node().(*ast.CallExpr))
			if !ok {
				continue
			}
			for _, a := range sc.args {
				id, ok := ast.Unparen(a).(*ast.Ident)
				if !ok {
					continue
				}
				if pi, ok := params[c.pass.TypesInfo.Uses[id]]; ok {
					if c.paramSinks[fn] == nil {
						c.paramSinks[fn] = make([]sinkCall, i)
					}
					if c.paramSinks[fn][pi].sink == 0 {
						c.paramSinks[fn][pi] = sc
					}
				}
			}
		}
	}
}

func run(pass *analysis.Pass, cfg Config) {
	if stdlib(pass) {
		return
	}
	insp := inspector.New(pass.Files)
	c := &checker{
		pass:     pass,
		cfg:      cfg,
		rep:      report.New(pass),
		pkgVipps: vippsctx.Package(pass, insp),
		locals:   map[types.Object]secret{},
		headers:  map[types.Object]secret{},
		other:    map[ast.Node]bool{},
	}
	c.exportKeys()
	c.findParamSinks(insp)
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == "net/http" {
			if o := imp.Scope().Lookup("ResponseWriter"); o != nil {
				c.rw, _ = o.Type().Underlying().(*types.Interface)
			}
		}
	}
	c.collect(insp)
	for cur := range insp.Root().Preorder((*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.call(cur, n)
		case *ast.BinaryExpr:
			c.concat(cur, n)
		}
	}
}

// collect finds variables assigned from secrets (to a fixpoint) and header
// maps on which a secret header is set.
func (c *checker) collect(insp *inspector.Inspector) {
	type assign struct {
		lhs types.Object
		rhs ast.Expr
	}
	var as []assign
	for cur := range insp.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				// tok, err := c.AccessToken(ctx)
				if id, ok := ast.Unparen(n.Lhs[0]).(*ast.Ident); ok {
					if o := c.obj(id); o != nil {
						if _, isCall := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); isCall {
							as = append(as, assign{o, n.Rhs[0]})
						}
					}
				}
				continue
			}
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					if o := c.obj(id); o != nil {
						as = append(as, assign{o, n.Rhs[i]})
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) != len(n.Values) {
				continue
			}
			for i, id := range n.Names {
				if o := c.obj(id); o != nil {
					as = append(as, assign{o, n.Values[i]})
				}
			}
		case *ast.CallExpr:
			// h.Set("Ocp-Apim-Subscription-Key", key) on an http.Header.
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "Set" && sel.Sel.Name != "Add") || len(n.Args) != 2 || !isNamed(c.typeOf(sel.X), "net/http", "Header") {
				continue
			}
			k, ok := c.constString(n.Args[0])
			if !ok {
				continue
			}
			kind := rules.Classify(k)
			if !kind.Secret() || c.isConst(n.Args[1]) {
				continue
			}
			s := secret{kind: kind, name: k + " header", vipps: nameIsVipps(k)}
			if o := c.rootObj(sel.X); o != nil {
				c.headers[o] = s
			}
		}
	}
	for range 4 {
		changed := false
		for _, a := range as {
			if _, ok := c.locals[a.lhs]; ok {
				continue
			}
			if s, ok := c.secret(a.rhs); ok {
				c.locals[a.lhs] = s
				changed = true
			}
		}
		if !changed {
			break
		}
	}
}

func (c *checker) obj(id *ast.Ident) types.Object {
	if id.Name == "_" {
		return nil
	}
	if o := c.pass.TypesInfo.Defs[id]; o != nil {
		return o
	}
	return c.pass.TypesInfo.Uses[id]
}

// rootObj is the variable at the root of x.Header or x.
func (c *checker) rootObj(e ast.Expr) types.Object {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return c.obj(x)
		case *ast.SelectorExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

func (c *checker) typeOf(e ast.Expr) types.Type { return c.pass.TypesInfo.TypeOf(e) }

func (c *checker) constString(e ast.Expr) (string, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

func (c *checker) isConst(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil
}

func nameIsVipps(s string) bool { return rules.NameIsVipps(rules.Normalize(s)) }

// named classifies a name; ok only for a secret of Vipps or of no named
// provider.
func named(name, shown string) (secret, bool) {
	k := rules.Classify(name)
	if !k.Secret() || rules.NameIsOtherProvider(rules.Normalize(name)) {
		return secret{}, false
	}
	return secret{kind: k, name: shown, vipps: nameIsVipps(name)}, true
}

// stringish reports whether t is a string, a []byte or a named type of one.
func stringish(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// exportKeys exports a KeyFact for each package-level constant and
// variable of a non-test file whose value is a hard-coded key of the kind
// its name says.
func (c *checker) exportKeys() {
	for _, f := range c.pass.Files {
		if vippsctx.IsTestFile(c.pass.Fset, f.Pos()) {
			continue
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || (g.Tok != token.CONST && g.Tok != token.VAR) {
				continue
			}
			for _, sp := range g.Specs {
				vs := sp.(*ast.ValueSpec)
				if len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, id := range vs.Names {
					v, ok := c.constString(vs.Values[i])
					if !ok {
						continue
					}
					kind := rules.Classify(id.Name)
					v = strings.TrimSpace(v)
					if !kind.Secret() || rules.NameIsOtherProvider(rules.Normalize(id.Name)) ||
						!rules.ValueMatches(kind, v) || rules.IsPlaceholder(v) || rules.IsReference(v) {
						continue
					}
					if obj := c.pass.TypesInfo.Defs[id]; obj != nil {
						c.pass.ExportObjectFact(obj, &KeyFact{Kind: kind, Vipps: nameIsVipps(id.Name) || c.pkgVipps})
					}
				}
			}
		}
	}
}

// hardCoded reports a package-level constant or variable, of this package
// or another, that holds a hard-coded key (a KeyFact).
func (c *checker) hardCoded(e ast.Expr) (secret, bool) {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		if c.pass.TypesInfo.Selections[x] != nil {
			return secret{}, false
		}
		id = x.Sel
	case *ast.BinaryExpr: // "key=" + vippsSubscriptionKey, all constant
		if x.Op != token.ADD {
			return secret{}, false
		}
		if s, ok := c.hardCoded(x.X); ok {
			return s, true
		}
		return c.hardCoded(x.Y)
	default:
		return secret{}, false
	}
	obj := c.pass.TypesInfo.Uses[id]
	if obj == nil || obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
		return secret{}, false
	}
	var f KeyFact
	if !c.pass.ImportObjectFact(obj, &f) {
		return secret{}, false
	}
	return secret{kind: f.Kind, name: exprString(e) + ", hard-coded", vipps: f.Vipps}, true
}

// secret reports whether e evaluates to a Vipps secret (unmasked).
func (c *checker) secret(e ast.Expr) (secret, bool) {
	if e == nil {
		return secret{}, false
	}
	if c.isConst(e) {
		return c.hardCoded(e)
	}
	switch x := e.(type) {
	case *ast.ParenExpr:
		return c.secret(x.X)
	case *ast.Ident:
		o := c.obj(x)
		if o == nil {
			return secret{}, false
		}
		if s, ok := c.locals[o]; ok {
			return s, true
		}
		if s, ok := c.hardCoded(x); ok {
			return s, true
		}
		if v, ok := o.(*types.Var); ok && stringish(v.Type()) {
			return named(x.Name, x.Name)
		}
	case *ast.SelectorExpr:
		if sel, ok := c.pass.TypesInfo.Selections[x]; ok && sel.Kind() == types.FieldVal {
			f := sel.Obj().(*types.Var)
			if x.Sel.Name == "Header" {
				if o := c.rootObj(x.X); o != nil {
					if s, ok := c.headers[o]; ok {
						return s, true
					}
				}
			}
			if stringish(f.Type()) {
				return named(fieldName(sel.Recv(), f), exprString(x))
			}
			return secret{}, false
		}
		if s, ok := c.hardCoded(x); ok {
			return s, true
		}
		if v, ok := c.pass.TypesInfo.Uses[x.Sel].(*types.Var); ok && stringish(v.Type()) {
			return named(x.Sel.Name, exprString(x)) // pkg.VippsSecret
		}
	case *ast.StarExpr:
		return c.secret(x.X)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return c.secret(x.X)
		}
	case *ast.TypeAssertExpr:
		return c.secret(x.X)
	case *ast.IndexExpr:
		// h["Ocp-Apim-Subscription-Key"], env["VIPPS_CLIENT_SECRET"]
		if _, ok := c.typeOf(x.X).Underlying().(*types.Map); ok {
			if k, ok := c.constString(x.Index); ok {
				return named(k, k)
			}
		}
	case *ast.SliceExpr:
		if masked(c, x) {
			return secret{}, false
		}
		return c.secret(x.X)
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			if s, ok := c.secret(x.X); ok {
				return s, true
			}
			return c.secret(x.Y)
		}
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if s, ok := c.secret(el); ok {
				return s, true
			}
		}
	case *ast.CallExpr:
		return c.callSecret(x)
	}
	return secret{}, false
}

// fieldName is a field's Go name, or its JSON tag name when the Go name
// says nothing.
func fieldName(recv types.Type, f *types.Var) string {
	if rules.Classify(f.Name()) != rules.KindNone {
		return f.Name()
	}
	if p, ok := recv.Underlying().(*types.Pointer); ok {
		recv = p.Elem()
	}
	if st, ok := recv.Underlying().(*types.Struct); ok {
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i) == f {
				if n, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ","); n != "" && n != "-" {
					return n
				}
			}
		}
	}
	return f.Name()
}

// masked reports s[len(s)-4:], s[:4] and other slices of at most four
// characters.
func masked(c *checker, x *ast.SliceExpr) bool {
	if x.High == nil && x.Low != nil {
		if b, ok := ast.Unparen(x.Low).(*ast.BinaryExpr); ok && b.Op == token.SUB {
			if call, ok := ast.Unparen(b.X).(*ast.CallExpr); ok && isBuiltin(c, call, "len") {
				if tv := c.pass.TypesInfo.Types[b.Y]; tv.Value != nil {
					if n, ok := constant.Int64Val(tv.Value); ok && n <= 4 {
						return true
					}
				}
			}
		}
	}
	if x.High != nil {
		lo := int64(0)
		if x.Low != nil {
			tv := c.pass.TypesInfo.Types[x.Low]
			if tv.Value == nil {
				return false
			}
			lo, _ = constant.Int64Val(tv.Value)
		}
		if tv := c.pass.TypesInfo.Types[x.High]; tv.Value != nil {
			if hi, ok := constant.Int64Val(tv.Value); ok && hi-lo <= 4 {
				return true
			}
		}
	}
	return false
}

func isBuiltin(c *checker, call *ast.CallExpr, name string) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// maskWords in a function name say it masks its argument: the list the
// file scanner uses too (rules/vocabulary.go).
var maskWords = rules.MaskWords()

// propagators keep their arguments' secrets in their result: package path
// to function names ("" for all of them).
var propagators = map[string]map[string]bool{
	"fmt":             {"Sprintf": true, "Sprint": true, "Sprintln": true, "Append": true, "Appendf": true},
	"strings":         {"TrimSpace": true, "Trim": true, "TrimPrefix": true, "TrimSuffix": true, "TrimLeft": true, "TrimRight": true, "ToLower": true, "ToUpper": true, "Join": true, "Replace": true, "ReplaceAll": true, "Clone": true, "Title": true, "ToTitle": true},
	"bytes":           {"TrimSpace": true, "Clone": true, "Join": true},
	"net/url":         {"QueryEscape": true, "PathEscape": true, "UserPassword": true},
	"strconv":         {"Quote": true, "QuoteToASCII": true},
	"log/slog":        {"String": true, "Any": true, "Group": true},
	"go.uber.org/zap": {"String": true, "Any": true, "ByteString": true, "Stringer": true},
	"encoding/base64": {"EncodeToString": true},
	"encoding/hex":    {"EncodeToString": true},
}

// callSecret handles calls: masks, os.Getenv, header and form reads,
// propagators, conversions and getters named like a secret.
func (c *checker) callSecret(call *ast.CallExpr) (secret, bool) {
	tv := c.pass.TypesInfo.Types[call.Fun]
	if tv.IsType() && len(call.Args) == 1 { // string(b), []byte(s)
		return c.secret(call.Args[0])
	}
	if isBuiltin(c, call, "len") || isBuiltin(c, call, "cap") {
		return secret{}, false
	}
	fn, name := c.callee(call)
	lname := strings.ToLower(name)
	for _, w := range maskWords {
		if strings.Contains(lname, w) {
			return secret{}, false
		}
	}
	if fn == nil {
		return secret{}, false
	}
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
	}
	switch {
	case pkg == "os" && (name == "Getenv"):
		if len(call.Args) == 1 {
			if k, ok := c.constString(call.Args[0]); ok {
				return named(k, "$"+k)
			}
		}
		return secret{}, false
	case name == "Get" && len(call.Args) == 1 && isRecv(fn, "net/http", "Header", "net/url", "Values", "net/textproto", "MIMEHeader"):
		if k, ok := c.constString(call.Args[0]); ok {
			return named(k, k)
		}
		return secret{}, false
	}
	if ps, ok := propagators[pkg]; ok && ps[name] {
		for _, a := range call.Args {
			if s, ok := c.secret(a); ok {
				return s, true
			}
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && c.pass.TypesInfo.Selections[sel] != nil {
			return c.secret(sel.X)
		}
		return secret{}, false
	}
	// A getter named like a secret: c.AccessToken(), cfg.VippsClientSecret().
	sig, ok := fn.Type().(*types.Signature)
	if ok && getterResults(sig) && !strings.HasPrefix(name, "Set") && !strings.HasPrefix(lname, "new") {
		return named(name, name+"()")
	}
	return secret{}, false
}

// callee returns the called function (or method) and its name.
func (c *checker) callee(call *ast.CallExpr) (*types.Func, string) {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr: // generic instantiation
		switch g := f.X.(type) {
		case *ast.Ident:
			id = g
		case *ast.SelectorExpr:
			id = g.Sel
		}
	}
	if id == nil {
		return nil, ""
	}
	fn, _ := c.pass.TypesInfo.Uses[id].(*types.Func)
	return fn, id.Name
}

// isRecv reports whether fn is a method of one of the (package, type)
// pairs.
func isRecv(fn *types.Func, pairs ...string) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		if isNamed(sig.Recv().Type(), pairs[i], pairs[i+1]) {
			return true
		}
	}
	return false
}

// isNamed reports whether t (or *t) is the named type pkg.name.
func isNamed(t types.Type, pkg, name string) bool {
	if t == nil {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	o := n.Obj()
	return o.Name() == name && o.Pkg() != nil && o.Pkg().Path() == pkg
}

func exprString(e ast.Expr) string {
	s := types.ExprString(e)
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

// sink kinds
const (
	sinkLog = iota + 1
	sinkResponse
)

var logFuncs = map[string]bool{
	"Print": true, "Printf": true, "Println": true, "Fatal": true, "Fatalf": true, "Fatalln": true,
	"Panic": true, "Panicf": true, "Panicln": true, "Output": true,
	"Debug": true, "Info": true, "Warn": true, "Error": true, "Log": true, "LogAttrs": true,
	"DebugContext": true, "InfoContext": true, "WarnContext": true, "ErrorContext": true,
	"Debugf": true, "Infof": true, "Warnf": true, "Errorf": true, "Warning": true, "Warningf": true,
	"Debugw": true, "Infow": true, "Warnw": true, "Errorw": true, "Fatalw": true, "Panicw": true,
	"Msg": true, "Msgf": true, "Str": true, "Interface": true, "With": true, "WithField": true, "WithFields": true,
}

var loggerPkgs = []string{"log", "log/slog", "go.uber.org/zap", "github.com/sirupsen/logrus", "github.com/rs/zerolog"}

// routerResponses are response methods of the web frameworks, matched by
// package path prefix and method name.
var routerPkgs = []string{"github.com/gin-gonic/gin", "github.com/labstack/echo", "github.com/gofiber/fiber"}

var routerResponses = map[string]bool{
	"JSON": true, "IndentedJSON": true, "PureJSON": true, "SecureJSON": true, "AsciiJSON": true, "JSONP": true,
	"JSONPretty": true, "JSONBlob": true, "String": true, "SendString": true, "Send": true, "XML": true,
	"YAML": true, "TOML": true, "HTML": true, "Blob": true, "Data": true, "Header": true, "Set": true, "SetCookie": true,
}

func pkgPath(fn *types.Func) string {
	if fn.Pkg() == nil {
		return ""
	}
	// For methods, the receiver's package is the package.
	return fn.Pkg().Path()
}

func hasPathPrefix(p string, prefixes []string) bool {
	for _, pre := range prefixes {
		if p == pre || strings.HasPrefix(p, pre+"/") {
			return true
		}
	}
	return false
}

func (c *checker) isResponseWriter(e ast.Expr) bool {
	t := c.typeOf(e)
	if t == nil {
		return false
	}
	if isNamed(t, "net/http", "ResponseWriter") {
		return true
	}
	if c.rw == nil {
		return false
	}
	if _, ok := t.Underlying().(*types.Interface); ok {
		return false
	}
	return types.Implements(t, c.rw)
}

func isStdStream(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	x, ok := sel.X.(*ast.Ident)
	return ok && x.Name == "os" && (sel.Sel.Name == "Stdout" || sel.Sel.Name == "Stderr")
}

// sinkCall is a call that writes some of its arguments to a sink.
type sinkCall struct {
	args    []ast.Expr
	sink    int
	via     string
	structs bool // a struct holding a secret counts too
}

// call checks a call for a sink: one of the known ones, or a function of
// the package that passes a parameter to one (writeJSON(w, status, v)).
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	c.sprintfURL(cur, call)
	if sc, ok := c.sinkOf(call); ok {
		c.args(cur, call, sc.args, sc.sink, sc.via, sc.structs)
		return
	}
	fn, name := c.callee(call)
	if fn == nil {
		return
	}
	sig, _ := fn.Type().(*types.Signature)
	for i, ps := range c.paramSinks[fn] {
		if ps.sink == 0 || i >= len(call.Args) {
			continue
		}
		args := call.Args[i : i+1]
		if sig != nil && sig.Variadic() && i == sig.Params().Len()-1 && !call.Ellipsis.IsValid() {
			args = call.Args[i:] // logf(format, args...) gets every argument
		}
		c.args(cur, call, args, ps.sink, name+" ("+ps.via+")", ps.structs)
	}
}

// sinkOf reports whether call is a known sink and which of its arguments
// it writes.
func (c *checker) sinkOf(call *ast.CallExpr) (sinkCall, bool) {
	if isBuiltin(c, call, "panic") {
		return sinkCall{call.Args, sinkLog, "panic", true}, true
	}
	fn, name := c.callee(call)
	if fn == nil {
		return sinkCall{}, false
	}
	pkg := pkgPath(fn)
	sig, _ := fn.Type().(*types.Signature)
	isMethod := sig != nil && sig.Recv() != nil
	switch {
	case pkg == "fmt" && (name == "Print" || name == "Printf" || name == "Println"):
		return sinkCall{call.Args, sinkLog, "fmt." + name, true}, true
	case pkg == "fmt" && (name == "Fprint" || name == "Fprintf" || name == "Fprintln") && len(call.Args) > 0:
		switch {
		case isStdStream(call.Args[0]):
			return sinkCall{call.Args[1:], sinkLog, "fmt." + name + " to " + exprString(call.Args[0]), true}, true
		case c.isResponseWriter(call.Args[0]):
			return sinkCall{call.Args[1:], sinkResponse, "fmt." + name + " to the response", true}, true
		}
	case pkg == "fmt" && name == "Errorf", pkg == "errors" && name == "New":
		return sinkCall{call.Args, sinkLog, pkg + "." + name, true}, true
	case hasPathPrefix(pkg, loggerPkgs) && logFuncs[name]:
		return sinkCall{call.Args, sinkLog, exprString(call.Fun), true}, true
	case pkg == "net/http" && name == "Error" && len(call.Args) > 1:
		return sinkCall{call.Args[1:2], sinkResponse, "http.Error", false}, true
	case pkg == "io" && name == "WriteString" && len(call.Args) == 2 && c.isResponseWriter(call.Args[0]):
		return sinkCall{call.Args[1:], sinkResponse, "io.WriteString to the response", false}, true
	case isMethod && name == "Write" && len(call.Args) == 1:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && c.isResponseWriter(sel.X) {
			return sinkCall{call.Args, sinkResponse, exprString(sel.X) + ".Write", false}, true
		}
	case isMethod && name == "Encode" && len(call.Args) == 1 && isRecv(fn, "encoding/json", "Encoder"):
		// json.NewEncoder(w).Encode(v) with w a ResponseWriter.
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if nc, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && len(nc.Args) == 1 && c.isResponseWriter(nc.Args[0]) {
				return sinkCall{call.Args, sinkResponse, "json.NewEncoder(w).Encode", true}, true
			}
		}
	case isMethod && (name == "Set" || name == "Add") && len(call.Args) == 2 && isRecv(fn, "net/http", "Header"):
		// w.Header().Set("X-Key", key)
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if hc, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
				if hs, ok := ast.Unparen(hc.Fun).(*ast.SelectorExpr); ok && hs.Sel.Name == "Header" && c.isResponseWriter(hs.X) {
					return sinkCall{call.Args[1:], sinkResponse, "a response header", false}, true
				}
			}
		}
	case isMethod && hasPathPrefix(pkg, routerPkgs) && routerResponses[name]:
		return sinkCall{call.Args, sinkResponse, exprString(call.Fun), true}, true
	}
	return sinkCall{}, false
}

// args reports the first secret among args.
func (c *checker) args(cur inspector.Cursor, call *ast.CallExpr, args []ast.Expr, sink int, via string, structs bool) {
	for _, a := range args {
		s, ok := c.secret(a)
		if !ok && structs && !c.cfg.NoStructs {
			s, ok = c.structSecret(a, sink == sinkResponse)
		}
		if !ok || !c.inContext(cur, s) {
			continue
		}
		if sink == sinkResponse {
			c.rep.Report(a, rules.IDKeyExposed, "vipps %s (%s) sent to the client by %s; keep secrets on the server", s.kind, s.name, via)
		} else {
			c.rep.Report(a, rules.IDSecretLogged, "vipps %s (%s) written to %s; log whether it is set or its last four characters, not the value", s.kind, s.name, via)
		}
		return
	}
}

func (c *checker) inContext(cur inspector.Cursor, s secret) bool {
	if s.vipps {
		return true
	}
	if !c.pkgVipps {
		return false
	}
	scope := vippsctx.Scope(cur)
	other, seen := c.other[scope]
	if !seen {
		other = vippsctx.OtherProduct(c.pass.TypesInfo, scope)
		c.other[scope] = other
	}
	return !other
}

// structSecret reports a struct (or pointer to one) with a string field
// named like a secret, printed or encoded whole. A type that formats itself
// (String, Format, LogValue, MarshalJSON) is trusted.
func (c *checker) structSecret(e ast.Expr, jsonOnly bool) (secret, bool) {
	t := c.typeOf(e)
	if t == nil {
		return secret{}, false
	}
	for _, m := range []string{"String", "Format", "LogValue", "GoString", "MarshalJSON", "MarshalText"} {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, m); obj != nil {
			if _, ok := obj.(*types.Func); ok {
				return secret{}, false
			}
		}
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return secret{}, false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !stringish(f.Type()) {
			continue
		}
		if jsonOnly {
			tag := reflect.StructTag(st.Tag(i)).Get("json")
			if !f.Exported() || tag == "-" {
				continue
			}
		}
		if s, ok := named(fieldName(t, f), fmt.Sprintf("%s.%s", exprString(e), f.Name())); ok {
			return s, true
		}
	}
	return secret{}, false
}

// urlParam returns the secret query parameter that text ends with
// ("…?subscription-key="), or "".
func urlParam(text string) string {
	l := strings.ToLower(text)
	for _, p := range rules.URLSecretParams() {
		if strings.HasSuffix(l, p+"=") {
			pre := l[:len(l)-len(p)-1]
			if pre == "" || strings.HasSuffix(pre, "?") || strings.HasSuffix(pre, "&") {
				return p
			}
		}
	}
	return ""
}

// isURLText reports whether text is (part of) a URL; parent is the node
// that holds the expression.
func isURLText(all string, parent inspector.Cursor) bool {
	if strings.Contains(all, "?") || strings.Contains(all, "://") {
		return true
	}
	// u.RawQuery = "subscription-key=" + key, url.URL{RawQuery: …}
	switch p := parent.Node().(type) {
	case *ast.KeyValueExpr:
		id, ok := p.Key.(*ast.Ident)
		return ok && id.Name == "RawQuery"
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if s, ok := l.(*ast.SelectorExpr); ok && s.Sel.Name == "RawQuery" {
				return true
			}
		}
	}
	return false
}

// concat checks "…?subscription-key=" + key.
func (c *checker) concat(cur inspector.Cursor, b *ast.BinaryExpr) {
	if b.Op != token.ADD || c.isConst(b) {
		return
	}
	parent := cur.Parent()
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			break
		}
		parent = parent.Parent()
	}
	if p, ok := parent.Node().(*ast.BinaryExpr); ok && p.Op == token.ADD {
		return // only the outermost of a chain
	}
	var parts []ast.Expr
	var flatten func(e ast.Expr)
	flatten = func(e ast.Expr) {
		if x, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && x.Op == token.ADD && !c.isConst(x) {
			flatten(x.X)
			flatten(x.Y)
			return
		}
		parts = append(parts, e)
	}
	flatten(b)
	var all strings.Builder
	for _, p := range parts {
		if s, ok := c.constString(p); ok {
			all.WriteString(s)
		}
	}
	for i := 0; i+1 < len(parts); i++ {
		text, ok := c.constString(parts[i])
		if !ok {
			continue
		}
		if p := urlParam(text); p != "" && !c.isConst(parts[i+1]) && !c.clean(parts[i+1]) && isURLText(all.String(), parent) {
			c.reportURL(cur, parts[i+1], p)
			return
		}
	}
}

// clean reports a value that is masked or not a string at all.
func (c *checker) clean(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if isBuiltin(c, x, "len") {
			return true
		}
		_, name := c.callee(x)
		lname := strings.ToLower(name)
		for _, w := range maskWords {
			if strings.Contains(lname, w) {
				return true
			}
		}
	case *ast.SliceExpr:
		return masked(c, x)
	}
	return false
}

// sprintfURL checks fmt.Sprintf("…?client_secret=%s", secret).
func (c *checker) sprintfURL(cur inspector.Cursor, call *ast.CallExpr) {
	fn, name := c.callee(call)
	if fn == nil || pkgPath(fn) != "fmt" || (name != "Sprintf" && name != "Errorf" && name != "Printf") || len(call.Args) < 2 {
		return
	}
	format, ok := c.constString(call.Args[0])
	if !ok || !isURLText(format, cur.Parent()) {
		return
	}
	argi := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			i++
			continue
		}
		if p := urlParam(format[:i]); p != "" && 1+argi < len(call.Args) {
			a := call.Args[1+argi]
			if !c.isConst(a) && !c.clean(a) {
				c.reportURL(cur, a, p)
				return
			}
		}
		argi++
	}
}

func (c *checker) reportURL(cur inspector.Cursor, val ast.Expr, param string) {
	s := secret{kind: rules.Classify(param), name: exprString(val)}
	if named, ok := c.secret(val); ok {
		s.vipps = named.vipps
	}
	if !c.inContext(cur, s) {
		return
	}
	c.rep.Report(val, rules.IDSecretInURL, "vipps %s (%s) put in the url query parameter %s; send it in a header or the request body", s.kind, s.name, param)
}

// getterResults reports a getter's results: a string, or a string and an
// error (tok, err := c.AccessToken(ctx)).
func getterResults(sig *types.Signature) bool {
	r := sig.Results()
	switch r.Len() {
	case 1:
		return stringish(r.At(0).Type())
	case 2:
		return stringish(r.At(0).Type()) && types.Identical(r.At(1).Type(), types.Universe.Lookup("error").Type())
	}
	return false
}
