// Node kinds compared as symbols, not strings: a SyntaxKind resolves its name once, at start-up, to
// the grammar's symbol ids of that name, so that the hot loops of the analysers test a node with
// an integer compare instead of ts_node_type + strcmp (profiled at about 10 % of a shell scan).
#ifndef BLASTRADIUS_MODEL_GRAMMARSYMBOLS_H
#define BLASTRADIUS_MODEL_GRAMMARSYMBOLS_H

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <vector>

#include <tree_sitter/api.h>
#include <ts_node_kind.h>

namespace blastradius::model {

/// The node a walk over a flattened tree is visiting, with the symbol its entry already holds: a
/// walk's callback tests the node it is handed against kind after kind, and each ts_node_symbol
/// call into the tree cost about 40 instructions (profiled at about 8 % of a Python scan). Only a
/// VisitingNode on the walk's stack sets it, while the node's tree is alive, and restores the
/// previous one when it goes (walks nest).
struct KnownSymbol {
  const void *Id = nullptr;
  const TSTree *Tree = nullptr;
  uint32_t Alias = 0;
  TSSymbol Symbol = 0;
  const TSLanguage *Language = nullptr;
};
inline thread_local KnownSymbol Visiting;

class VisitingNode {
public:
  VisitingNode() : Saved(Visiting) {}
  ~VisitingNode() { Visiting = Saved; }
  VisitingNode(const VisitingNode &) = delete;
  VisitingNode &operator=(const VisitingNode &) = delete;
  /// N (of a tree of Language) is visited now, and its symbol is Symbol.
  void set(TSNode N, TSSymbol Symbol, const TSLanguage *Language) {
    Visiting = {N.id, N.tree, N.context[3], Symbol, Language};
  }

private:
  KnownSymbol Saved;
};

/// N's symbol and grammar when a walk has them at hand (see Visiting); false: ask the tree.
inline bool knownSymbol(TSNode N, TSSymbol &Symbol, const TSLanguage *&Language) {
  const KnownSymbol &K = Visiting;
  if (!K.Id || N.id != K.Id || N.tree != K.Tree || N.context[3] != K.Alias)
    return false;
  Symbol = K.Symbol;
  Language = K.Language;
  return true;
}

class SyntaxKind {
public:
  /// Every symbol of Language whose name is Name (a grammar may give one name to several symbols:
  /// a named and an anonymous one, or aliases), so that a match is exactly `ts_node_type == Name`.
  SyntaxKind(const TSLanguage *Language, const char *Name);

  bool matches(TSNode N) const {
    TSSymbol Symbol;
    const TSLanguage *Of;
    if (knownSymbol(N, Symbol, Of) && Of == Language)
      return matchesSymbol(Symbol);
    // One call for the common case: a node of this kind's grammar (ts_node_kind.h).
    if (!Overflow && ts_node_kind_symbol(N, Language, &Symbol)) {
      for (unsigned I = 0; I < Count; ++I)
        if (Symbols[I] == Symbol)
          return true;
      return false;
    }
    if (ts_node_is_null(N))
      return false;
    // Another grammar's tree, or more symbols of that name than kept: compare names.
    return std::strcmp(ts_node_type(N), Name) == 0;
  }
  /// Whether a symbol of this kind's grammar is of this kind (for a walk that reads each node's
  /// symbol once and already knows the tree's grammar).
  bool matchesSymbol(TSSymbol Symbol) const {
    if (Overflow)
      return std::strcmp(ts_language_symbol_name(Language, Symbol), Name) == 0;
    for (unsigned I = 0; I < Count; ++I)
      if (Symbols[I] == Symbol)
        return true;
    return false;
  }
  const TSLanguage *language() const { return Language; }
  const char *name() const { return Name; }

private:
  static constexpr unsigned MaxSymbols = 6;
  const TSLanguage *Language;
  const char *Name;
  TSSymbol Symbols[MaxSymbols] = {};
  unsigned Count = 0;
  bool Overflow = false; // more symbols of that name than MaxSymbols: matches() compares names
};

/// Whether N (possibly null) is of that kind.
inline bool isKind(TSNode N, const SyntaxKind &Kind) { return Kind.matches(N); }

/// A value for every symbol of one grammar, worked out once (Classify(symbol) -> T), so that a walk
/// that dispatches on what a node is reads one array slot per node instead of testing kind after
/// kind. T{} for a symbol past the table; covers() says whether N's tree is of that grammar (for
/// another, the caller compares kinds itself).
template <typename T> class SymbolTable {
public:
  template <typename ClassifyFn> SymbolTable(const TSLanguage *Language, ClassifyFn &&Classify) : Language(Language) {
    uint32_t Count = Language ? ts_language_symbol_count(Language) : 0;
    Values.reserve(Count);
    for (uint32_t S = 0; S < Count; ++S)
      Values.push_back(Classify(static_cast<TSSymbol>(S)));
  }
  bool covers(TSNode N) const { return ts_node_language(N) == Language; }
  T of(TSNode N) const {
    TSSymbol Symbol;
    const TSLanguage *Of;
    return ofSymbol(knownSymbol(N, Symbol, Of) && Of == Language ? Symbol : ts_node_symbol(N));
  }
  /// The value of a symbol of this grammar (as a flattened tree's entry holds it).
  T ofSymbol(TSSymbol Symbol) const { return Symbol < Values.size() ? Values[Symbol] : T{}; }

private:
  const TSLanguage *Language;
  std::vector<T> Values;
};

/// A few kinds of one grammar, tested with one table read per symbol: the set a walk visits.
class KindSet {
public:
  KindSet(std::initializer_list<const SyntaxKind *> Members)
      : Members(Members), Table((*Members.begin())->language(), [&](TSSymbol Symbol) {
          for (const SyntaxKind *K : Members)
            if (K->matchesSymbol(Symbol))
              return true;
          return false;
        }) {}

  /// Whether N's tree is of the grammar the symbols belong to.
  bool covers(TSNode N) const { return Table.covers(N); }
  /// For a symbol of that grammar.
  bool containsSymbol(TSSymbol Symbol) const { return Table.ofSymbol(Symbol); }
  bool contains(TSNode N) const {
    for (const SyntaxKind *K : Members)
      if (K->matches(N))
        return true;
    return false;
  }

private:
  std::vector<const SyntaxKind *> Members;
  SymbolTable<bool> Table;
};

} // namespace blastradius::model

#endif
