// Small helpers for walking tree-sitter trees in the model converters.
#ifndef BLASTRADIUS_MODEL_TREESITTERUTIL_H
#define BLASTRADIUS_MODEL_TREESITTERUTIL_H

#include "model/FlatTree.h"
#include "model/NodeList.h"
#include "model/GrammarSymbols.h"

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

namespace detail {
/// Cursors kept per thread for the child loops below: ts_tree_cursor_new allocates its stack, a
/// reset reuses it. Nested loops (a visitor that loops over a grandchild) take the next one.
class ChildCursors {
public:
  ~ChildCursors() {
    for (unsigned I = 0; I < Created; ++I)
      ts_tree_cursor_delete(&Cursors[I]);
  }
  TSTreeCursor *take(TSNode N) {
    if (InUse == Capacity)
      return nullptr;
    if (InUse == Created)
      Cursors[Created++] = ts_tree_cursor_new(N);
    else
      ts_tree_cursor_reset(&Cursors[InUse], N);
    return &Cursors[InUse++];
  }
  void give() { --InUse; }

private:
  static constexpr unsigned Capacity = 16;
  TSTreeCursor Cursors[Capacity];
  unsigned Created = 0, InUse = 0;
};

inline ChildCursors &childCursors() {
  thread_local ChildCursors Pool;
  return Pool;
}

/// Visit(Child) for each child of N (named ones only when NamedOnly), in order; Visit returns
/// false to stop. With WithField, Visit(Child, Field) also gets the field that holds the child (0:
/// none). A cursor walk: ts_node_child(N, I) and ts_node_field_name_for_child(N, I) in a loop
/// restart from the first child each time, quadratic in a long child list.
template <bool WithField = false, typename VisitFn> void forEachChildImpl(TSNode N, bool NamedOnly, VisitFn &&Visit) {
  auto Call = [&](TSNode Child, auto &&FieldOf) {
    if constexpr (WithField)
      return Visit(Child, FieldOf());
    else
      return Visit(Child);
  };
  if (ts_node_is_null(N))
    return;
  // Inside an analysis (a FlatTreeScope names this tree): the children are read off the file's
  // flattened preorder array, no cursor descent through hidden nodes at all.
  if (const FlatTree *Flat = FlatTreeScope::forNode(N)) {
    uint32_t Index = Flat->indexOf(N);
    if (Index != UINT32_MAX) {
      const FlatTree::EntryView Nodes = Flat->entries();
      for (uint32_t Child = Index + 1, End = Nodes[Index].SubtreeEnd; Child < End; Child = Nodes[Child].SubtreeEnd) {
        if (NamedOnly && !Nodes[Child].Named)
          continue;
        if (!Call(Nodes[Child].Node, [&] { return Nodes[Child].Field; }))
          break;
      }
      return;
    }
  }
  ChildCursors &Pool = childCursors();
  TSTreeCursor Own;
  TSTreeCursor *Cursor = Pool.take(N);
  bool Pooled = Cursor != nullptr;
  if (!Pooled) {
    Own = ts_tree_cursor_new(N);
    Cursor = &Own;
  }
  if (ts_tree_cursor_goto_first_child(Cursor)) {
    do {
      TSNode Child = ts_tree_cursor_current_node(Cursor);
      if (NamedOnly && !ts_node_is_named(Child))
        continue;
      if (!Call(Child, [&] { return ts_tree_cursor_current_field_id(Cursor); }))
        break;
    } while (ts_tree_cursor_goto_next_sibling(Cursor));
  }
  if (Pooled)
    Pool.give();
  else
    ts_tree_cursor_delete(&Own);
}
} // namespace detail

/// Visit(Child) for every child, named or not, in order; Visit returns false to stop early.
template <typename VisitFn> void forEachChild(TSNode N, VisitFn &&Visit) {
  detail::forEachChildImpl(N, false, Visit);
}

/// Visit(Child) for every named child, in order; Visit returns false to stop early.
template <typename VisitFn> void forEachNamedChild(TSNode N, VisitFn &&Visit) {
  detail::forEachChildImpl(N, true, Visit);
}

namespace detail {
inline NodeList collectChildren(TSNode N, bool NamedOnly) {
  NodeList Children;
  forEachChildImpl(N, NamedOnly, [&](TSNode Child) {
    Children.push_back(Child);
    return true;
  });
  return Children;
}
} // namespace detail

/// The named children, in order (off the flattened tree inside an analysis, else a cursor walk:
/// ts_node_named_child(i) is linear per call).
inline NodeList namedChildren(TSNode N) { return detail::collectChildren(N, true); }

/// All the children, named and anonymous, in order (the same walk as namedChildren).
inline NodeList allChildren(TSNode N) { return detail::collectChildren(N, false); }

/// Visit(Child, Field) for every child in order with the field that holds it (0: none); Visit
/// returns false to stop. ts_node_field_name_for_child(N, I) in a loop is quadratic, as
/// ts_node_child(N, I) is.
template <typename VisitFn> void forEachChildWithField(TSNode N, VisitFn &&Visit) {
  detail::forEachChildImpl<true>(N, false, Visit);
}

/// The first named child of that type, or a null node.
inline TSNode childOfType(TSNode N, const char *Type) {
  for (TSNode Child : namedChildren(N))
    if (isType(Child, Type))
      return Child;
  return TSNode{};
}

/// The first named child of that kind (compared as a symbol), or a null node.
inline TSNode childOfKind(TSNode N, const SyntaxKind &Kind) {
  TSNode Found{};
  forEachNamedChild(N, [&](TSNode Child) {
    if (!isKind(Child, Kind))
      return true;
    Found = Child;
    return false;
  });
  return Found;
}

/// The child that Field holds (ts_node_child_by_field_id), or a null node: off the flattened tree
/// inside an analysis when it lists one there, where the C call scans the grammar's field map and
/// iterates the child array through hidden nodes on every call (1.8 % of a shell scan); the C call
/// otherwise (FlatTree::childWithField says when they can differ). parse-bench --check-flat-tree
/// checks the two agree on every node and field (test/model/flat-tree-walk.test).
inline TSNode childByField(TSNode N, TSFieldId Field) {
  if (ts_node_is_null(N))
    return TSNode{};
  if (const FlatTree *Flat = FlatTreeScope::forNode(N)) {
    uint32_t Index = Flat->indexOf(N);
    if (Index != UINT32_MAX && !Flat->isError(Index)) {
      uint32_t Child = Flat->childWithField(Index, Field);
      if (Child != UINT32_MAX)
        return Flat->entries()[Child].Node;
    }
  }
  return ts_node_child_by_field_id(N, Field);
}

} // namespace blastradius::model

#endif
