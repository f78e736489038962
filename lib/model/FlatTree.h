// One walk per file: the visible nodes of a syntax tree flattened once into a preorder array, so
// that the many analysers that each walk the whole tree (the Python ones walk it five or six times
// per file) scan an array instead of paying for a TSTreeCursor walk each (a cursor step costs a
// descent through hidden nodes; profiled at about 12 % of a full scan before this).
//
// A FlatTreeScope, alive on one thread for as long as the tree it names (SemanticContext holds
// one), lets any walk over that tree find the array; the array is built on first use only.
#ifndef BLASTRADIUS_MODEL_FLATTREE_H
#define BLASTRADIUS_MODEL_FLATTREE_H

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include <tree_sitter/api.h>

namespace blastradius::model {

class FlatTree {
public:
  struct Entry {
    TSNode Node;
    /// One past the last index of this node's subtree (the next node that is not a descendant).
    uint32_t SubtreeEnd;
    /// The index of the parent, or UINT32_MAX for the root.
    uint32_t Parent;
    /// The field that holds this node in its parent (0: none), as ts_tree_cursor_current_field_id.
    TSFieldId Field = 0;
    /// ts_node_symbol(Node) and ts_node_is_named(Node), read once here.
    TSSymbol Symbol = 0;
    bool Named = false;
  };

  /// How the array is listed: straight from the tree's child arrays (ts_preorder.h, the fast way),
  /// or with the public TSTreeCursor (the reference the fast way is tested against).
  enum class Walk { Direct, Cursor };

  /// Flattens Root's subtree (iteratively). Stops and leaves the tree unusable (usable() false)
  /// past MaxEntries nodes: the walks then fall back to the cursor, with the same result.
  explicit FlatTree(TSNode Root, size_t MaxEntries, Walk How = Walk::Direct);

  /// The entries, in preorder: indexable, sized, iterable (a view of the tree's buffer).
  class EntryView {
  public:
    EntryView(const Entry *Data, size_t Count) : Data(Data), Count(Count) {}
    const Entry &operator[](size_t I) const { return Data[I]; }
    size_t size() const { return Count; }
    bool empty() const { return Count == 0; }
    const Entry *begin() const { return Data; }
    const Entry *end() const { return Data + Count; }

  private:
    const Entry *Data;
    size_t Count;
  };

  /// A slot of the index from node ids to entries (see ById).
  struct IndexSlot {
    uint32_t IdBits;
    uint32_t Index; // UINT32_MAX: empty
  };

  ~FlatTree();
  FlatTree(const FlatTree &) = delete;
  FlatTree &operator=(const FlatTree &) = delete;

  bool usable() const { return Usable; }
  EntryView entries() const { return EntryView(Entries.data(), Count); }
  /// The index of N in the array, or UINT32_MAX when N is not a visible node of this tree.
  uint32_t indexOf(TSNode N) const;
  /// The index of the first child of entry Index that Field holds (as the cursor reports fields),
  /// or UINT32_MAX (also for field 0). On a node that is not an ERROR, a child found here is the one
  /// ts_node_child_by_field_id gives; that call may find one where this finds none (a field that
  /// an aliased child inherits from its own children), so childByField asks it then.
  uint32_t childWithField(uint32_t Index, TSFieldId Field) const;
  /// Whether the entry is an ERROR node (whose children carry fields the cursor reports but
  /// ts_node_child_by_field_id does not).
  bool isError(uint32_t Index) const { return Entries[Index].Symbol == static_cast<TSSymbol>(-1); }
  /// Whether every child childWithField finds on a node that is not an ERROR is the one
  /// ts_node_child_by_field_id gives, for every field id of the grammar (how childByField is
  /// checked); when not, *FirstDifference and *Field say where.
  bool fieldLookupsAgree(size_t *FirstDifference = nullptr, TSFieldId *Field = nullptr) const;
  /// Whether Other lists the same nodes with the same facts (how the direct walk is checked
  /// against the cursor); when not, *FirstDifference is the first index that differs.
  bool sameAs(const FlatTree &Other, size_t *FirstDifference = nullptr) const;

private:
  void listWithCursor(TSNode Root, size_t MaxEntries);
  void listDirectly(TSNode Root, size_t MaxEntries);

  /// The first Count slots are the entries. The buffer comes from the thread's spares and goes back
  /// there (FlatTree.cpp): the next file's tree reuses memory that is still in the cache, with no
  /// allocation, and the walk writes its entries straight into it.
  std::vector<Entry> Entries;
  size_t Count = 0;
  /// Open addressing from a node's id to its index (a power-of-two table at most half full, also
  /// from the spares): indexOf is asked once per child loop, a binary search per call cost 5 % of a
  /// shell scan. A slot holds the id's low 32 bits and the index (8 bytes: the table of a large file
  /// outgrows the caches, and filling it was a tenth of the scan's cache misses at 16); a match is
  /// confirmed against the entry itself.
  std::vector<IndexSlot> ById;
  bool Usable = false;
};

/// While alive, names Root's tree as flattenable on this thread. Scopes nest (embedded code is
/// analysed inside its host's analysis) and must be destroyed in reverse order, on their thread.
class FlatTreeScope {
public:
  explicit FlatTreeScope(TSNode Root);
  ~FlatTreeScope();
  FlatTreeScope(const FlatTreeScope &) = delete;
  FlatTreeScope &operator=(const FlatTreeScope &) = delete;

  /// The flattened tree of N's tree when a scope of this thread names it (built on the first
  /// call), or nullptr: the caller then walks with a cursor.
  static const FlatTree *forNode(TSNode N);

private:
  TSNode Root;
  FlatTreeScope *Previous;
  std::unique_ptr<FlatTree> Built;
  bool Tried = false;
};

} // namespace blastradius::model

#endif
