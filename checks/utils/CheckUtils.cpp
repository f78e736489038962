//===--- CheckUtils.cpp - blastradius -------------------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "CheckUtils.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::blastradius::utils {

bool parseBoolOption(ClangTidyCheck &Check, llvm::StringRef Name,
                     llvm::StringRef Value, bool Default) {
  std::string Lower = Value.trim().lower();
  if (Lower == "true" || Lower == "1" || Lower == "on" || Lower == "yes")
    return true;
  if (Lower == "false" || Lower == "0" || Lower == "off" || Lower == "no")
    return false;
  Check.configurationDiag("invalid configuration value '%0' for option '%1'; "
                          "expected a bool")
      << Value << Name;
  return Default;
}

std::vector<std::string> parseListOption(llvm::StringRef Value) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Value.split(Parts, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  std::vector<std::string> Items;
  for (llvm::StringRef Part : Parts)
    if (!Part.trim().empty())
      Items.push_back(Part.trim().str());
  return Items;
}

bool isInStdOrNested(const Decl *D) {
  const DeclContext *Outermost = nullptr;
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
    if (DC->isNamespace())
      Outermost = DC;
  return Outermost && Outermost->isStdNamespace();
}

const Expr *stripValuePreserving(const Expr *E) {
  while (true) {
    const Expr *Prev = E;
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
      E = Cast->getSubExpr();
    if (E == Prev)
      return E;
  }
}

const ValueDecl *referencedVariable(const Expr *E) {
  while (E) {
    E = stripValuePreserving(E);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return DRE->getDecl();
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      return ME->getMemberDecl();
    const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(E);
    if (!MemberCall || MemberCall->getNumArgs() != 0)
      return nullptr;
    E = MemberCall->getImplicitObjectArgument();
  }
  return nullptr;
}

bool neverFallsThrough(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *Block = dyn_cast<CompoundStmt>(S))
    return !Block->body_empty() && neverFallsThrough(Block->body_back());
  if (isa<ReturnStmt, BreakStmt, ContinueStmt, GotoStmt>(S))
    return true;
  const auto *E = dyn_cast<Expr>(S);
  if (!E)
    return false;
  E = E->IgnoreImplicit()->IgnoreParens();
  if (isa<CXXThrowExpr>(E))
    return true;
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      return Callee->isNoReturn();
  return false;
}

} // namespace clang::tidy::blastradius::utils
