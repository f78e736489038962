// The preorder walk of ts_preorder.h, over tree-sitter's own subtree arrays. It is the only file of
// blastradius that reads tree-sitter's private headers (subtree.h, language.h, tree.h), so it is
// compiled with the core and pinned with it by package-lock.json; each step mirrors the public
// cursor's rules in tree_cursor.c (ts_tree_cursor_goto_first_child, ..._child_iterator_next,
// ..._current_node and ..._current_field_id), which the test compares it with.
#include "ts_preorder.h"

#include "./language.h"
#include "./subtree.h"
#include "./tree.h"

#include <stdbool.h>
#include <stdlib.h>

typedef struct {
  /// The node whose children are being listed (it has some).
  const Subtree *node;
  /// Where the next child starts (past its padding).
  Length position;
  uint32_t child_index;
  uint32_t structural_index;
  const TSSymbol *alias_sequence;
  /// The node's field map (ts_language_field_map), looked up once rather than per child.
  const TSFieldMapEntry *fields, *fields_end;
  /// The entry of the nearest visible ancestor-or-self: the parent of the children listed here.
  uint32_t visible_index;
  /// For a hidden node, the field its visible descendants inherit when their own is missing.
  TSFieldId inherited_field;
  /// Whether node is itself an entry (its subtree ends when its children are done).
  bool is_entry;
} Frame;

static inline TSFieldId own_field(const Frame *frame) {
  for (const TSFieldMapEntry *map = frame->fields; map && map < frame->fields_end; map++)
    if (!map->inherited && map->child_index == frame->structural_index)
      return map->field_id;
  return 0;
}

/// The slow path of push_frame, out of line: the stack grows (rarely, and only at the first deep file).
static bool grow_stack(Frame **stack, size_t *capacity) {
  size_t grown = *capacity ? *capacity * 2 : 64;
  Frame *bigger = realloc(*stack, grown * sizeof(Frame));
  if (!bigger)
    return false;
  *stack = bigger;
  *capacity = grown;
  return true;
}

static inline bool push_frame(Frame **stack, size_t *depth, size_t *capacity, const Frame *frame) {
  if (*depth == *capacity && !grow_stack(stack, capacity))
    return false;
  (*stack)[(*depth)++] = *frame;
  return true;
}

static inline Frame frame_for(const TSLanguage *language, const Subtree *node, Length position,
                              uint32_t visible_index, TSFieldId inherited_field, bool is_entry) {
  uint16_t production_id = ts_subtree_production_id(*node);
  Frame frame = {node, position, 0, 0, ts_language_alias_sequence(language, production_id), NULL, NULL,
                 visible_index, inherited_field, is_entry};
  ts_language_field_map(language, production_id, &frame.fields, &frame.fields_end);
  return frame;
}

size_t ts_preorder_flatten(TSNode root, size_t max_entries, TsPreorderGrow grow, void *context) {
  if (ts_node_is_null(root))
    return SIZE_MAX;
  size_t capacity = 0;
  TsPreorderEntry *entries = grow(context, 1, &capacity);
  if (!entries)
    return SIZE_MAX;
  TsPreorderEntry first = {root, 1, UINT32_MAX, 0, ts_node_symbol(root), ts_node_is_named(root)};
  entries[0] = first;
  size_t count = 1;

  const TSTree *tree = root.tree;
  const TSLanguage *language = tree->language;
  const Subtree *root_subtree = (const Subtree *)root.id;
  if (ts_subtree_child_count(*root_subtree) == 0)
    return count;
  Length root_position = {root.context[0], {root.context[1], root.context[2]}};

  Frame *stack = NULL;
  size_t depth = 0, stack_capacity = 0;
  Frame root_frame = frame_for(language, root_subtree, root_position, 0, 0, true);
  bool failed = !push_frame(&stack, &depth, &stack_capacity, &root_frame);
  while (!failed && depth > 0) {
    Frame *frame = &stack[depth - 1];
    uint32_t child_count = frame->node->ptr->child_count;
    if (frame->child_index == child_count) {
      if (frame->is_entry)
        entries[frame->visible_index].subtree_end = (uint32_t)count;
      --depth;
      continue;
    }
    const Subtree *children = ts_subtree_children(*frame->node);
    const Subtree *child = &children[frame->child_index];
    Length position = frame->position;
    bool visible = ts_subtree_visible(*child);
    TSSymbol alias = 0;
    TSFieldId field = 0;
    if (!ts_subtree_extra(*child)) {
      if (frame->alias_sequence) {
        alias = frame->alias_sequence[frame->structural_index];
        visible |= alias != 0;
      }
      field = own_field(frame);
      if (!field)
        field = frame->inherited_field;
      frame->structural_index++;
    }
    frame->position = length_add(frame->position, ts_subtree_size(*child));
    frame->child_index++;
    if (frame->child_index < child_count)
      frame->position = length_add(frame->position, ts_subtree_padding(children[frame->child_index]));
    uint32_t visible_index = frame->visible_index;

    if (visible) {
      if (count >= max_entries) {
        failed = true;
        break;
      }
      if (count == capacity && !(entries = grow(context, count + 1, &capacity))) {
        failed = true;
        break;
      }
      uint32_t index = (uint32_t)count++;
      // As ts_node_symbol and ts_node_is_named (node.c) read them, through ts_language_public_symbol
      // (language.c: the error symbol is its own public symbol).
      TSSymbol symbol = alias ? alias : ts_subtree_symbol(*child);
      if (symbol != ts_builtin_sym_error)
        symbol = language->public_symbol_map[symbol];
      bool named = alias ? ts_language_symbol_metadata(language, alias).named : ts_subtree_named(*child);
      // As ts_node_new (node.c) builds the node.
      TsPreorderEntry *entry = &entries[index];
      entry->node.context[0] = position.bytes;
      entry->node.context[1] = position.extent.row;
      entry->node.context[2] = position.extent.column;
      entry->node.context[3] = alias;
      entry->node.id = child;
      entry->node.tree = tree;
      entry->subtree_end = index + 1;
      entry->parent = visible_index;
      entry->field = field;
      entry->symbol = symbol;
      entry->named = named;
      if (ts_subtree_child_count(*child) > 0) {
        Frame next = frame_for(language, child, position, index, 0, true);
        failed = !push_frame(&stack, &depth, &stack_capacity, &next);
      }
    } else if (ts_subtree_visible_child_count(*child) > 0) {
      // A hidden node: its children belong to the visible ancestor, and inherit its field.
      Frame next = frame_for(language, child, position, visible_index, field, false);
      failed = !push_frame(&stack, &depth, &stack_capacity, &next);
    }
  }
  free(stack);
  return failed ? SIZE_MAX : count;
}
