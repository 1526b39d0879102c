//go:build cgo

package misuse

import (
	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/javascript"
	"github.com/smacker/go-tree-sitter/typescript/tsx"
	"github.com/smacker/go-tree-sitter/typescript/typescript"
)

// JavaScript, TypeScript and TSX share their expression syntax.
func jsSyntax(grammar func() *sitter.Language) *syntax {
	return &syntax{
		grammar:  grammar,
		calls:    newSet("call_expression", "new_expression"),
		argLists: newSet("arguments", "template_string"),
		assigns: map[string][2]string{
			"variable_declarator": {"name", "value"}, "assignment_expression": {"left", "right"},
			"augmented_assignment_expression": {"left", "right"}, "public_field_definition": {"name", "value"},
			"field_definition": {"property", "value"},
		},
		pairs:          map[string][2]string{"pair": {"key", "value"}},
		strs:           newSet("string", "template_string"),
		idents:         newSet("identifier", "shorthand_property_identifier"),
		members:        newSet("member_expression"),
		subscripts:     newSet("subscript_expression"),
		funcs:          newSet("function_declaration", "function_expression", "arrow_function", "method_definition", "function", "generator_function_declaration"),
		paramLists:     newSet("formal_parameters"),
		returns:        newSet("return_statement"),
		throws:         newSet("throw_statement"),
		binaries:       newSet("binary_expression"),
		conditionals:   newSet("ternary_expression"),
		opaque:         newSet("unary_expression", "arrow_function", "function_expression", "function", "instanceof_expression", "type_annotation", "regex"),
		comprehensions: newSet(),
		comments:       newSet("comment"),
	}
}

var (
	jsLang  = jsSyntax(javascript.GetLanguage)
	tsLang  = jsSyntax(typescript.GetLanguage)
	tsxLang = jsSyntax(tsx.GetLanguage)
)
