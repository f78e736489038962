// The JSON grammar's node kinds that the value-model converter tests, resolved once to symbol ids
// (model/GrammarSymbols.h).
#ifndef BLASTRADIUS_MODEL_JSONKINDS_H
#define BLASTRADIUS_MODEL_JSONKINDS_H

#include "model/GrammarSymbols.h"

namespace blastradius::model::jsonkind {

extern const SyntaxKind ERROR;
extern const SyntaxKind Array;
extern const SyntaxKind Comment;
extern const SyntaxKind Document;
extern const SyntaxKind False;
extern const SyntaxKind Null;
extern const SyntaxKind Number;
extern const SyntaxKind Object;
extern const SyntaxKind Pair;
extern const SyntaxKind String;
extern const SyntaxKind True;

} // namespace blastradius::model::jsonkind

#endif
