// The bash node kinds of BashKinds.h, resolved at start-up.
#include "shell/BashKinds.h"

extern "C" const TSLanguage *tree_sitter_bash(void);

namespace blastradius::shell::kind {

const model::SyntaxKind ArithmeticExpansion(tree_sitter_bash(), "arithmetic_expansion");
const model::SyntaxKind BinaryExpression(tree_sitter_bash(), "binary_expression");
const model::SyntaxKind CStyleForStatement(tree_sitter_bash(), "c_style_for_statement");
const model::SyntaxKind CaseItem(tree_sitter_bash(), "case_item");
const model::SyntaxKind Command(tree_sitter_bash(), "command");
const model::SyntaxKind CommandSubstitution(tree_sitter_bash(), "command_substitution");
const model::SyntaxKind Comment(tree_sitter_bash(), "comment");
const model::SyntaxKind CompoundStatement(tree_sitter_bash(), "compound_statement");
const model::SyntaxKind Concatenation(tree_sitter_bash(), "concatenation");
const model::SyntaxKind DeclarationCommand(tree_sitter_bash(), "declaration_command");
const model::SyntaxKind ElifClause(tree_sitter_bash(), "elif_clause");
const model::SyntaxKind ElseClause(tree_sitter_bash(), "else_clause");
const model::SyntaxKind Expansion(tree_sitter_bash(), "expansion");
const model::SyntaxKind ForStatement(tree_sitter_bash(), "for_statement");
const model::SyntaxKind FunctionDefinition(tree_sitter_bash(), "function_definition");
const model::SyntaxKind HeredocBody(tree_sitter_bash(), "heredoc_body");
const model::SyntaxKind HeredocRedirect(tree_sitter_bash(), "heredoc_redirect");
const model::SyntaxKind HerestringRedirect(tree_sitter_bash(), "herestring_redirect");
const model::SyntaxKind IfStatement(tree_sitter_bash(), "if_statement");
const model::SyntaxKind List(tree_sitter_bash(), "list");
const model::SyntaxKind NegatedCommand(tree_sitter_bash(), "negated_command");
const model::SyntaxKind ParenthesizedExpression(tree_sitter_bash(), "parenthesized_expression");
const model::SyntaxKind Pipeline(tree_sitter_bash(), "pipeline");
const model::SyntaxKind ProcessSubstitution(tree_sitter_bash(), "process_substitution");
const model::SyntaxKind RawString(tree_sitter_bash(), "raw_string");
const model::SyntaxKind RedirectedStatement(tree_sitter_bash(), "redirected_statement");
const model::SyntaxKind SelectStatement(tree_sitter_bash(), "select_statement");
const model::SyntaxKind SimpleExpansion(tree_sitter_bash(), "simple_expansion");
const model::SyntaxKind SpecialVariableName(tree_sitter_bash(), "special_variable_name");
const model::SyntaxKind String(tree_sitter_bash(), "string");
const model::SyntaxKind Subshell(tree_sitter_bash(), "subshell");
const model::SyntaxKind TestCommand(tree_sitter_bash(), "test_command");
const model::SyntaxKind Then(tree_sitter_bash(), "then");
const model::SyntaxKind TranslatedString(tree_sitter_bash(), "translated_string");
const model::SyntaxKind UnaryExpression(tree_sitter_bash(), "unary_expression");
const model::SyntaxKind UntilStatement(tree_sitter_bash(), "until_statement");
const model::SyntaxKind VariableAssignment(tree_sitter_bash(), "variable_assignment");
const model::SyntaxKind VariableAssignments(tree_sitter_bash(), "variable_assignments");
const model::SyntaxKind VariableName(tree_sitter_bash(), "variable_name");
const model::SyntaxKind WhileStatement(tree_sitter_bash(), "while_statement");
const model::SyntaxKind Word(tree_sitter_bash(), "word");

} // namespace blastradius::shell::kind
