// ts_node_kind_symbol: ts_node_symbol for a node of a known grammar in one call (see ts_node_kind.h).
// Built with the core, whose private structs it reads the way node.c does.
#include "ts_node_kind.h"

#include "./language.h"
#include "./subtree.h"
#include "./tree.h"

bool ts_node_kind_symbol(TSNode node, const TSLanguage *language, TSSymbol *symbol) {
  if (!node.id || node.tree->language != language)
    return false;
  // As ts_node_symbol: the alias the parent gave the node, else the subtree's own symbol.
  TSSymbol raw = (TSSymbol)node.context[3];
  if (!raw)
    raw = ts_subtree_symbol(*(const Subtree *)node.id);
  *symbol = ts_language_public_symbol(language, raw);
  return true;
}
