//===--- FunctionIndex.cpp - blastradius ----------------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "FunctionIndex.h"
#include "CheckUtils.h"

namespace clang::tidy::blastradius::utils {

FunctionIndex::FunctionIndex(const Stmt *Body) {
  if (!Body)
    return;
  forEachStmt(Body, [&](const Stmt *S) {
    Positions.try_emplace(S, static_cast<unsigned>(Statements.size()));
    Statements.push_back(S);
  });
}

std::optional<unsigned> FunctionIndex::position(const Stmt *S) const {
  auto It = Positions.find(S);
  if (It == Positions.end())
    return std::nullopt;
  return It->second;
}

const FunctionIndex::BlockInfo &
FunctionIndex::block(const CompoundStmt *Block) const {
  std::unique_ptr<BlockInfo> &Info = Blocks[Block];
  if (!Info) {
    Info = std::make_unique<BlockInfo>();
    Info->Leaving.push_back(0);
    unsigned I = 0;
    for (const Stmt *S : Block->body()) {
      Info->Index.try_emplace(S, I++);
      Info->Leaving.push_back(Info->Leaving.back() +
                              (neverFallsThrough(S) ? 1 : 0));
    }
  }
  return *Info;
}

bool FunctionIndex::leavesBetween(const CompoundStmt *Block, const Stmt *From,
                                  const Stmt *To) const {
  const BlockInfo &Info = block(Block);
  unsigned Size = static_cast<unsigned>(Info.Leaving.size() - 1);
  // Statements [Begin, End) of the block lie strictly between From and To.
  unsigned Begin = 0, End = Size;
  if (From) {
    auto It = Info.Index.find(From);
    if (It == Info.Index.end())
      return false;
    Begin = It->second + 1;
  }
  if (To) {
    auto It = Info.Index.find(To);
    if (It != Info.Index.end()) // else: up to the last statement
      End = It->second;
  }
  return Begin < End && Info.Leaving[End] > Info.Leaving[Begin];
}

const FunctionIndex &FunctionIndexCache::get(const Stmt *Body) {
  std::unique_ptr<FunctionIndex> &Index = Indexes[Body];
  if (!Index)
    Index = std::make_unique<FunctionIndex>(Body);
  return *Index;
}

} // namespace clang::tidy::blastradius::utils
