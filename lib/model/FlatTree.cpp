// The preorder node array behind model::FlatTreeScope (see FlatTree.h for why).
#include "model/FlatTree.h"

#include <algorithm>

namespace blastradius::model {

namespace {
thread_local FlatTreeScope *Innermost = nullptr;
/// About 40 bytes a node: 4 MB of source gives at most a few hundred thousand visible nodes in
/// practice; a pathological tree past this walks with the cursor instead (same result, no limit hit).
constexpr size_t MaxFlatEntries = 4u << 20;
} // namespace

FlatTree::FlatTree(TSNode Root, size_t MaxEntries) {
  if (ts_node_is_null(Root))
    return;
  TSTreeCursor Cursor = ts_tree_cursor_new(Root);
  std::vector<uint32_t> Open; // indices of the nodes whose subtree is being listed
  Entries.push_back({Root, 0, UINT32_MAX});
  bool TooBig = false;
  uint32_t Current = 0;
  while (true) {
    if (ts_tree_cursor_goto_first_child(&Cursor)) {
      Open.push_back(Current);
    } else {
      // Close finished subtrees until one has a next sibling.
      Entries[Current].SubtreeEnd = static_cast<uint32_t>(Entries.size());
      bool Done = false;
      while (!ts_tree_cursor_goto_next_sibling(&Cursor)) {
        if (Open.empty() || !ts_tree_cursor_goto_parent(&Cursor)) {
          Done = true;
          break;
        }
        Entries[Open.back()].SubtreeEnd = static_cast<uint32_t>(Entries.size());
        Open.pop_back();
        if (Open.empty()) {
          Done = true;
          break;
        }
      }
      if (Done)
        break;
    }
    if (Entries.size() >= MaxEntries) {
      TooBig = true;
      break;
    }
    Current = static_cast<uint32_t>(Entries.size());
    Entries.push_back({ts_tree_cursor_current_node(&Cursor), 0, Open.back()});
  }
  ts_tree_cursor_delete(&Cursor);
  Usable = !TooBig;
  if (!Usable)
    std::vector<Entry>().swap(Entries);
}

uint32_t FlatTree::indexOf(TSNode N) const {
  if (!Usable || ts_node_is_null(N))
    return UINT32_MAX;
  // Preorder: start bytes never decrease; the few nodes that share one are scanned.
  uint32_t Start = ts_node_start_byte(N);
  auto It = std::lower_bound(Entries.begin(), Entries.end(), Start,
                             [](const Entry &E, uint32_t S) { return ts_node_start_byte(E.Node) < S; });
  for (; It != Entries.end() && ts_node_start_byte(It->Node) == Start; ++It)
    if (ts_node_eq(It->Node, N))
      return static_cast<uint32_t>(It - Entries.begin());
  return UINT32_MAX;
}

FlatTreeScope::FlatTreeScope(TSNode Root) : Root(Root), Previous(Innermost) { Innermost = this; }

FlatTreeScope::~FlatTreeScope() { Innermost = Previous; }

const FlatTree *FlatTreeScope::forNode(TSNode N) {
  if (ts_node_is_null(N))
    return nullptr;
  for (FlatTreeScope *S = Innermost; S; S = S->Previous) {
    if (ts_node_is_null(S->Root) || S->Root.tree != N.tree)
      continue;
    if (!S->Tried) {
      S->Tried = true;
      S->Built = std::make_unique<FlatTree>(S->Root, MaxFlatEntries);
    }
    return S->Built && S->Built->usable() ? S->Built.get() : nullptr;
  }
  return nullptr;
}

} // namespace blastradius::model
