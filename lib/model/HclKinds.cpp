// The HCL node kinds of HclKinds.h, resolved at start-up.
#include "model/HclKinds.h"

extern "C" const TSLanguage *tree_sitter_hcl(void);

namespace blastradius::model::hclkind {

const SyntaxKind Attribute(tree_sitter_hcl(), "attribute");
const SyntaxKind Block(tree_sitter_hcl(), "block");
const SyntaxKind BlockStart(tree_sitter_hcl(), "block_start");
const SyntaxKind Body(tree_sitter_hcl(), "body");
const SyntaxKind BoolLit(tree_sitter_hcl(), "bool_lit");
const SyntaxKind CollectionValue(tree_sitter_hcl(), "collection_value");
const SyntaxKind Conditional(tree_sitter_hcl(), "conditional");
const SyntaxKind Expression(tree_sitter_hcl(), "expression");
const SyntaxKind FunctionArguments(tree_sitter_hcl(), "function_arguments");
const SyntaxKind FunctionCall(tree_sitter_hcl(), "function_call");
const SyntaxKind HeredocIdentifier(tree_sitter_hcl(), "heredoc_identifier");
const SyntaxKind HeredocStart(tree_sitter_hcl(), "heredoc_start");
const SyntaxKind HeredocTemplate(tree_sitter_hcl(), "heredoc_template");
const SyntaxKind Identifier(tree_sitter_hcl(), "identifier");
const SyntaxKind LiteralValue(tree_sitter_hcl(), "literal_value");
const SyntaxKind NullLit(tree_sitter_hcl(), "null_lit");
const SyntaxKind NumericLit(tree_sitter_hcl(), "numeric_lit");
const SyntaxKind Object(tree_sitter_hcl(), "object");
const SyntaxKind ObjectElem(tree_sitter_hcl(), "object_elem");
const SyntaxKind Operation(tree_sitter_hcl(), "operation");
const SyntaxKind QuotedTemplate(tree_sitter_hcl(), "quoted_template");
const SyntaxKind StringLit(tree_sitter_hcl(), "string_lit");
const SyntaxKind TemplateDirective(tree_sitter_hcl(), "template_directive");
const SyntaxKind TemplateExpr(tree_sitter_hcl(), "template_expr");
const SyntaxKind TemplateInterpolation(tree_sitter_hcl(), "template_interpolation");
const SyntaxKind TemplateLiteral(tree_sitter_hcl(), "template_literal");
const SyntaxKind Tuple(tree_sitter_hcl(), "tuple");
const SyntaxKind UnaryOperation(tree_sitter_hcl(), "unary_operation");
const SyntaxKind VariableExpr(tree_sitter_hcl(), "variable_expr");

} // namespace blastradius::model::hclkind
