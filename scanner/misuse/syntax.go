//go:build cgo

package misuse

import sitter "github.com/smacker/go-tree-sitter"

// syntax maps one grammar's node types onto what the checks understand.
// Node types not listed are transparent: an expression carries the
// evidence of its named children.
type syntax struct {
	grammar func() *sitter.Language
	// calls are calls and object creations; the callee is the text before
	// the argument list, one of argLists.
	calls, argLists set
	// assigns are assignments and declarations: [left field, right field];
	// an empty right field means the last named child.
	assigns map[string][2]string
	// pairs are key/value entries of object, dict, map and array literals,
	// and named arguments: [key field, value field], empty for the first
	// and last named child.
	pairs map[string][2]string
	// strs are string literals (with their interpolations inside).
	strs set
	// idents are plain names; members are property accesses (a.b, $a->b,
	// a::B) and subscripts are index accesses (a['b']), both read as a
	// name path.
	idents, members, subscripts set
	// slices are index expressions that cut a part of a value ([:4]).
	slices set
	// funcs are function and method definitions (name field "name", or the
	// first identifier; parameters in field "parameters" or a child of
	// paramLists).
	funcs, paramLists       set
	returns, throws, echoes set
	// binaries are binary expressions, judged by their operator;
	// conditionals are ternaries, whose condition does not flow.
	binaries, conditionals set
	// compares are comparisons that are not binaries (Python's a in b,
	// Kotlin's a == b): a guard pins their operands.
	compares set
	// opaque nodes never pass a value on: comparisons, negations, type
	// tests, lambdas and nested function bodies.
	opaque set
	// comprehensions rebuild a container, perhaps without some keys.
	comprehensions set
	comments       set
}

type set map[string]bool

func newSet(s ...string) set {
	m := set{}
	for _, x := range s {
		m[x] = true
	}
	return m
}
