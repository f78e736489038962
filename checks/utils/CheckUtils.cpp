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

std::string writtenQualifiedName(const NamedDecl *D) {
  if (!D->getIdentifier())
    return "";
  llvm::SmallVector<llvm::StringRef, 4> Parts{D->getName()};
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (!NS->isInline() && !NS->isAnonymousNamespace())
        Parts.push_back(NS->getName());
    } else if (const auto *Record = dyn_cast<RecordDecl>(DC)) {
      if (Record->getIdentifier())
        Parts.push_back(Record->getName());
    }
  }
  std::string Name;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    if (!Name.empty())
      Name += "::";
    Name += It->str();
  }
  return Name;
}

bool matchesName(const NamedDecl *D, llvm::StringRef Pattern) {
  if (!D || Pattern.empty() || !D->getIdentifier())
    return false;
  // The common case, an unqualified pattern, needs no string building.
  if (!Pattern.contains("::"))
    return D->getName() == Pattern;
  std::string Name = writtenQualifiedName(D);
  llvm::StringRef Qualified(Name);
  if (Pattern.consume_front("::"))
    return Qualified == Pattern;
  return Qualified == Pattern ||
         (Qualified.ends_with(Pattern) &&
          Qualified.drop_back(Pattern.size()).ends_with("::"));
}

bool matchesAnyName(const NamedDecl *D,
                    const std::vector<std::string> &Patterns) {
  for (const std::string &Pattern : Patterns)
    if (matchesName(D, Pattern))
      return true;
  return false;
}

} // namespace clang::tidy::blastradius::utils
