// The HCL grammar's node kinds that the value-model converter tests, resolved once to symbol ids
// (model/GrammarSymbols.h).
#ifndef BLASTRADIUS_MODEL_HCLKINDS_H
#define BLASTRADIUS_MODEL_HCLKINDS_H

#include "model/GrammarSymbols.h"

namespace blastradius::model::hclkind {

extern const SyntaxKind Attribute;
extern const SyntaxKind Block;
extern const SyntaxKind BlockStart;
extern const SyntaxKind Body;
extern const SyntaxKind BoolLit;
extern const SyntaxKind CollectionValue;
extern const SyntaxKind Conditional;
extern const SyntaxKind Expression;
extern const SyntaxKind FunctionArguments;
extern const SyntaxKind FunctionCall;
extern const SyntaxKind HeredocIdentifier;
extern const SyntaxKind HeredocStart;
extern const SyntaxKind HeredocTemplate;
extern const SyntaxKind Identifier;
extern const SyntaxKind LiteralValue;
extern const SyntaxKind NullLit;
extern const SyntaxKind NumericLit;
extern const SyntaxKind Object;
extern const SyntaxKind ObjectElem;
extern const SyntaxKind Operation;
extern const SyntaxKind QuotedTemplate;
extern const SyntaxKind StringLit;
extern const SyntaxKind TemplateDirective;
extern const SyntaxKind TemplateExpr;
extern const SyntaxKind TemplateInterpolation;
extern const SyntaxKind TemplateLiteral;
extern const SyntaxKind Tuple;
extern const SyntaxKind UnaryOperation;
extern const SyntaxKind VariableExpr;

} // namespace blastradius::model::hclkind

#endif
