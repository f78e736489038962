// Small helpers for walking tree-sitter trees in the model converters.
#ifndef BLASTRADIUS_MODEL_TREESITTERUTIL_H
#define BLASTRADIUS_MODEL_TREESITTERUTIL_H

#include <cstring>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

namespace blastradius::model {

/// Deeper structures than this are not converted (they become Expressions): a hostile file must
/// not overflow the stack, and no real policy or manifest nests this deep.
constexpr unsigned MaxDepth = 200;

inline bool isType(TSNode N, const char *Type) { return !ts_node_is_null(N) && std::strcmp(ts_node_type(N), Type) == 0; }

inline std::string_view nodeText(TSNode N, std::string_view Text) {
  // A missing child (the empty label of `resource "x" "" {}` has no template_literal) is no text;
  // ts_node_end_byte of a null node would read through a null tree.
  if (ts_node_is_null(N))
    return {};
  uint32_t Begin = ts_node_start_byte(N), End = ts_node_end_byte(N);
  if (Begin > Text.size() || End > Text.size() || Begin > End)
    return {};
  return Text.substr(Begin, End - Begin);
}

/// The named children, in order (a cursor walk: ts_node_named_child(i) is linear per call).
inline std::vector<TSNode> namedChildren(TSNode N) {
  std::vector<TSNode> Children;
  if (ts_node_is_null(N))
    return Children;
  TSTreeCursor Cursor = ts_tree_cursor_new(N);
  if (ts_tree_cursor_goto_first_child(&Cursor)) {
    do {
      TSNode Child = ts_tree_cursor_current_node(&Cursor);
      if (ts_node_is_named(Child))
        Children.push_back(Child);
    } while (ts_tree_cursor_goto_next_sibling(&Cursor));
  }
  ts_tree_cursor_delete(&Cursor);
  return Children;
}

/// The first named child of that type, or a null node.
inline TSNode childOfType(TSNode N, const char *Type) {
  for (TSNode Child : namedChildren(N))
    if (isType(Child, Type))
      return Child;
  return TSNode{};
}

} // namespace blastradius::model

#endif
