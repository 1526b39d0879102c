//go:build cgo

package misuse

import "github.com/smacker/go-tree-sitter/python"

var pythonLang = &syntax{
	grammar:  python.GetLanguage,
	calls:    newSet("call"),
	argLists: newSet("argument_list", "generator_expression"),
	assigns: map[string][2]string{
		"assignment": {"left", "right"}, "augmented_assignment": {"left", "right"},
		"named_expression": {"name", "value"},
	},
	pairs:          map[string][2]string{"pair": {"key", "value"}, "keyword_argument": {"name", "value"}},
	strs:           newSet("string", "concatenated_string"),
	idents:         newSet("identifier"),
	members:        newSet("attribute"),
	subscripts:     newSet("subscript"),
	slices:         newSet("slice"),
	funcs:          newSet("function_definition", "lambda"),
	paramLists:     newSet("parameters", "lambda_parameters"),
	returns:        newSet("return_statement"),
	throws:         newSet("raise_statement"),
	binaries:       newSet("binary_operator", "boolean_operator"),
	conditionals:   newSet("conditional_expression"),
	compares:       newSet("comparison_operator"),
	opaque:         newSet("comparison_operator", "not_operator", "lambda", "type"),
	comprehensions: newSet("dictionary_comprehension", "list_comprehension", "set_comprehension", "generator_expression"),
	comments:       newSet("comment"),
}
