// The YAML grammar's node kinds that the value-model converter tests, resolved once to symbol ids
// (model/GrammarSymbols.h).
#ifndef BLASTRADIUS_MODEL_YAMLKINDS_H
#define BLASTRADIUS_MODEL_YAMLKINDS_H

#include "model/GrammarSymbols.h"

namespace blastradius::model::yamlkind {

extern const SyntaxKind Alias;
extern const SyntaxKind Anchor;
extern const SyntaxKind BlockMapping;
extern const SyntaxKind BlockMappingPair;
extern const SyntaxKind BlockNode;
extern const SyntaxKind BlockScalar;
extern const SyntaxKind BlockSequence;
extern const SyntaxKind BlockSequenceItem;
extern const SyntaxKind BooleanScalar;
extern const SyntaxKind Comment;
extern const SyntaxKind Document;
extern const SyntaxKind DoubleQuoteScalar;
extern const SyntaxKind FloatScalar;
extern const SyntaxKind FlowMapping;
extern const SyntaxKind FlowNode;
extern const SyntaxKind FlowPair;
extern const SyntaxKind FlowSequence;
extern const SyntaxKind IntegerScalar;
extern const SyntaxKind NullScalar;
extern const SyntaxKind PlainScalar;
extern const SyntaxKind SingleQuoteScalar;
extern const SyntaxKind Tag;

} // namespace blastradius::model::yamlkind

#endif
