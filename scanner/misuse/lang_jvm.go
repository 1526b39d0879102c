//go:build cgo

package misuse

import (
	"github.com/smacker/go-tree-sitter/java"
	"github.com/smacker/go-tree-sitter/kotlin"
)

var javaLang = &syntax{
	grammar:        java.GetLanguage,
	calls:          newSet("method_invocation", "object_creation_expression"),
	argLists:       newSet("argument_list"),
	assigns:        map[string][2]string{"variable_declarator": {"name", "value"}, "assignment_expression": {"left", "right"}},
	pairs:          map[string][2]string{},
	strs:           newSet("string_literal", "text_block"),
	idents:         newSet("identifier"),
	members:        newSet("field_access"),
	subscripts:     newSet("array_access"),
	funcs:          newSet("method_declaration", "constructor_declaration", "lambda_expression"),
	paramLists:     newSet("formal_parameters"),
	returns:        newSet("return_statement"),
	throws:         newSet("throw_statement"),
	binaries:       newSet("binary_expression"),
	conditionals:   newSet("ternary_expression"),
	opaque:         newSet("unary_expression", "lambda_expression", "instanceof_expression", "class_literal"),
	comprehensions: newSet(),
	comments:       newSet("line_comment", "block_comment"),
}

var kotlinLang = &syntax{
	grammar:        kotlin.GetLanguage,
	calls:          newSet("call_expression", "constructor_invocation"),
	argLists:       newSet("call_suffix", "value_arguments"),
	assigns:        map[string][2]string{"property_declaration": {"", ""}, "assignment": {"", ""}},
	pairs:          map[string][2]string{"infix_expression": {"", ""}, "value_argument": {"", ""}},
	strs:           newSet("string_literal", "line_string_literal", "multi_line_string_literal"),
	idents:         newSet("simple_identifier", "interpolated_identifier"),
	members:        newSet("navigation_expression"),
	subscripts:     newSet("indexing_expression"),
	funcs:          newSet("function_declaration", "lambda_literal", "anonymous_function"),
	paramLists:     newSet("function_value_parameters", "lambda_parameters"),
	returns:        newSet("jump_expression"),
	throws:         newSet(),
	binaries:       newSet("additive_expression", "elvis_expression", "conjunction_expression", "disjunction_expression"),
	conditionals:   newSet("if_expression"),
	compares:       newSet("equality_expression", "check_expression"),
	opaque:         newSet("equality_expression", "comparison_expression", "prefix_expression", "lambda_literal", "check_expression", "type_arguments", "user_type"),
	comprehensions: newSet(),
	comments:       newSet("comment", "line_comment", "multiline_comment"),
}
