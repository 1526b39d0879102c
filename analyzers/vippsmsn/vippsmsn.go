package vippsmsn

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
	"golang.org/x/tools/go/ssa"

	"github.com/vippslint/vippslint/analyzers/internal/report"
	"github.com/vippslint/vippslint/rules"
)

// Config configures the analyzer.
type Config struct {
	// MaxRounds bounds the summary fixpoint of a package (default 8).
	MaxRounds int
}

// Analyzer is the analyzer with the default configuration.
var Analyzer = New(Config{})

// New returns a vippsmsn analyzer with the given configuration.
func New(cfg Config) *analysis.Analyzer {
	if cfg.MaxRounds <= 0 {
		cfg.MaxRounds = 8
	}
	return &analysis.Analyzer{
		Name:      "vippsmsn",
		Doc:       "report a Merchant-Serial-Number whose value comes from request input",
		URL:       "https://github.com/vippslint/vippslint/blob/main/README.md#go-code-go-vet-and-golangci-lint",
		FactTypes: []analysis.Fact{new(FuncFact), new(PackageFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			return nil, run(pass, cfg)
		},
	}
}

// FuncFact is what a function does with request input, for the packages
// that call it.
type FuncFact struct {
	// ReturnsInput: a result holds request input (Source says which).
	ReturnsInput bool
	Source       string
	// ParamToReturn: bit i is set when parameter i (the receiver first)
	// flows to a result.
	ParamToReturn uint64
	// ParamSink: bit i is set when parameter i reaches the MSN sink.
	ParamSink uint64
}

// AFact marks FuncFact as a fact.
func (*FuncFact) AFact() {}

func (f *FuncFact) String() string {
	return fmt.Sprintf("vippsmsn(returnsInput=%t, paramToReturn=%#x, paramSink=%#x)", f.ReturnsInput, f.ParamToReturn, f.ParamSink)
}

// PackageFact marks a package that has FuncFacts, so importers know to
// look.
type PackageFact struct{}

// AFact marks PackageFact as a fact.
func (*PackageFact) AFact() {}

func (*PackageFact) String() string { return "vippsmsn" }

// MSNHeader is the header name, compared case-insensitively.
const MSNHeader = "Merchant-Serial-Number"

const input = 1 // label bit of request input; bit i+1 is parameter i

var goroot = filepath.ToSlash(filepath.Clean(build.Default.GOROOT)) + "/"

func run(pass *analysis.Pass, cfg Config) (err error) {
	if len(pass.Files) == 0 || !relevant(pass) {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vippsmsn: analysing %s: %v", pass.Pkg.Path(), r)
		}
	}()
	prog := ssa.NewProgram(pass.Fset, 0)
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()

	var funcs []*ssa.Function
	var add func(f *ssa.Function)
	add = func(f *ssa.Function) {
		if f == nil {
			return
		}
		funcs = append(funcs, f)
		for _, a := range f.AnonFuncs {
			add(a)
		}
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					add(prog.FuncValue(obj))
				}
			}
		}
	}
	// init functions and package-level closures
	if initFn := pkg.Func("init"); initFn != nil {
		add(initFn)
	}

	a := &analysis_{pass: pass, prog: prog, rep: report.New(pass), sums: map[*ssa.Function]*summary{},
		impls: map[*types.TypeName]types.Type{}, stdPkgs: map[*types.Package]bool{}, handlerTypes: map[*types.TypeName]bool{},
		globals: map[*ssa.Global]string{}, hfields: map[handlerField]string{}}
	for _, f := range funcs {
		a.sums[f] = &summary{}
	}
	for round := 0; round < cfg.MaxRounds; round++ {
		changed := false
		a.dirty = false
		for _, f := range funcs {
			if a.analyze(f, false) {
				changed = true
			}
		}
		if !changed && !a.dirty {
			break
		}
	}
	for _, f := range funcs {
		a.analyze(f, true)
	}
	exported := false
	for _, f := range funcs {
		s := a.sums[f]
		obj, ok := f.Object().(*types.Func)
		if !ok || obj.Pkg() != pass.Pkg || (!s.returnsInput && s.paramToReturn == 0 && s.paramSink == 0) {
			continue
		}
		pass.ExportObjectFact(obj, &FuncFact{ReturnsInput: s.returnsInput, Source: s.source, ParamToReturn: s.paramToReturn, ParamSink: s.paramSink})
		exported = true
	}
	if exported {
		pass.ExportPackageFact(&PackageFact{})
	}
	return nil
}

// relevant reports whether the package can hold a source, a sink or a
// helper: the standard library cannot, nor can a package that imports
// neither net/http nor a router nor a package with facts and never says
// Merchant-Serial-Number.
func relevant(pass *analysis.Pass) bool {
	if pass.Module != nil && pass.Module.Path == "std" {
		return false
	}
	if tf := pass.Fset.File(pass.Files[0].Pos()); tf != nil && strings.HasPrefix(filepath.ToSlash(tf.Name()), goroot) {
		return false
	}
	for _, imp := range pass.Pkg.Imports() {
		p := imp.Path()
		if p == "net/http" || routerPath(p) != "" || pass.ImportPackageFact(imp, new(PackageFact)) {
			return true
		}
	}
	for _, f := range pass.Files {
		found := false
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				l := strings.ToLower(lit.Value)
				if strings.Contains(l, "merchant-serial-number") || strings.Contains(l, "merchantserialnumber") {
					found = true
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

type summary struct {
	returnsInput  bool
	source        string
	paramToReturn uint64
	paramSink     uint64
	// sinkPos are the sinks each parameter reaches (same package only).
	sinkPos map[int][]token.Pos
}

type analysis_ struct {
	pass *analysis.Pass
	prog *ssa.Program
	rep  *report.Reporter
	sums map[*ssa.Function]*summary
	// impls caches the one implementation of an interface (nil: none or
	// several).
	impls        map[*types.TypeName]types.Type
	stdPkgs      map[*types.Package]bool
	handlerTypes map[*types.TypeName]bool
	// globals and hfields are package-level variables and fields of
	// handler types that some function stores request input in, with
	// where it came from; dirty says one was added in this round.
	globals map[*ssa.Global]string
	hfields map[handlerField]string
	dirty   bool
}

// edge is a control-flow edge out of a check.
type edge struct{ from, to *ssa.BasicBlock }

type fieldKey struct {
	base  ssa.Value
	field int
}

// state is one function's taint.
type state struct {
	a      *analysis_
	fn     *ssa.Function
	labels map[ssa.Value]uint64
	fields map[fieldKey]uint64
	origin map[ssa.Value]string
	// fieldOrigin is the request input a field holds.
	fieldOrigin map[fieldKey]string
	// guards are the edges on which a value (by canon) has passed a
	// check; the map value, when non-nil, must be clean for the check to
	// count (a lookup in a user-controlled map proves nothing).
	guards map[any]map[edge]ssa.Value
}

func (st *state) set(v ssa.Value, l uint64, origin string) bool {
	if v == nil || l == 0 {
		return false
	}
	old := st.labels[v]
	if old|l == old {
		return false
	}
	st.labels[v] = old | l
	if l&input != 0 && st.origin[v] == "" && origin != "" {
		st.origin[v] = origin
	}
	return true
}

// use is the label of operand v at block b, zero if a guard cleans it.
func (st *state) use(v ssa.Value, b *ssa.BasicBlock) uint64 {
	l := st.labels[v]
	if l == 0 {
		return 0
	}
	gs := st.guards[canon(v)]
	if len(gs) == 0 {
		return l
	}
	// Clean when some dominator of b is entered only through checked
	// edges (one for an if, several for the values of a switch case).
	for d := b; d != nil; d = d.Idom() {
		if len(d.Preds) == 0 {
			continue
		}
		all := true
		for _, p := range d.Preds {
			set, ok := gs[edge{p, d}]
			// Only request input makes the checked-against map suspect;
			// a map loaded through a parameter (h.cfg.allowed) is the
			// server's.
			if !ok || (set != nil && st.labels[set]&input != 0) {
				all = false
				break
			}
		}
		if all {
			return 0
		}
	}
	return l
}

// canon identifies loads of the same variable or field, so a check on one
// load cleans the others.
func canon(v ssa.Value) any {
	switch x := v.(type) {
	case *ssa.UnOp:
		if x.Op == token.MUL {
			switch p := x.X.(type) {
			case *ssa.FieldAddr:
				return fieldKey{p.X, p.Field}
			case *ssa.Alloc, *ssa.Global:
				return p
			}
		}
	case *ssa.Field:
		if l, ok := x.X.(*ssa.UnOp); ok && l.Op == token.MUL {
			return fieldKey{l.X, x.Field}
		}
		return fieldKey{x.X, x.Field}
	}
	return v
}

// analyze runs the taint analysis of fn; with report set it reports the
// findings, otherwise it updates fn's summary and says whether it changed.
func (a *analysis_) analyze(fn *ssa.Function, doReport bool) bool {
	if fn.Blocks == nil {
		return false
	}
	st := &state{a: a, fn: fn, labels: map[ssa.Value]uint64{}, fields: map[fieldKey]uint64{}, origin: map[ssa.Value]string{},
		fieldOrigin: map[fieldKey]string{}, guards: map[any]map[edge]ssa.Value{}}
	for i, p := range fn.Params {
		if i < 63 && carries(p.Type()) {
			st.labels[p] = 1 << (i + 1)
		}
	}
	st.findGuards()
	for round := 0; round < 32; round++ {
		changed := false
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if st.step(instr) {
					changed = true
				}
			}
		}
		if !changed {
			break
		}
	}
	// Results and sinks.
	sum := &summary{sinkPos: map[int][]token.Pos{}}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.Return:
				for _, r := range x.Results {
					l := st.use(r, b)
					if l&input != 0 {
						sum.returnsInput = true
						if sum.source == "" {
							sum.source = st.origin[r]
						}
					}
					sum.paramToReturn |= l >> 1
				}
			}
			st.sinks(instr, b, sum, doReport)
		}
	}
	if doReport {
		return false
	}
	old := a.sums[fn]
	if old.returnsInput == sum.returnsInput && old.paramToReturn == sum.paramToReturn && old.paramSink == sum.paramSink {
		return false
	}
	a.sums[fn] = sum
	return true
}

// sinks checks one instruction for the MSN sink.
func (st *state) sinks(instr ssa.Instruction, b *ssa.BasicBlock, sum *summary, doReport bool) {
	hit := func(v ssa.Value, pos token.Pos, what string) {
		l := st.use(v, b)
		if l == 0 {
			return
		}
		if !pos.IsValid() {
			pos = st.fn.Pos()
		}
		for i := 0; i < 63; i++ {
			if l&(1<<(i+1)) != 0 {
				sum.paramSink |= 1 << i
				sum.sinkPos[i] = append(sum.sinkPos[i], pos)
			}
		}
		if l&input != 0 && doReport {
			st.a.rep.ReportAt(pos, token.NoPos, rules.IDMutableMSN,
				"%s set from request input (%s); derive it on the server from the authenticated merchant or check it against the merchants the caller may act for", what, orDefault(st.origin[v], "request"))
		}
	}
	switch x := instr.(type) {
	case *ssa.Call:
		args := x.Call.Args
		for i := 0; i+1 < len(args); i++ {
			if isMSNConst(args[i]) {
				hit(args[i+1], x.Pos(), "merchant-serial-number header")
			}
		}
		// Helpers that reach the sink.
		t, ok := st.a.resolve(x.Call)
		if !ok {
			return
		}
		_, _, _, sinkBits, samePkg, ok := st.a.summaryOf(t)
		if !ok || sinkBits == 0 {
			return
		}
		for i, arg := range t.args {
			if i >= 63 || sinkBits&(1<<i) == 0 {
				continue
			}
			l := st.use(arg, b)
			if l == 0 {
				continue
			}
			for j := 0; j < 63; j++ {
				if l&(1<<(j+1)) != 0 {
					sum.paramSink |= 1 << j
					if samePkg {
						sum.sinkPos[j] = append(sum.sinkPos[j], st.a.sums[t.fn].sinkPos[i]...)
					} else {
						sum.sinkPos[j] = append(sum.sinkPos[j], x.Pos())
					}
				}
			}
			if l&input == 0 || !doReport {
				continue
			}
			src := orDefault(st.origin[arg], "request")
			if samePkg {
				for _, p := range st.a.sums[t.fn].sinkPos[i] {
					st.a.rep.ReportAt(p, token.NoPos, rules.IDMutableMSN,
						"merchant-serial-number set from request input (%s, passed to %s); derive it on the server from the authenticated merchant or check it against the merchants the caller may act for", src, t.fn.Name())
				}
			} else {
				st.a.rep.ReportAt(x.Pos(), token.NoPos, rules.IDMutableMSN,
					"request input (%s) reaches the merchant-serial-number through %s; derive it on the server from the authenticated merchant or check it against the merchants the caller may act for", src, t.via)
			}
		}
	case *ssa.MapUpdate:
		if isMSNConst(x.Key) {
			hit(x.Value, x.Pos(), "merchant-serial-number header")
		}
	case *ssa.Store:
		if fa, ok := x.Addr.(*ssa.FieldAddr); ok && isMSNField(fa) {
			hit(x.Val, x.Pos(), "merchantSerialNumber field")
		}
	}
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func relName(f *ssa.Function) string {
	if obj, ok := f.Object().(*types.Func); ok && obj.Pkg() != nil {
		if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil {
			qual := func(p *types.Package) string { return p.Name() }
			if p, ok := sig.Recv().Type().(*types.Pointer); ok {
				return "(*" + types.TypeString(p.Elem(), qual) + ")." + obj.Name()
			}
			return types.TypeString(sig.Recv().Type(), qual) + "." + obj.Name()
		}
		return obj.Pkg().Name() + "." + obj.Name()
	}
	return f.Name()
}

func staticCallee(c ssa.CallCommon) *ssa.Function {
	f := c.StaticCallee()
	if f != nil && f.Origin() != nil {
		f = f.Origin()
	}
	return f
}

func isMSNConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value != nil && c.Value.Kind() == constant.String && strings.EqualFold(constant.StringVal(c.Value), MSNHeader)
}

// isMSNField reports a field whose JSON tag (or name, untagged) is
// merchantSerialNumber.
func isMSNField(fa *ssa.FieldAddr) bool {
	pt, ok := fa.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	s, ok := pt.Elem().Underlying().(*types.Struct)
	if !ok || fa.Field >= s.NumFields() {
		return false
	}
	name := s.Field(fa.Field).Name()
	if tag, ok := reflect.StructTag(s.Tag(fa.Field)).Lookup("json"); ok {
		if n, _, _ := strings.Cut(tag, ","); n != "" {
			name = n
		}
	}
	return strings.EqualFold(name, "merchantSerialNumber")
}

// findGuards records the allowlist checks and constant comparisons.
func (st *state) findGuards() {
	for _, b := range st.fn.Blocks {
		if len(b.Instrs) == 0 || len(b.Succs) != 2 {
			continue
		}
		ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		st.guardCond(ifi.Cond, b, b.Succs[0], b.Succs[1], 0)
	}
}

func (st *state) addGuard(v ssa.Value, from, to *ssa.BasicBlock, set ssa.Value) {
	k := canon(v)
	if st.guards[k] == nil {
		st.guards[k] = map[edge]ssa.Value{}
	}
	st.guards[k][edge{from, to}] = set
}

func (st *state) guardCond(cond ssa.Value, from, yes, no *ssa.BasicBlock, depth int) {
	if depth > 4 {
		return
	}
	switch c := cond.(type) {
	case *ssa.UnOp:
		if c.Op == token.NOT {
			st.guardCond(c.X, from, no, yes, depth+1)
		}
	case *ssa.Extract:
		// _, ok := allowed[v]
		if lk, ok := c.Tuple.(*ssa.Lookup); ok && c.Index == 1 && lk.CommaOk {
			if _, isMap := lk.X.Type().Underlying().(*types.Map); isMap {
				st.addGuard(lk.Index, from, yes, lk.X)
			}
		}
		if call, ok := c.Tuple.(*ssa.Call); ok {
			st.guardCall(call, from, yes)
		}
	case *ssa.Lookup:
		// allowed[v] with map[string]bool
		if _, isMap := c.X.Type().Underlying().(*types.Map); isMap && !c.CommaOk {
			st.addGuard(c.Index, from, yes, c.X)
		}
	case *ssa.Call:
		st.guardCall(c, from, yes)
	case *ssa.BinOp:
		switch c.Op {
		case token.EQL, token.NEQ:
			succ := yes
			if c.Op == token.NEQ {
				succ = no
			}
			_, yConst := c.Y.(*ssa.Const)
			_, xConst := c.X.(*ssa.Const)
			switch {
			case yConst:
				st.addGuard(c.X, from, succ, nil)
			case xConst:
				st.addGuard(c.Y, from, succ, nil)
			default:
				// msn == sh.MSN: proven equal to the other side, which
				// must not be request input itself.
				st.addGuard(c.X, from, succ, c.Y)
				st.addGuard(c.Y, from, succ, c.X)
			}
		}
	}
}

// guardCall: slices.Contains(allowed, v), isAllowed(user, v), …
func (st *state) guardCall(call *ssa.Call, from, yes *ssa.BasicBlock) {
	name, pkg := calleeName(call.Call)
	args := call.Call.Args
	switch {
	case (pkg == "slices" && (name == "Contains" || name == "ContainsFunc")) && len(args) == 2:
		st.addGuard(args[1], from, yes, args[0])
	case pkg == "strings" || pkg == "bytes" || pkg == "regexp" || pkg == "unicode":
		// format checks prove nothing about ownership
	case rules.NameChecksAllow(name):
		// isAllowed(user, v): the allow words are rules.AllowWords
		for _, a := range args {
			st.addGuard(a, from, yes, nil)
		}
	}
}

// calleeName returns the called function's (or interface method's) name and
// the path of its package.
func calleeName(c ssa.CallCommon) (string, string) {
	var obj *types.Func
	if c.IsInvoke() {
		obj = c.Method
	} else if f := c.StaticCallee(); f != nil {
		if o, ok := f.Object().(*types.Func); ok {
			obj = o
		} else {
			return f.Name(), ""
		}
	}
	if obj == nil {
		return "", ""
	}
	p := ""
	if obj.Pkg() != nil {
		p = obj.Pkg().Path()
	}
	return obj.Name(), p
}

// step propagates labels through one instruction; it reports a change.
func (st *state) step(instr ssa.Instruction) bool {
	b := instr.Block()
	u := func(v ssa.Value) uint64 { return st.use(v, b) }
	from := func(vs ...ssa.Value) string {
		for _, v := range vs {
			if st.labels[v]&input != 0 && st.origin[v] != "" {
				return st.origin[v]
			}
		}
		return ""
	}
	switch x := instr.(type) {
	case *ssa.Phi:
		var l uint64
		for i, e := range x.Edges {
			if i < len(b.Preds) {
				l |= st.use(e, b.Preds[i])
			}
		}
		return st.set(x, l, from(x.Edges...))
	case *ssa.UnOp:
		switch x.Op {
		case token.MUL:
			l := u(x.X)
			o := from(x.X)
			if g, ok := x.X.(*ssa.Global); ok && st.a.globals[g] != "" {
				l |= input
				o = orDefault(o, st.a.globals[g])
			}
			for k, fl := range st.fields {
				if k.base == x.X {
					l |= fl
					if o == "" {
						o = st.fieldOrigin[k]
					}
				}
			}
			return st.set(x, l, o)
		case token.ARROW:
			return st.set(x, u(x.X), from(x.X))
		}
	case *ssa.FieldAddr:
		if src := requestField(x.X.Type(), x.Field); src != "" {
			st.set(x, input, src)
		}
		k := fieldKey{x.X, x.Field}
		if hf, ok := st.a.handlerFieldOf(x); ok && st.a.hfields[hf] != "" {
			st.set(x, input, st.a.hfields[hf])
		}
		return st.set(x, u(x.X)|st.fields[k], orDefault(from(x.X), st.fieldOrigin[k]))
	case *ssa.Field:
		if src := requestField(x.X.Type(), x.Field); src != "" {
			st.set(x, input, src)
		}
		l := u(x.X)
		o := from(x.X)
		if ld, ok := x.X.(*ssa.UnOp); ok && ld.Op == token.MUL {
			k := fieldKey{ld.X, x.Field}
			l = st.fields[k] | st.use(ld.X, b)
			o = orDefault(o, st.fieldOrigin[k])
		}
		return st.set(x, l, o)
	case *ssa.Index:
		return st.set(x, u(x.X), from(x.X))
	case *ssa.IndexAddr:
		return st.set(x, u(x.X), from(x.X))
	case *ssa.Lookup:
		// A value looked up by a tainted key is the server's.
		return st.set(x, u(x.X), from(x.X))
	case *ssa.Slice:
		return st.set(x, u(x.X), from(x.X))
	case *ssa.Convert:
		return st.set(x, u(x.X), from(x.X))
	case *ssa.ChangeType:
		return st.set(x, u(x.X), from(x.X))
	case *ssa.MultiConvert:
		return st.set(x, u(x.X), from(x.X))
	case *ssa.MakeInterface:
		return st.set(x, u(x.X), from(x.X))
	case *ssa.ChangeInterface:
		return st.set(x, u(x.X), from(x.X))
	case *ssa.SliceToArrayPointer:
		return st.set(x, u(x.X), from(x.X))
	case *ssa.TypeAssert:
		return st.set(x, u(x.X), from(x.X))
	case *ssa.Extract:
		return st.set(x, u(x.Tuple), from(x.Tuple))
	case *ssa.Range:
		return st.set(x, u(x.X), from(x.X))
	case *ssa.Next:
		return st.set(x, u(x.Iter), from(x.Iter))
	case *ssa.BinOp:
		switch x.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return false
		}
		return st.set(x, u(x.X)|u(x.Y), from(x.X, x.Y))
	case *ssa.Store:
		l := u(x.Val)
		if l == 0 {
			return false
		}
		switch addr := x.Addr.(type) {
		case *ssa.FieldAddr:
			if hf, ok := st.a.handlerFieldOf(addr); ok && l&input != 0 && st.a.hfields[hf] == "" {
				st.a.hfields[hf] = orDefault(from(x.Val), "request") + ", kept in " + hf.String()
				st.a.dirty = true
			}
			k := fieldKey{addr.X, addr.Field}
			if st.fields[k]|l != st.fields[k] {
				st.fields[k] |= l
				if l&input != 0 && st.fieldOrigin[k] == "" {
					st.fieldOrigin[k] = from(x.Val)
				}
				st.set(addr, l, from(x.Val))
				return true
			}
			return false
		case *ssa.IndexAddr:
			return st.set(addr.X, l, from(x.Val))
		case *ssa.Global:
			if l&input != 0 && st.a.globals[addr] == "" {
				st.a.globals[addr] = orDefault(from(x.Val), "request") + ", kept in " + addr.Name()
				st.a.dirty = true
			}
			return false
		default:
			return st.set(x.Addr, l, from(x.Val))
		}
	case *ssa.MapUpdate:
		return st.set(x.Map, u(x.Value), from(x.Value))
	case *ssa.Call:
		return st.call(x, b)
	}
	return false
}

// carries reports whether a parameter of type t can carry an MSN into
// the function. Requests, response writers, contexts and router contexts
// are where sources come from, not values: the source rules model them.
func carries(t types.Type) bool {
	switch {
	case isNamed(t, "net/http", "Request"), isNamed(t, "net/http", "ResponseWriter"), isNamed(t, "context", "Context"):
		return false
	}
	if _, ok := t.Underlying().(*types.Signature); ok {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && routerPath(n.Obj().Pkg().Path()) != "" {
		return false
	}
	return true
}

// stripPtr finds the pointer under an interface conversion (&v passed as
// any).
func stripPtr(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		default:
			return v
		}
	}
}

// flowPkgs are packages whose functions and methods carry their
// arguments' (and receiver's) taint to their results.
var flowPkgs = map[string]bool{
	"net/url": true, "net/textproto": true, "mime/multipart": true, "io": true, "bufio": true,
	"bytes": true, "strings": true, "strconv": true, "encoding/json": true, "encoding/xml": true,
	"encoding/base64": true, "fmt": true, "unicode/utf8": false, "slices": true, "maps": true,
	"html": true, "path": true,
}

// decoders write their input into their pointer arguments.
var decoders = map[string]bool{
	"Decode": true, "Unmarshal": true, "Sscan": true, "Sscanf": true, "Sscanln": true, "Fscan": true,
	"Fscanf": true, "Read": true, "ReadFull": true, "DecodeElement": true,
}

func (st *state) call(x *ssa.Call, b *ssa.BasicBlock) bool {
	common := x.Call
	args := common.Args
	if common.IsInvoke() {
		args = append([]ssa.Value{common.Value}, args...)
	}
	name, pkg := calleeName(common)
	var recvType types.Type
	if common.IsInvoke() {
		recvType = common.Value.Type()
	} else if len(args) > 0 && common.Signature() != nil && common.Signature().Recv() != nil {
		recvType = args[0].Type()
	} else if f := common.StaticCallee(); f != nil && f.Signature.Recv() != nil && len(args) > 0 {
		recvType = args[0].Type()
	}
	changed := false

	// Sources.
	if src, binder := source(pkg, name, recvType); src != "" {
		if binder {
			for _, a := range args[1:] {
				if _, isPtr := stripPtr(a).Type().Underlying().(*types.Pointer); isPtr {
					changed = st.set(stripPtr(a), input, src) || changed
				}
			}
		} else {
			changed = st.set(x, input, src) || changed
		}
		return changed
	}

	var in uint64
	for _, a := range args {
		in |= st.use(a, b)
	}
	var origin string
	for _, a := range args {
		if st.labels[a]&input != 0 && st.origin[a] != "" {
			origin = st.origin[a]
			break
		}
	}

	// The standard library's data packages.
	if flowPkgs[pkg] || (pkg == "net/http" && (name == "MaxBytesReader" || recvType != nil && (isNamed(recvType, "net/http", "Header") || isNamed(recvType, "net/http", "Cookie")))) {
		if decoders[name] && in != 0 {
			for _, a := range args {
				if p := stripPtr(a); p != nil {
					if _, isPtr := p.Type().Underlying().(*types.Pointer); isPtr && st.labels[p]&in != in {
						changed = st.set(p, in, origin) || changed
					}
				}
			}
		}
		return st.set(x, in, origin) || changed
	}

	// Functions of this package (summaries) and of others (facts).
	t, ok := st.a.resolve(common)
	if !ok {
		return false
	}
	returnsInput, src, p2r, _, samePkg, ok := st.a.summaryOf(t)
	if !ok {
		return false
	}
	if !samePkg {
		src = orDefault(src, t.via)
		if !strings.Contains(src, t.via) {
			src += " via " + t.via
		}
	}
	var l uint64
	if returnsInput {
		l |= input
		if origin == "" {
			origin = src
		}
	}
	for i, a := range t.args {
		if i < 63 && p2r&(1<<i) != 0 {
			l |= st.use(a, b)
		}
	}
	return st.set(x, l, origin)
}

// requestFields are the fields of net/http.Request that hold request input.
var requestFields = map[string]bool{
	"URL": true, "Header": true, "Body": true, "Form": true, "PostForm": true, "MultipartForm": true,
	"Trailer": true, "RequestURI": true, "Host": true,
}

// requestField names the request input a field access of t reads, or "".
func requestField(t types.Type, field int) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if !isNamed(t, "net/http", "Request") {
		return ""
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok || field >= s.NumFields() {
		return ""
	}
	if f := s.Field(field).Name(); requestFields[f] {
		return "r." + f
	}
	return ""
}

func isNamed(t types.Type, pkg, name string) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	o := n.Obj()
	return o.Name() == name && o.Pkg() != nil && o.Pkg().Path() == pkg
}

// routers are matched by import path (and major version suffix), never
// imported.
var routers = []string{
	"github.com/gin-gonic/gin", "github.com/labstack/echo", "github.com/go-chi/chi",
	"github.com/gorilla/mux", "github.com/gofiber/fiber",
}

// routerPath returns the router p belongs to, or "".
func routerPath(p string) string {
	for _, r := range routers {
		if p == r || strings.HasPrefix(p, r+"/v") {
			return r
		}
	}
	return ""
}

var routerSources = map[string]map[string]bool{
	"github.com/gin-gonic/gin": set("Query", "DefaultQuery", "GetQuery", "QueryArray", "GetQueryArray", "QueryMap",
		"GetQueryMap", "PostForm", "DefaultPostForm", "GetPostForm", "PostFormArray", "GetPostFormArray", "PostFormMap",
		"GetPostFormMap", "Param", "GetHeader", "Cookie", "GetRawData"),
	"github.com/labstack/echo": set("QueryParam", "QueryParams", "QueryString", "FormValue", "FormParams", "Param",
		"ParamValues", "Cookie", "Cookies"),
	"github.com/go-chi/chi":    set("URLParam", "URLParamFromCtx"),
	"github.com/gorilla/mux":   set("Vars"),
	"github.com/gofiber/fiber": set("Query", "Queries", "Params", "AllParams", "FormValue", "Get", "GetReqHeaders", "Cookies", "Body", "BodyRaw"),
}

var routerBinders = map[string]func(string) bool{
	"github.com/gin-gonic/gin": func(n string) bool {
		return strings.HasPrefix(n, "ShouldBind") || strings.HasPrefix(n, "Bind") || strings.HasPrefix(n, "MustBind")
	},
	"github.com/labstack/echo": func(n string) bool { return n == "Bind" },
	"github.com/gofiber/fiber": func(n string) bool {
		return n == "BodyParser" || n == "QueryParser" || n == "ParamsParser" || n == "ReqHeaderParser" || n == "CookieParser"
	},
}

func set(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

// requestMethods are the methods of *net/http.Request that return input.
var requestMethods = set("FormValue", "PostFormValue", "Cookie", "Cookies", "CookiesNamed", "PathValue", "Referer", "UserAgent", "FormFile", "BasicAuth")

// source classifies a call: the request input it returns (or, for a
// binder, writes into its pointer arguments).
func source(pkg, name string, recv types.Type) (string, bool) {
	if pkg == "net/http" && recv != nil && isNamed(recv, "net/http", "Request") && requestMethods[name] {
		return "r." + name, false
	}
	r := routerPath(pkg)
	if r == "" {
		return "", false
	}
	short := r[strings.LastIndex(r, "/")+1:]
	if routerSources[r][name] {
		return short + " " + name, false
	}
	if bf := routerBinders[r]; bf != nil && bf(name) {
		return short + " " + name, true
	}
	return "", false
}
