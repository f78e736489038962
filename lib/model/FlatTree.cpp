// The preorder node array behind model::FlatTreeScope (see FlatTree.h for why).
#include "model/FlatTree.h"

#include <ts_preorder.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace blastradius::model {

namespace {
thread_local FlatTreeScope *Innermost = nullptr;
/// About 48 bytes a node: 4 MB of source gives at most a few hundred thousand visible nodes in
/// practice; a pathological tree past this walks with the cursor instead (same result, no limit hit).
/// BLASTRADIUS_FLAT_TREE_MAX_ENTRIES (a hidden setting for tests) lowers it, so that a test proves
/// the cursor walks give the same findings.
size_t maxFlatEntries() {
  static const size_t Max = [] {
    size_t Default = 4u << 20;
    const char *Setting = std::getenv("BLASTRADIUS_FLAT_TREE_MAX_ENTRIES");
    if (!Setting || !*Setting)
      return Default;
    char *End = nullptr;
    unsigned long long Value = std::strtoull(Setting, &End, 10);
    return End && !*End ? static_cast<size_t>(std::min<unsigned long long>(Value, Default)) : Default;
  }();
  return Max;
}

/// Node ids are pointers into the tree: mix the bits that vary.
size_t hashOf(const void *Id) {
  uint64_t X = reinterpret_cast<uintptr_t>(Id);
  X ^= X >> 29;
  X *= 0xbf58476d1ce4e5b9ULL;
  X ^= X >> 32;
  return static_cast<size_t>(X);
}
} // namespace

void FlatTree::listWithCursor(TSNode Root, size_t MaxEntries) {
  TSTreeCursor Cursor = ts_tree_cursor_new(Root);
  std::vector<uint32_t> Open; // indices of the nodes whose subtree is being listed
  Entries.push_back({Root, 0, UINT32_MAX, 0, ts_node_symbol(Root), ts_node_is_named(Root)});
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
    TSNode Node = ts_tree_cursor_current_node(&Cursor);
    Entries.push_back({Node, 0, Open.back(), ts_tree_cursor_current_field_id(&Cursor), ts_node_symbol(Node),
                       ts_node_is_named(Node)});
  }
  ts_tree_cursor_delete(&Cursor);
  Usable = !TooBig;
}

namespace {
/// The walk's output buffer, reused by the thread's next tree (no allocation per file once warm).
thread_local std::vector<TsPreorderEntry> Scratch;

TsPreorderEntry *growScratch(void *, size_t Needed, size_t *Capacity) {
  if (Scratch.size() < Needed)
    Scratch.resize(std::max(Needed, Scratch.size() * 2));
  *Capacity = Scratch.size();
  return Scratch.data();
}
} // namespace

void FlatTree::listDirectly(TSNode Root, size_t MaxEntries) {
  size_t Count = ts_preorder_flatten(Root, MaxEntries, growScratch, nullptr);
  Usable = Count != SIZE_MAX;
  if (!Usable)
    return;
  Entries.reserve(Count);
  for (size_t I = 0; I < Count; ++I) {
    const TsPreorderEntry &E = Scratch[I];
    Entries.push_back({E.node, E.subtree_end, E.parent, E.field, E.symbol, E.named});
  }
  // A very large tree's buffer is not kept for the thread's next, small, file.
  if (Scratch.size() > (1u << 16))
    std::vector<TsPreorderEntry>().swap(Scratch);
}

FlatTree::FlatTree(TSNode Root, size_t MaxEntries, Walk How) {
  if (ts_node_is_null(Root))
    return;
  if (How == Walk::Direct)
    listDirectly(Root, MaxEntries);
  else
    listWithCursor(Root, MaxEntries);
  if (!Usable) {
    std::vector<Entry>().swap(Entries);
    return;
  }
  size_t Slots = 16;
  while (Slots < Entries.size() * 2)
    Slots *= 2;
  ById.assign(Slots, {nullptr, 0});
  for (uint32_t I = 0; I < Entries.size(); ++I)
    for (size_t Slot = hashOf(Entries[I].Node.id) & (Slots - 1);; Slot = (Slot + 1) & (Slots - 1))
      if (!ById[Slot].first) {
        ById[Slot] = {Entries[I].Node.id, I};
        break;
      }
}

uint32_t FlatTree::indexOf(TSNode N) const {
  if (!Usable || ts_node_is_null(N))
    return UINT32_MAX;
  size_t Mask = ById.size() - 1;
  for (size_t Slot = hashOf(N.id) & Mask; ById[Slot].first; Slot = (Slot + 1) & Mask)
    if (ById[Slot].first == N.id && ts_node_eq(Entries[ById[Slot].second].Node, N))
      return ById[Slot].second;
  return UINT32_MAX;
}

bool FlatTree::sameAs(const FlatTree &Other, size_t *FirstDifference) const {
  const std::vector<Entry> &A = Entries, &B = Other.Entries;
  for (size_t I = 0; I <= std::min(A.size(), B.size()); ++I) {
    bool Same = I == A.size() || I == B.size()
                    ? A.size() == B.size()
                    : std::memcmp(&A[I].Node, &B[I].Node, sizeof(TSNode)) == 0 && A[I].SubtreeEnd == B[I].SubtreeEnd &&
                          A[I].Parent == B[I].Parent && A[I].Field == B[I].Field && A[I].Symbol == B[I].Symbol &&
                          A[I].Named == B[I].Named;
    if (!Same) {
      if (FirstDifference)
        *FirstDifference = I;
      return false;
    }
  }
  return Usable == Other.Usable;
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
      S->Built = std::make_unique<FlatTree>(S->Root, maxFlatEntries());
    }
    return S->Built && S->Built->usable() ? S->Built.get() : nullptr;
  }
  return nullptr;
}

} // namespace blastradius::model
