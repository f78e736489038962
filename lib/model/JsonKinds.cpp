// The JSON node kinds of JsonKinds.h, resolved at start-up.
#include "model/JsonKinds.h"

extern "C" const TSLanguage *tree_sitter_json(void);

namespace blastradius::model::jsonkind {

const SyntaxKind ERROR(tree_sitter_json(), "ERROR");
const SyntaxKind Array(tree_sitter_json(), "array");
const SyntaxKind Comment(tree_sitter_json(), "comment");
const SyntaxKind Document(tree_sitter_json(), "document");
const SyntaxKind False(tree_sitter_json(), "false");
const SyntaxKind Null(tree_sitter_json(), "null");
const SyntaxKind Number(tree_sitter_json(), "number");
const SyntaxKind Object(tree_sitter_json(), "object");
const SyntaxKind Pair(tree_sitter_json(), "pair");
const SyntaxKind String(tree_sitter_json(), "string");
const SyntaxKind True(tree_sitter_json(), "true");

} // namespace blastradius::model::jsonkind
