// The preorder node array behind model::FlatTreeScope (see FlatTree.h for why).
#include "model/FlatTree.h"
#include "model/SpareBuffers.h"

#include <ts_preorder.h>

#include <algorithm>
#include <cstdlib>
#include <cstddef>
#include <cstring>
#include <type_traits>

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

/// The part of an id a table slot keeps (a match is confirmed against the entry's whole node).
uint32_t idBits(const void *Id) { return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(Id)); }

/// Spare buffers of this thread's trees, kept for its next file (a handful: scopes nest only as deep
/// as embedded code goes; past 65,536 entries a buffer is freed).
thread_local SpareBuffers<FlatTree::Entry, 4, 1u << 16> SpareEntries;
thread_local SpareBuffers<FlatTree::IndexSlot, 4, 1u << 17> SpareTables;

// The walk writes FlatTree::Entry slots as TsPreorderEntry: the two must be the same layout.
static_assert(sizeof(FlatTree::Entry) == sizeof(TsPreorderEntry));
static_assert(offsetof(FlatTree::Entry, Node) == offsetof(TsPreorderEntry, node));
static_assert(offsetof(FlatTree::Entry, SubtreeEnd) == offsetof(TsPreorderEntry, subtree_end));
static_assert(offsetof(FlatTree::Entry, Parent) == offsetof(TsPreorderEntry, parent));
static_assert(offsetof(FlatTree::Entry, Field) == offsetof(TsPreorderEntry, field));
static_assert(offsetof(FlatTree::Entry, Symbol) == offsetof(TsPreorderEntry, symbol));
static_assert(offsetof(FlatTree::Entry, Named) == offsetof(TsPreorderEntry, named));
static_assert(std::is_standard_layout_v<FlatTree::Entry> && std::is_trivially_copyable_v<FlatTree::Entry>);

/// The walk's buffer is the tree's own: grown (doubling) when the walk needs more. Slots past the
/// buffer's size from an earlier tree are reused as they are (the walk writes every slot it keeps).
TsPreorderEntry *growEntries(void *Context, size_t Needed, size_t *Capacity) {
  auto &Buffer = *static_cast<std::vector<FlatTree::Entry> *>(Context);
  if (Buffer.size() < Needed)
    Buffer.resize(std::max(Needed, Buffer.size() * 2));
  *Capacity = Buffer.size();
  return reinterpret_cast<TsPreorderEntry *>(Buffer.data());
}
} // namespace

void FlatTree::listWithCursor(TSNode Root, size_t MaxEntries) {
  TSTreeCursor Cursor = ts_tree_cursor_new(Root);
  std::vector<uint32_t> Open; // indices of the nodes whose subtree is being listed
  Entries.clear();
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
  Count = Usable ? Entries.size() : 0;
}

void FlatTree::listDirectly(TSNode Root, size_t MaxEntries) {
  size_t Listed = ts_preorder_flatten(Root, MaxEntries, growEntries, &Entries);
  Usable = Listed != SIZE_MAX;
  Count = Usable ? Listed : 0;
}

FlatTree::FlatTree(TSNode Root, size_t MaxEntries, Walk How) {
  if (ts_node_is_null(Root))
    return;
  Entries = SpareEntries.take();
  if (How == Walk::Direct)
    listDirectly(Root, MaxEntries);
  else
    listWithCursor(Root, MaxEntries);
  if (!Usable) { // the walks use the cursor: the buffer goes now (freed when it grew large)
    SpareEntries.give(std::move(Entries));
    Entries.clear();
    return;
  }
  size_t Slots = 16;
  while (Slots < Count * 2)
    Slots *= 2;
  ById = SpareTables.take();
  ById.assign(Slots, {0, UINT32_MAX});
  // Ids are unique within the array: an insertion looks for an empty slot only.
  for (uint32_t I = 0; I < Count; ++I)
    for (size_t At = hashOf(Entries[I].Node.id) & (Slots - 1);; At = (At + 1) & (Slots - 1))
      if (ById[At].Index == UINT32_MAX) {
        ById[At] = {idBits(Entries[I].Node.id), I};
        break;
      }
}

FlatTree::~FlatTree() {
  SpareEntries.give(std::move(Entries));
  SpareTables.give(std::move(ById));
}

uint32_t FlatTree::indexOf(TSNode N) const {
  if (!Usable || ts_node_is_null(N))
    return UINT32_MAX;
  size_t Mask = ById.size() - 1;
  uint32_t Bits = idBits(N.id);
  for (size_t At = hashOf(N.id) & Mask; ById[At].Index != UINT32_MAX; At = (At + 1) & Mask)
    if (ById[At].IdBits == Bits && ts_node_eq(Entries[ById[At].Index].Node, N))
      return ById[At].Index;
  return UINT32_MAX;
}

uint32_t FlatTree::childWithField(uint32_t Index, TSFieldId Field) const {
  if (Field == 0 || Index >= Count)
    return UINT32_MAX;
  for (uint32_t Child = Index + 1, End = Entries[Index].SubtreeEnd; Child < End; Child = Entries[Child].SubtreeEnd)
    if (Entries[Child].Field == Field)
      return Child;
  return UINT32_MAX;
}

bool FlatTree::fieldLookupsAgree(size_t *FirstDifference, TSFieldId *Field) const {
  if (Count == 0)
    return true;
  const TSFieldId Fields = static_cast<TSFieldId>(ts_language_field_count(ts_node_language(Entries[0].Node)));
  for (uint32_t I = 0; I < Count; ++I) {
    if (Entries[I].SubtreeEnd == I + 1 || isError(I))
      continue; // no visible child (nothing found here), or an ERROR (never used)
    for (TSFieldId F = 1; F <= Fields; ++F) {
      uint32_t Child = childWithField(I, F);
      if (Child == UINT32_MAX)
        continue; // childByField asks ts_node_child_by_field_id
      if (!ts_node_eq(Entries[Child].Node, ts_node_child_by_field_id(Entries[I].Node, F))) {
        if (FirstDifference)
          *FirstDifference = I;
        if (Field)
          *Field = F;
        return false;
      }
    }
  }
  return true;
}

bool FlatTree::sameAs(const FlatTree &Other, size_t *FirstDifference) const {
  EntryView A = entries(), B = Other.entries();
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
