package vippskey

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/vippslint/vippslint/analyzers/internal/report"
	"github.com/vippslint/vippslint/analyzers/internal/vippsctx"
	"github.com/vippslint/vippslint/rules"
)

// Config configures the analyzer.
type Config struct {
	// IncludeTestFiles reports values in _test.go files too, except those
	// bound to names that mark a test double (fakeSecret). Off by default:
	// test files are full of generated fakes, and the text scanner
	// (vippslint scan) still reads them for real keys.
	IncludeTestFiles bool
	// ReportLoneClientIDs reports a client_id in a file without a client
	// secret or subscription key (report_lone_client_ids in
	// .vippslint.yaml). Off by default: alone, a client_id is the user
	// name and grants nothing.
	ReportLoneClientIDs bool
}

// Analyzer is the analyzer with the default configuration.
var Analyzer = New(Config{})

// New returns a vippskey analyzer with the given configuration.
func New(cfg Config) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "vippskey",
		Doc:      "report Vipps MobilePay credentials written into Go source",
		URL:      "https://github.com/vippslint/vippslint/blob/main/README.md#go-code-go-vet-and-golangci-lint",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			run(pass, cfg)
			return nil, nil
		},
	}
}

// ruleOf maps a credential kind to its leak rule.
var ruleOf = map[rules.Kind]string{
	rules.KindClientSecret:    rules.IDClientSecret,
	rules.KindSubscriptionKey: rules.IDSubscriptionKey,
	rules.KindClientID:        rules.IDClientID,
	rules.KindAccessToken:     rules.IDAccessToken,
	rules.KindWebhookSecret:   rules.IDWebhookSecret,
}

type checker struct {
	pass     *analysis.Pass
	cfg      Config
	rep      *report.Reporter
	pkgVipps bool
	reported map[string]bool // rule + value, once per package
	other    map[ast.Node]bool
	fixer    *fixer
	// found are the keys of each file, in the order of files, reported
	// once the file is read: a client_id only beside a secret of its set.
	found map[*token.File][]found
	files []*token.File
}

// found is a key waiting to be reported.
type found struct {
	val        ast.Expr
	kind       rules.Kind
	rule, name string
	value      string // the key, never printed
	fix        *analysis.SuggestedFix
}

func run(pass *analysis.Pass, cfg Config) {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:     pass,
		cfg:      cfg,
		rep:      report.New(pass),
		pkgVipps: vippsctx.Package(pass, insp),
		reported: map[string]bool{},
		other:    map[ast.Node]bool{},
		fixer:    &fixer{pass: pass, insp: insp},
		found:    map[*token.File][]found{},
	}
	types := []ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}
	for cur := range insp.Root().Preorder(types...) {
		if !cfg.IncludeTestFiles && vippsctx.IsTestFile(pass.Fset, cur.Node().Pos()) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.call(cur, n)
		case *ast.CompositeLit:
			c.compositeLit(cur, n)
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, lhs := range n.Lhs {
				if name, ok := c.lhsName(lhs); ok {
					c.check(cur, name, n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) != len(n.Values) {
				continue
			}
			for i, id := range n.Names {
				c.check(cur, id.Name, n.Values[i])
			}
		}
	}
	for _, f := range c.files {
		c.reportFile(c.found[f])
	}
}

// reportFile reports the keys found in one file, each distinct value once
// per package. A client_id is reported only when the file also holds a
// client secret or subscription key (the rest of its set), or with
// Config.ReportLoneClientIDs; the secrets' diagnostics name the file's
// client_ids as related locations.
func (c *checker) reportFile(fs []found) {
	var ids []found
	set := false
	for _, f := range fs {
		switch f.kind {
		case rules.KindClientID:
			ids = append(ids, f)
		case rules.KindClientSecret, rules.KindSubscriptionKey:
			set = true
		}
	}
	for _, f := range fs {
		if f.kind == rules.KindClientID && !set && !c.cfg.ReportLoneClientIDs {
			continue
		}
		k := f.rule + "\x00" + f.value
		if c.reported[k] {
			continue
		}
		c.reported[k] = true
		var related []analysis.RelatedInformation
		with := ""
		if f.kind == rules.KindClientSecret || f.kind == rules.KindSubscriptionKey {
			var names []string
			for _, id := range ids {
				related = append(related, analysis.RelatedInformation{Pos: id.val.Pos(), End: id.val.End(),
					Message: "client_id of the set, in " + strconv.Quote(id.name)})
				names = append(names, fmt.Sprintf("%q on line %d", id.name, c.pass.Fset.Position(id.val.Pos()).Line))
			}
			if len(names) > 0 {
				with = " with the client_id of its set in " + strings.Join(names, ", ")
			}
		}
		c.rep.ReportRelated(f.val, f.rule, f.fix, related,
			"hard-coded vipps %s %s in %s%s; load it from the environment or a secret store, and rotate it: removing it from the code does not un-leak it",
			f.kind, report.Redact(f.value), strconv.Quote(f.name), with)
	}
}

// call handles h.Set("Ocp-Apim-Subscription-Key", "…"), os.Setenv and any
// call with a credential key followed by a constant, and arguments of
// parameters named like credentials.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	for i := 0; i+1 < len(call.Args); i++ {
		if k, ok := c.constString(call.Args[i]); ok && nameLike(k) && rules.Classify(k) != rules.KindNone {
			c.check(cur, k, call.Args[i+1])
		}
	}
	tv, ok := c.pass.TypesInfo.Types[call.Fun]
	if !ok || tv.IsType() {
		return
	}
	sig, ok := types.Unalias(tv.Type).(*types.Signature)
	if !ok {
		return
	}
	for i, arg := range call.Args {
		if i >= sig.Params().Len() || (sig.Variadic() && i >= sig.Params().Len()-1) {
			break
		}
		if name := sig.Params().At(i).Name(); name != "" && name != "_" {
			c.check(cur, name, arg)
		}
	}
}

// nameLike reports whether s can be a header, form or variable name, and
// not some text that mentions one.
func nameLike(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

func (c *checker) compositeLit(cur inspector.Cursor, lit *ast.CompositeLit) {
	tv, ok := c.pass.TypesInfo.Types[lit]
	if !ok || tv.Type == nil {
		return
	}
	t := tv.Type
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if k, ok := c.constString(kv.Key); ok && nameLike(k) {
				c.check(cur, k, kv.Value)
			}
		}
	case *types.Struct:
		for i, e := range lit.Elts {
			var field *types.Var
			var tag string
			val := e
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				id, ok := kv.Key.(*ast.Ident)
				if !ok {
					continue
				}
				val = kv.Value
				for j := 0; j < u.NumFields(); j++ {
					if u.Field(j).Name() == id.Name {
						field, tag = u.Field(j), u.Tag(j)
					}
				}
			} else if i < u.NumFields() {
				field, tag = u.Field(i), u.Tag(i)
			}
			if field != nil {
				c.check(cur, fieldName(field, tag), val)
			}
		}
	}
}

// fieldName is the field's name, or its JSON (or other encoding) tag name
// when the Go name says nothing.
func fieldName(f *types.Var, tag string) string {
	if rules.Classify(f.Name()) != rules.KindNone {
		return f.Name()
	}
	st := reflect.StructTag(tag)
	for _, k := range []string{"json", "yaml", "mapstructure", "env", "envconfig", "toml"} {
		if v, ok := st.Lookup(k); ok {
			if n, _, _ := strings.Cut(v, ","); n != "" && n != "-" {
				return n
			}
		}
	}
	return f.Name()
}

// lhsName is the credential name an assignment binds: a map key, a field or
// a variable.
func (c *checker) lhsName(lhs ast.Expr) (string, bool) {
	switch l := ast.Unparen(lhs).(type) {
	case *ast.IndexExpr:
		k, ok := c.constString(l.Index)
		return k, ok && nameLike(k)
	case *ast.SelectorExpr:
		if sel, ok := c.pass.TypesInfo.Selections[l]; ok {
			if f, ok := sel.Obj().(*types.Var); ok {
				if st, ok := sel.Recv().Underlying().(*types.Struct); ok {
					for i := 0; i < st.NumFields(); i++ {
						if st.Field(i) == f {
							return fieldName(f, st.Tag(i)), true
						}
					}
				}
				if p, ok := sel.Recv().Underlying().(*types.Pointer); ok {
					if st, ok := p.Elem().Underlying().(*types.Struct); ok {
						for i := 0; i < st.NumFields(); i++ {
							if st.Field(i) == f {
								return fieldName(f, st.Tag(i)), true
							}
						}
					}
				}
			}
		}
		return l.Sel.Name, true
	case *ast.Ident:
		if l.Name == "_" {
			return "", false
		}
		return l.Name, true
	}
	return "", false
}

func (c *checker) constString(e ast.Expr) (string, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// value extracts the constant string of e, or of the single element of a
// []string{"…"} literal (an http.Header value).
func (c *checker) value(e ast.Expr) (string, bool) {
	if v, ok := c.constString(e); ok {
		return v, true
	}
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok && len(lit.Elts) == 1 {
		return c.constString(lit.Elts[0])
	}
	return "", false
}

// check reports val if it is a credential of the kind name says.
func (c *checker) check(cur inspector.Cursor, name string, val ast.Expr) {
	kind := rules.Classify(name)
	rule, ok := ruleOf[kind]
	if !ok {
		return
	}
	n := rules.Normalize(name)
	if rules.NameIsOtherProvider(n) {
		return
	}
	v, ok := c.value(val)
	if !ok {
		return
	}
	v = strings.TrimSpace(v)
	if kind == rules.KindAccessToken && len(v) > 7 && strings.EqualFold(v[:7], "bearer ") {
		v = strings.TrimSpace(v[7:])
	}
	if !rules.ValueMatches(kind, v) || rules.IsPlaceholder(v) || rules.IsReference(v) {
		return
	}
	if vippsctx.IsTestFile(c.pass.Fset, val.Pos()) && vippsctx.FakeName(n) {
		return
	}
	nameVipps := rules.NameIsVipps(n)
	if !nameVipps {
		if !c.pkgVipps {
			return
		}
		scope := vippsctx.Scope(cur)
		other, seen := c.other[scope]
		if !seen {
			other = vippsctx.OtherProduct(c.pass.TypesInfo, scope)
			c.other[scope] = other
		}
		if other {
			return
		}
	}
	if kind == rules.KindAccessToken && !nameVipps && !rules.JWTIsVipps(v) && !c.pkgVipps {
		return
	}
	file := c.pass.Fset.File(val.Pos())
	if _, ok := c.found[file]; !ok {
		c.files = append(c.files, file)
	}
	c.found[file] = append(c.found[file], found{val: val, kind: kind, rule: rule, name: name, value: v, fix: c.fixer.fix(cur, kind, name, val)})
}
