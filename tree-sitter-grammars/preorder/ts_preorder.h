// Why this exists: flattening a syntax tree into a preorder array is the one full walk every
// analyser of a file shares (lib/model/FlatTree.h). Through the public TSTreeCursor, each step to a
// next sibling climbs back through the grammar's hidden nodes (balanced repetition helpers, hidden
// rules) and re-creates its child iterator: about 900 instructions a node, a fifth of the cost of
// parsing the file. This walk reads the tree's own child arrays once, in order, with the same
// answers as the cursor (visible nodes only, aliases, field ids including the ones inherited
// through hidden nodes); test/model/flat-tree-walk.test compares the two on every sample.
#ifndef BLASTRADIUS_TS_PREORDER_H
#define BLASTRADIUS_TS_PREORDER_H

#include <stddef.h>
#include <stdint.h>

#include <tree_sitter/api.h>

#ifdef __cplusplus
extern "C" {
#endif

/// One visible node, in preorder.
typedef struct {
  TSNode node;
  /// One past the index of the last node of this node's subtree.
  uint32_t subtree_end;
  /// The index of the nearest visible ancestor, or UINT32_MAX for the first entry (the root).
  uint32_t parent;
  /// As ts_tree_cursor_current_field_id would give for the node (0: none).
  TSFieldId field;
  /// As ts_node_symbol and ts_node_is_named give (read here once, instead of per question).
  TSSymbol symbol;
  bool named;
} TsPreorderEntry;

/// Grows the caller's buffer to hold at least `needed` entries, sets *capacity to what it holds now
/// and returns it (NULL: give up). The entries already written must be kept.
typedef TsPreorderEntry *(*TsPreorderGrow)(void *context, size_t needed, size_t *capacity);

/// Lists root and its visible descendants in preorder into the buffer `grow` hands out (the first
/// entry is root itself, with field 0). Returns the number of entries, or SIZE_MAX when there would
/// be more than max_entries or the buffer or the walk's own stack could not grow (the buffer's
/// contents are then meaningless).
size_t ts_preorder_flatten(TSNode root, size_t max_entries, TsPreorderGrow grow, void *context);

#ifdef __cplusplus
}
#endif

#endif
