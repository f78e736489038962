// Why this exists: the analysers ask "is this node of that kind?" millions of times a scan
// (model::SyntaxKind::matches). Through the public API each question is three calls into the core
// (ts_node_is_null, ts_node_language, ts_node_symbol), about a hundred instructions with the
// checks around them. This is the same answer in one call, reading the node as ts_node_symbol does.
#ifndef BLASTRADIUS_TS_NODE_KIND_H
#define BLASTRADIUS_TS_NODE_KIND_H

#include <stdbool.h>

#include <tree_sitter/api.h>

#ifdef __cplusplus
extern "C" {
#endif

/// When node is not null and belongs to a tree of `language`: sets *symbol to ts_node_symbol(node)
/// and returns true. Otherwise returns false and leaves *symbol alone.
bool ts_node_kind_symbol(TSNode node, const TSLanguage *language, TSSymbol *symbol);

#ifdef __cplusplus
}
#endif

#endif
