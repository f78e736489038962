//===--- FunctionIndex.h - blastradius --------------------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//
//
// Why: a check that pairs one call with other statements of its function
// (a delete with a later create, a value with the assignments in between)
// must not walk the whole function once per matched call: 20,000 calls in
// one function made that quadratic. FunctionIndex walks a function body
// once, numbers its statements in source (pre-order) order and answers
// "which statements of kind K come after this one" and "does a statement of
// this block always leave between these two" from that one walk.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_UTILS_FUNCTIONINDEX_H
#define BLASTRADIUS_CHECKS_UTILS_FUNCTIONINDEX_H

#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <optional>
#include <vector>

namespace clang::tidy::blastradius::utils {

/// The statements of one function body in the order forEachStmt visits
/// them (source order, lambdas left out), with each one's position.
class FunctionIndex {
public:
  explicit FunctionIndex(const Stmt *Body);

  const std::vector<const Stmt *> &statements() const { return Statements; }
  /// The position of \p S in statements(), or nothing when \p S is not part
  /// of the body (the body itself, or code of a lambda).
  std::optional<unsigned> position(const Stmt *S) const;
  /// The positions in statements() of the statements \p Keep accepts, in
  /// order; a check filters once per function, not once per call.
  template <typename Predicate>
  std::vector<unsigned> select(Predicate Keep) const {
    std::vector<unsigned> Out;
    for (unsigned I = 0; I < Statements.size(); ++I)
      if (Keep(Statements[I]))
        Out.push_back(I);
    return Out;
  }

  /// Whether a statement of \p Block strictly between its children \p From
  /// and \p To never falls through (neverFallsThrough). A null \p From means
  /// from the first statement on; a null \p To, or one that is no child of
  /// the block, up to the last one; a \p From that is no child of the block,
  /// none. Constant time after one pass over the block.
  bool leavesBetween(const CompoundStmt *Block, const Stmt *From,
                     const Stmt *To) const;

private:
  struct BlockInfo {
    llvm::DenseMap<const Stmt *, unsigned> Index;
    /// Leaving[I]: how many of the first I statements never fall through.
    std::vector<unsigned> Leaving;
  };
  const BlockInfo &block(const CompoundStmt *Block) const;

  std::vector<const Stmt *> Statements;
  llvm::DenseMap<const Stmt *, unsigned> Positions;
  mutable llvm::DenseMap<const CompoundStmt *, std::unique_ptr<BlockInfo>>
      Blocks;
};

/// FunctionIndex per function body, built on first use, for one translation
/// unit (a check clears it at the end of each: AST nodes do not outlive it).
class FunctionIndexCache {
public:
  const FunctionIndex &get(const Stmt *Body);
  void clear() { Indexes.clear(); }

private:
  llvm::DenseMap<const Stmt *, std::unique_ptr<FunctionIndex>> Indexes;
};

} // namespace clang::tidy::blastradius::utils

#endif // BLASTRADIUS_CHECKS_UTILS_FUNCTIONINDEX_H
