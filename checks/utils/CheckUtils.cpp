//===--- CheckUtils.cpp - blastradius -------------------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "CheckUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

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

std::string namespacePath(const Decl *D) {
  llvm::SmallVector<llvm::StringRef, 4> Names;
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    const auto *NS = dyn_cast<NamespaceDecl>(DC);
    if (!NS || NS->isInline() || NS->isAnonymousNamespace())
      continue;
    Names.push_back(NS->getName());
  }
  std::string Path;
  for (llvm::StringRef Name : llvm::reverse(Names)) {
    if (!Path.empty())
      Path += "::";
    Path += Name;
  }
  return Path;
}

const Stmt *enclosingFunctionBody(const Stmt *S, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*S);
  // Bounded: an expression is rarely nested more than a few hundred deep.
  for (unsigned Depth = 0; Depth < 1024; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return nullptr;
    Node = Parents[0];
    if (const auto *Lambda = Node.get<LambdaExpr>())
      return Lambda->getBody();
    if (const auto *Func = Node.get<FunctionDecl>())
      return Func->getBody();
    if (const auto *Block = Node.get<BlockDecl>())
      return Block->getBody();
    if (Node.get<Decl>() && !Node.get<VarDecl>())
      return nullptr;
  }
  return nullptr;
}

const Expr *stripConversions(const Expr *E) {
  while (E) {
    E = stripValuePreserving(E);
    const auto *Construct = dyn_cast<CXXConstructExpr>(E);
    if (!Construct || Construct->getNumArgs() == 0)
      return E;
    // Only the first argument carries the value; the rest must be defaults
    // (`path(const char *, format = auto_format)`).
    for (unsigned I = 1; I < Construct->getNumArgs(); ++I)
      if (!isa<CXXDefaultArgExpr>(Construct->getArg(I)))
        return E;
    E = Construct->getArg(0);
  }
  return E;
}

std::optional<llvm::StringRef> constantText(const Expr *E) {
  // Follows `const` variables initialised from other `const` variables, a
  // few levels deep.
  for (unsigned Depth = 0; E && Depth < 4; ++Depth) {
    E = stripConversions(E);
    if (const auto *Literal = dyn_cast<StringLiteral>(E)) {
      if (Literal->getCharByteWidth() != 1)
        return std::nullopt;
      return Literal->getString();
    }
    const auto *DRE = dyn_cast<DeclRefExpr>(E);
    const auto *Var = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!Var || isa<ParmVarDecl>(Var))
      return std::nullopt;
    QualType Type = Var->getType().getNonReferenceType();
    if (!Var->isConstexpr() && !Type.isConstQualified() &&
        !(Type->isPointerType() && Type->getPointeeType().isConstQualified() &&
          Var->getType().isConstQualified()))
      return std::nullopt;
    E = Var->getAnyInitializer();
  }
  return std::nullopt;
}

bool isSameValue(const Expr *A, const Expr *B, const ASTContext &Ctx) {
  if (!A || !B)
    return false;
  A = stripConversions(A);
  B = stripConversions(B);
  llvm::FoldingSetNodeID IdA, IdB;
  A->Profile(IdA, Ctx, /*Canonical=*/true);
  B->Profile(IdB, Ctx, /*Canonical=*/true);
  if (IdA == IdB)
    return true;
  std::optional<llvm::StringRef> TextA = constantText(A);
  std::optional<llvm::StringRef> TextB = constantText(B);
  return TextA && TextB && *TextA == *TextB;
}

void forEachStmt(const Stmt *S, llvm::function_ref<void(const Stmt *)> Visit) {
  for (const Stmt *Child : S->children()) {
    if (!Child || isa<LambdaExpr>(Child))
      continue;
    Visit(Child);
    forEachStmt(Child, Visit);
  }
}

/// A member call named \p Setter (or \p Builder, its chaining form) with one
/// argument, as `X.SetDryRun(A)` or `Request().WithDryRun(A)`.
static const CXXMemberCallExpr *
asSetterCall(const Stmt *S, llvm::StringRef Setter, llvm::StringRef Builder) {
  const auto *Call = dyn_cast<CXXMemberCallExpr>(S);
  if (!Call || Call->getNumArgs() != 1)
    return nullptr;
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (!Method || !Method->getDeclName().isIdentifier())
    return nullptr;
  llvm::StringRef Name = Method->getName();
  return Name == Setter || Name == Builder ? Call : nullptr;
}

const CXXMemberCallExpr *findRequestSetter(const Expr *Call,
                                           const Expr *Request,
                                           llvm::StringRef Setter,
                                           llvm::StringRef Builder,
                                           ASTContext &Ctx) {
  const CXXMemberCallExpr *Found = nullptr;
  // Chained builder calls: `Model::X().WithA(..).WithB(..)`; the outermost
  // (last) one wins.
  const Expr *E = stripValuePreserving(Request);
  while (const auto *Chained = dyn_cast<CXXMemberCallExpr>(E)) {
    if (!Found)
      Found = asSetterCall(Chained, Setter, Builder);
    E = stripValuePreserving(Chained->getImplicitObjectArgument());
  }
  if (Found)
    return Found;

  const auto *Var = dyn_cast_or_null<VarDecl>(referencedVariable(Request));
  if (!Var)
    return nullptr;
  // The variable's initialiser may be a chain too.
  // (A copy of a chain: `auto R = Model::X().WithA(..);`.)
  E = Var->getInit() ? stripConversions(Var->getInit()) : nullptr;
  while (const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(E)) {
    if (const CXXMemberCallExpr *S = asSetterCall(Call, Setter, Builder))
      return S;
    E = stripConversions(Call->getImplicitObjectArgument());
  }

  const Stmt *Body = enclosingFunctionBody(Call, Ctx);
  if (!Body)
    return nullptr;
  const SourceManager &SM = Ctx.getSourceManager();
  forEachStmt(Body, [&](const Stmt *S) {
    const CXXMemberCallExpr *Set = asSetterCall(S, Setter, Builder);
    if (!Set || referencedVariable(Set->getImplicitObjectArgument()) != Var ||
        !SM.isBeforeInTranslationUnit(Set->getBeginLoc(), Call->getBeginLoc()))
      return;
    Found = Set; // the last one before the call wins
  });
  return Found;
}

} // namespace clang::tidy::blastradius::utils
