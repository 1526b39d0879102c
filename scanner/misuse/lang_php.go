//go:build cgo

package misuse

import "github.com/smacker/go-tree-sitter/php"

var phpLang = &syntax{
	grammar: php.GetLanguage,
	calls: newSet("function_call_expression", "member_call_expression", "scoped_call_expression",
		"object_creation_expression", "nullsafe_member_call_expression"),
	argLists: newSet("arguments"),
	assigns: map[string][2]string{
		"assignment_expression": {"left", "right"}, "augmented_assignment_expression": {"left", "right"},
		"property_element": {"name", ""}, "const_element": {"", ""},
	},
	pairs:          map[string][2]string{"array_element_initializer": {"", ""}},
	strs:           newSet("string", "encapsed_string", "heredoc", "nowdoc"),
	idents:         newSet("variable_name"),
	members:        newSet("member_access_expression", "nullsafe_member_access_expression", "scoped_property_access_expression", "class_constant_access_expression"),
	subscripts:     newSet("subscript_expression"),
	funcs:          newSet("function_definition", "method_declaration", "anonymous_function_creation_expression", "arrow_function"),
	paramLists:     newSet("formal_parameters"),
	returns:        newSet("return_statement"),
	throws:         newSet("throw_expression", "throw_statement"),
	echoes:         newSet("echo_statement", "print_intrinsic", "exit_statement"),
	binaries:       newSet("binary_expression"),
	conditionals:   newSet("conditional_expression"),
	opaque:         newSet("unary_op_expression", "anonymous_function_creation_expression", "arrow_function", "cast_expression_bool"),
	comprehensions: newSet(),
	comments:       newSet("comment"),
}
