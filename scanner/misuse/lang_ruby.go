//go:build cgo

package misuse

import "github.com/smacker/go-tree-sitter/ruby"

var rubyLang = &syntax{
	grammar:        ruby.GetLanguage,
	calls:          newSet("call", "method_call"),
	argLists:       newSet("argument_list"),
	assigns:        map[string][2]string{"assignment": {"left", "right"}, "operator_assignment": {"left", "right"}},
	pairs:          map[string][2]string{"pair": {"key", "value"}},
	strs:           newSet("string", "heredoc_body", "subshell"),
	idents:         newSet("identifier", "constant", "instance_variable", "class_variable", "global_variable"),
	members:        newSet("scope_resolution"),
	subscripts:     newSet("element_reference"),
	funcs:          newSet("method", "singleton_method", "lambda", "block", "do_block"),
	paramLists:     newSet("method_parameters", "lambda_parameters", "block_parameters"),
	returns:        newSet("return"),
	throws:         newSet(),
	binaries:       newSet("binary"),
	conditionals:   newSet("conditional"),
	opaque:         newSet("unary", "lambda", "regex", "range"),
	comprehensions: newSet(),
	comments:       newSet("comment"),
}
