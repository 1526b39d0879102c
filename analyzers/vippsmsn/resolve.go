package vippsmsn

import (
	"go/types"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// target is what a call reaches: a function of this package (with a
// summary) or of another (with a fact), and the values passed to its
// parameters, the receiver first for a method.
type target struct {
	fn   *ssa.Function // this package's, or nil
	obj  *types.Func   // nil for a closure of this package
	args []ssa.Value
	// via names the callee in messages: (*vipps.Client).Pay, with ", the
	// only implementation of gateway.Payments" for an interface call.
	via string
}

// resolve finds the target of a call: a static callee; a method value
// (pay := c.Pay; pay(msn)), through its bound receiver; or an interface
// method whose interface has one concrete implementation among the types
// of this package and the packages it imports.
func (a *analysis_) resolve(c ssa.CallCommon) (target, bool) {
	if c.IsInvoke() {
		obj, iface := a.implementation(c)
		if obj == nil {
			return target{}, false
		}
		t := target{obj: obj, args: append([]ssa.Value{c.Value}, c.Args...)}
		t.via = relNameObj(obj) + ", the only implementation of " + iface
		if obj.Pkg() == a.pass.Pkg {
			t.fn = a.prog.FuncValue(obj)
		}
		return t, true
	}
	f := staticCallee(c)
	if f == nil {
		return target{}, false
	}
	if mc, ok := c.Value.(*ssa.MakeClosure); ok && strings.HasPrefix(f.Synthetic, "bound method wrapper") && len(mc.Bindings) == 1 {
		obj, ok := f.Object().(*types.Func)
		if !ok {
			return target{}, false
		}
		t := target{obj: obj, args: append([]ssa.Value{mc.Bindings[0]}, c.Args...), via: relNameObj(obj)}
		if obj.Pkg() == a.pass.Pkg {
			t.fn = a.prog.FuncValue(obj)
		}
		return t, true
	}
	obj, _ := f.Object().(*types.Func)
	t := target{fn: f, obj: obj, args: c.Args, via: relName(f)}
	if obj != nil && obj.Pkg() != a.pass.Pkg {
		t.fn = nil
	}
	return t, true
}

// summaryOf returns what the target does with its parameters: a summary
// of this package or a fact of another.
func (a *analysis_) summaryOf(t target) (returnsInput bool, source string, p2r, sink uint64, samePkg, ok bool) {
	if t.fn != nil {
		if s, found := a.sums[t.fn]; found {
			return s.returnsInput, orDefault(s.source, t.fn.Name()), s.paramToReturn, s.paramSink, true, true
		}
	}
	if t.obj == nil || t.obj.Pkg() == nil || t.obj.Pkg() == a.pass.Pkg {
		return false, "", 0, 0, false, false
	}
	var f FuncFact
	if !a.pass.ImportObjectFact(t.obj, &f) {
		return false, "", 0, 0, false, false
	}
	return f.ReturnsInput, f.Source, f.ParamToReturn, f.ParamSink, false, true
}

// implementation returns the method an interface call reaches when the
// interface (declared outside the standard library) has exactly one
// concrete implementation among the named types of this package and of
// the packages it imports, and the interface's name.
func (a *analysis_) implementation(c ssa.CallCommon) (*types.Func, string) {
	named, ok := types.Unalias(c.Value.Type()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || a.std(named.Obj().Pkg()) {
		return nil, ""
	}
	iface, ok := named.Underlying().(*types.Interface)
	if !ok {
		return nil, ""
	}
	key := named.Obj()
	impl, seen := a.impls[key]
	if !seen {
		impl = a.onlyImplementation(iface)
		a.impls[key] = impl
	}
	if impl == nil {
		return nil, ""
	}
	obj, _, _ := types.LookupFieldOrMethod(impl, true, c.Method.Pkg(), c.Method.Name())
	fn, _ := obj.(*types.Func)
	if fn == nil {
		return nil, ""
	}
	return fn, named.Obj().Pkg().Name() + "." + named.Obj().Name()
}

// onlyImplementation returns T or *T when it is the one named concrete
// type that implements iface, or nil.
func (a *analysis_) onlyImplementation(iface *types.Interface) types.Type {
	if iface.NumMethods() == 0 {
		return nil
	}
	var found types.Type
	n := 0
	seen := map[*types.Package]bool{}
	pkgs := append([]*types.Package{a.pass.Pkg}, a.pass.Pkg.Imports()...)
	for _, p := range pkgs {
		if seen[p] || a.std(p) {
			continue
		}
		seen[p] = true
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			t := tn.Type()
			if types.IsInterface(t) {
				continue
			}
			if nt, ok := t.(*types.Named); ok && nt.TypeParams().Len() > 0 {
				continue
			}
			switch {
			case types.Implements(t, iface):
				found = t
			case types.Implements(types.NewPointer(t), iface):
				found = types.NewPointer(t)
			default:
				continue
			}
			if n++; n > 1 {
				return nil
			}
		}
	}
	return found
}

// std reports a package of the standard library: its directory is under
// GOROOT/src.
func (a *analysis_) std(p *types.Package) bool {
	if v, ok := a.stdPkgs[p]; ok {
		return v
	}
	first, _, _ := strings.Cut(p.Path(), "/")
	v := false
	if !strings.Contains(first, ".") {
		if info, err := os.Stat(filepath.Join(filepath.FromSlash(strings.TrimSuffix(goroot, "/")), "src", filepath.FromSlash(p.Path()))); err == nil && info.IsDir() {
			v = true
		}
	}
	a.stdPkgs[p] = v
	return v
}

func relNameObj(obj *types.Func) string {
	sig, ok := obj.Type().(*types.Signature)
	qual := func(p *types.Package) string { return p.Name() }
	if ok && sig.Recv() != nil {
		if p, ok := sig.Recv().Type().(*types.Pointer); ok {
			return "(*" + types.TypeString(p.Elem(), qual) + ")." + obj.Name()
		}
		return types.TypeString(sig.Recv().Type(), qual) + "." + obj.Name()
	}
	if obj.Pkg() != nil {
		return obj.Pkg().Name() + "." + obj.Name()
	}
	return obj.Name()
}

// handlerField identifies a field of a handler type of this package.
type handlerField struct {
	typ   *types.TypeName
	field int
}

// handlerFieldOf returns the field fa addresses when its struct is a
// handler type of this package: a named type with a method that serves
// requests (takes an *http.Request or a router context). Such a value
// lives across requests, so what one request stores in it another reads.
func (a *analysis_) handlerFieldOf(fa *ssa.FieldAddr) (handlerField, bool) {
	pt, ok := fa.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return handlerField{}, false
	}
	named, ok := types.Unalias(pt.Elem()).(*types.Named)
	if !ok || named.Obj().Pkg() != a.pass.Pkg {
		return handlerField{}, false
	}
	tn := named.Obj()
	isHandler, seen := a.handlerTypes[tn]
	if !seen {
		for i := 0; i < named.NumMethods() && !isHandler; i++ {
			sig := named.Method(i).Type().(*types.Signature)
			for j := 0; j < sig.Params().Len(); j++ {
				if servesRequests(sig.Params().At(j).Type()) {
					isHandler = true
				}
			}
		}
		a.handlerTypes[tn] = isHandler
	}
	return handlerField{tn, fa.Field}, isHandler
}

func (h handlerField) String() string {
	s, ok := h.typ.Type().Underlying().(*types.Struct)
	if !ok || h.field >= s.NumFields() {
		return h.typ.Name()
	}
	return h.typ.Name() + "." + s.Field(h.field).Name()
}

// servesRequests reports a parameter type of a request handler: the
// request, the response writer or a router's context.
func servesRequests(t types.Type) bool {
	if isNamed(t, "net/http", "Request") || isNamed(t, "net/http", "ResponseWriter") {
		return true
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && routerPath(n.Obj().Pkg().Path()) != ""
}
