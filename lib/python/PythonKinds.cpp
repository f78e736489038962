// The python node kinds of PythonKinds.h, resolved at start-up.
#include "python/PythonKinds.h"

extern "C" const TSLanguage *tree_sitter_python(void);

namespace blastradius::python::kind {

const model::SyntaxKind AliasedImport(tree_sitter_python(), "aliased_import");
const model::SyntaxKind ArgumentList(tree_sitter_python(), "argument_list");
const model::SyntaxKind AsPattern(tree_sitter_python(), "as_pattern");
const model::SyntaxKind AssertStatement(tree_sitter_python(), "assert_statement");
const model::SyntaxKind Assignment(tree_sitter_python(), "assignment");
const model::SyntaxKind Attribute(tree_sitter_python(), "attribute");
const model::SyntaxKind AugmentedAssignment(tree_sitter_python(), "augmented_assignment");
const model::SyntaxKind BinaryOperator(tree_sitter_python(), "binary_operator");
const model::SyntaxKind Block(tree_sitter_python(), "block");
const model::SyntaxKind BooleanOperator(tree_sitter_python(), "boolean_operator");
const model::SyntaxKind BreakStatement(tree_sitter_python(), "break_statement");
const model::SyntaxKind Call(tree_sitter_python(), "call");
const model::SyntaxKind CaseClause(tree_sitter_python(), "case_clause");
const model::SyntaxKind CasePattern(tree_sitter_python(), "case_pattern");
const model::SyntaxKind ClassDefinition(tree_sitter_python(), "class_definition");
const model::SyntaxKind Comment(tree_sitter_python(), "comment");
const model::SyntaxKind ComparisonOperator(tree_sitter_python(), "comparison_operator");
const model::SyntaxKind ConcatenatedString(tree_sitter_python(), "concatenated_string");
const model::SyntaxKind ConditionalExpression(tree_sitter_python(), "conditional_expression");
const model::SyntaxKind ContinueStatement(tree_sitter_python(), "continue_statement");
const model::SyntaxKind DictionarySplat(tree_sitter_python(), "dictionary_splat");
const model::SyntaxKind DottedName(tree_sitter_python(), "dotted_name");
const model::SyntaxKind ElifClause(tree_sitter_python(), "elif_clause");
const model::SyntaxKind Ellipsis(tree_sitter_python(), "ellipsis");
const model::SyntaxKind ElseClause(tree_sitter_python(), "else_clause");
const model::SyntaxKind ExceptClause(tree_sitter_python(), "except_clause");
const model::SyntaxKind ExceptGroupClause(tree_sitter_python(), "except_group_clause");
const model::SyntaxKind ExpressionStatement(tree_sitter_python(), "expression_statement");
const model::SyntaxKind False(tree_sitter_python(), "false");
const model::SyntaxKind ForInClause(tree_sitter_python(), "for_in_clause");
const model::SyntaxKind ForStatement(tree_sitter_python(), "for_statement");
const model::SyntaxKind FunctionDefinition(tree_sitter_python(), "function_definition");
const model::SyntaxKind Identifier(tree_sitter_python(), "identifier");
const model::SyntaxKind IfStatement(tree_sitter_python(), "if_statement");
const model::SyntaxKind ImportFromStatement(tree_sitter_python(), "import_from_statement");
const model::SyntaxKind ImportStatement(tree_sitter_python(), "import_statement");
const model::SyntaxKind Interpolation(tree_sitter_python(), "interpolation");
const model::SyntaxKind KeywordArgument(tree_sitter_python(), "keyword_argument");
const model::SyntaxKind Lambda(tree_sitter_python(), "lambda");
const model::SyntaxKind List(tree_sitter_python(), "list");
const model::SyntaxKind ListSplat(tree_sitter_python(), "list_splat");
const model::SyntaxKind Module(tree_sitter_python(), "module");
const model::SyntaxKind NamedExpression(tree_sitter_python(), "named_expression");
const model::SyntaxKind NotOperator(tree_sitter_python(), "not_operator");
const model::SyntaxKind ParenthesizedExpression(tree_sitter_python(), "parenthesized_expression");
const model::SyntaxKind PassStatement(tree_sitter_python(), "pass_statement");
const model::SyntaxKind PatternList(tree_sitter_python(), "pattern_list");
const model::SyntaxKind RaiseStatement(tree_sitter_python(), "raise_statement");
const model::SyntaxKind ReturnStatement(tree_sitter_python(), "return_statement");
const model::SyntaxKind String(tree_sitter_python(), "string");
const model::SyntaxKind StringContent(tree_sitter_python(), "string_content");
const model::SyntaxKind StringEnd(tree_sitter_python(), "string_end");
const model::SyntaxKind StringStart(tree_sitter_python(), "string_start");
const model::SyntaxKind True(tree_sitter_python(), "true");
const model::SyntaxKind TryStatement(tree_sitter_python(), "try_statement");
const model::SyntaxKind Tuple(tree_sitter_python(), "tuple");
const model::SyntaxKind TuplePattern(tree_sitter_python(), "tuple_pattern");
const model::SyntaxKind WhileStatement(tree_sitter_python(), "while_statement");
const model::SyntaxKind WithClause(tree_sitter_python(), "with_clause");
const model::SyntaxKind WithStatement(tree_sitter_python(), "with_statement");

} // namespace blastradius::python::kind
