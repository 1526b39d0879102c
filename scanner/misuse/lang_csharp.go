//go:build cgo

package misuse

import "github.com/smacker/go-tree-sitter/csharp"

var csharpLang = &syntax{
	grammar:  csharp.GetLanguage,
	calls:    newSet("invocation_expression", "object_creation_expression"),
	argLists: newSet("argument_list"),
	assigns: map[string][2]string{
		"variable_declarator": {"name", ""}, "assignment_expression": {"left", "right"},
		"property_declaration": {"name", "value"},
	},
	pairs:          map[string][2]string{"anonymous_object_member_declarator": {"", ""}},
	strs:           newSet("string_literal", "interpolated_string_expression", "verbatim_string_literal", "raw_string_literal"),
	idents:         newSet("identifier"),
	members:        newSet("member_access_expression", "conditional_access_expression"),
	subscripts:     newSet("element_access_expression"),
	slices:         newSet("range_expression"),
	funcs:          newSet("method_declaration", "local_function_statement", "lambda_expression", "constructor_declaration"),
	paramLists:     newSet("parameter_list"),
	returns:        newSet("return_statement", "arrow_expression_clause"),
	throws:         newSet("throw_statement", "throw_expression"),
	binaries:       newSet("binary_expression"),
	conditionals:   newSet("conditional_expression"),
	opaque:         newSet("prefix_unary_expression", "lambda_expression", "is_expression", "is_pattern_expression", "typeof_expression", "type_argument_list", "generic_name"),
	comprehensions: newSet("query_expression"),
	comments:       newSet("comment"),
}
