//===--- IgnoredErrorCodeCheck.cpp - blastradius --------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "IgnoredErrorCodeCheck.h"
#include "utils/CheckUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::blastradius {

namespace {

using utils::stripValuePreserving;

/// The `std::filesystem` operations that destroy or replace something and
/// have an overload reporting failure through `std::error_code &`
/// ([fs.op.funcs]). `copy` and `copy_file` only count when they overwrite
/// (see overwrites()). `create_directories` and friends are not destructive.
const llvm::StringRef DestructiveOperations[] = {
    "remove", "remove_all", "rename", "resize_file", "permissions",
    "copy",   "copy_file",
};

/// The namespaces of the standard libraries we know (see
/// RemoveAllComputedPathCheck): libstdc++, libc++ and the Filesystem TS.
const llvm::StringRef FilesystemNamespaces[] = {
    "::std::filesystem::",
    "::std::__fs::filesystem::",
    "::std::experimental::filesystem::",
};

/// The `copy_options` enumerators that make a copy replace an existing file.
const llvm::StringRef OverwritingCopyOptions[] = {"overwrite_existing",
                                                  "update_existing"};

/// Parts of a variable's name that say the error is ignored on purpose
/// (`std::error_code Ignored;`), lower case.
const llvm::StringRef DeliberatelyIgnoredWords[] = {"ignore", "unused"};

bool isStdErrorCode(QualType Type) {
  const auto *Record = Type->getAsCXXRecordDecl();
  return Record && Record->getIdentifier() &&
         Record->getName() == "error_code" && utils::isInStdOrNested(Record);
}

/// Whether \p Param is an out-parameter `std::error_code &`.
bool isErrorCodeOutParam(const ParmVarDecl *Param) {
  QualType Type = Param->getType();
  if (!Type->isLValueReferenceType())
    return false;
  QualType Pointee = Type->getPointeeType();
  return !Pointee.isConstQualified() && isStdErrorCode(Pointee);
}

/// Whether \p Call passes \p Arg (exactly) as an `std::error_code &`
/// out-parameter.
bool isPassedAsOutParam(const CallExpr *Call, const Expr *Arg) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || isa<CXXOperatorCallExpr>(Call))
    return false;
  unsigned N = std::min(Call->getNumArgs(), Callee->getNumParams());
  for (unsigned I = 0; I < N; ++I)
    if (Call->getArg(I)->IgnoreParens() == Arg)
      return isErrorCodeOutParam(Callee->getParamDecl(I));
  return false;
}

/// Whether \p E names an enumerator that makes a copy overwrite.
bool mentionsOverwrite(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(Ref->getDecl()))
      return llvm::is_contained(OverwritingCopyOptions,
                                Enumerator->getName());
  return llvm::any_of(S->children(), mentionsOverwrite);
}

/// The single parent of \p Node, or an empty node.
DynTypedNode parentOf(const DynTypedNode &Node, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(Node);
  return Parents.size() == 1 ? Parents[0] : DynTypedNode();
}

/// Whether the value of \p Call is thrown away: the call is an expression
/// statement (possibly cast to `void`, or the left side of a comma).
bool isDiscarded(const CallExpr *Call, ASTContext &Ctx) {
  DynTypedNode Child = DynTypedNode::create(*Call);
  while (true) {
    DynTypedNode Parent = parentOf(Child, Ctx);
    const Stmt *ChildStmt = Child.get<Stmt>();
    const auto *ParentStmt = Parent.get<Stmt>();
    if (!ParentStmt || !ChildStmt)
      return false;
    if (const auto *E = dyn_cast<Expr>(ParentStmt)) {
      if (isa<ExprWithCleanups, ParenExpr, ImplicitCastExpr, ConstantExpr,
              MaterializeTemporaryExpr, CXXBindTemporaryExpr>(E) ||
          (isa<ExplicitCastExpr>(E) && E->getType()->isVoidType())) {
        Child = Parent;
        continue;
      }
      const auto *Comma = dyn_cast<BinaryOperator>(E);
      if (!Comma || Comma->getOpcode() != BO_Comma)
        return false;
      if (Comma->getLHS() == ChildStmt)
        return true;
      Child = Parent;
      continue;
    }
    if (isa<CompoundStmt, LabelStmt, CaseStmt, DefaultStmt, AttributedStmt>(
            ParentStmt))
      return true;
    if (const auto *If = dyn_cast<IfStmt>(ParentStmt))
      return If->getCond() != ChildStmt;
    if (const auto *While = dyn_cast<WhileStmt>(ParentStmt))
      return While->getCond() != ChildStmt;
    if (const auto *Do = dyn_cast<DoStmt>(ParentStmt))
      return Do->getCond() != ChildStmt;
    if (const auto *For = dyn_cast<ForStmt>(ParentStmt))
      return For->getCond() != ChildStmt;
    if (const auto *Range = dyn_cast<CXXForRangeStmt>(ParentStmt))
      return Range->getBody() == ChildStmt;
    return false;
  }
}

/// Where uses of the error code start to count as reads after \p Call: the
/// outermost loop around it inside the function (the next iteration may
/// read it before the call), else the end of the call.
SourceLocation scanStart(const CallExpr *Call, ASTContext &Ctx) {
  SourceLocation Start = Call->getEndLoc();
  DynTypedNode Node = DynTypedNode::create(*Call);
  while (true) {
    Node = parentOf(Node, Ctx);
    const auto *S = Node.get<Stmt>();
    if (!S || isa<LambdaExpr>(S))
      return Start;
    if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S))
      Start = S->getBeginLoc();
  }
}

/// Whether \p S mentions a variable of type `std::error_code`.
bool mentionsErrorCode(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (isStdErrorCode(Var->getType().getNonReferenceType()))
        return true;
  return llvm::any_of(S->children(), mentionsErrorCode);
}

/// Whether \p Call is cleanup on an error path that was already detected:
/// inside the `then` branch of an `if` that tests an error code
/// (`if (Ec) fs::remove(Temporary, Ec);`), not its negation.
bool isOnDetectedErrorPath(const CallExpr *Call, ASTContext &Ctx) {
  DynTypedNode Child = DynTypedNode::create(*Call);
  while (true) {
    DynTypedNode Parent = parentOf(Child, Ctx);
    const auto *S = Parent.get<Stmt>();
    if (!S || isa<LambdaExpr>(S))
      return false;
    if (const auto *If = dyn_cast<IfStmt>(S)) {
      const Expr *Cond = If->getCond();
      const auto *Not = dyn_cast_or_null<UnaryOperator>(
          Cond ? stripValuePreserving(Cond) : nullptr);
      if (Child.get<Stmt>() == If->getThen() && Cond &&
          !(Not && Not->getOpcode() == UO_LNot) && mentionsErrorCode(Cond))
        return true;
    }
    Child = Parent;
  }
}

/// Whether this use of the error code only overwrites it: passed again as
/// an out-parameter, assigned to, `clear()`ed or `assign()`ed.
bool onlyOverwrites(const DeclRefExpr *Use, ASTContext &Ctx) {
  DynTypedNode Child = DynTypedNode::create(*Use);
  DynTypedNode Parent = parentOf(Child, Ctx);
  while (Parent.get<ParenExpr>()) {
    Child = Parent;
    Parent = parentOf(Child, Ctx);
  }
  const Expr *ChildExpr = Child.get<Expr>();
  if (const auto *Op = Parent.get<CXXOperatorCallExpr>())
    return Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
           Op->getArg(0)->IgnoreParens() == ChildExpr;
  if (const auto *Call = Parent.get<CallExpr>())
    return isPassedAsOutParam(Call, ChildExpr);
  if (const auto *Member = Parent.get<MemberExpr>()) {
    const auto *Method = dyn_cast<CXXMethodDecl>(Member->getMemberDecl());
    return Method && Method->getIdentifier() &&
           (Method->getName() == "clear" || Method->getName() == "assign") &&
           parentOf(Parent, Ctx).get<CXXMemberCallExpr>();
  }
  return false;
}

/// Whether this use makes another name for the error code (`&Ec`, a
/// reference bound to it), through which it may be read anywhere.
bool makesAlias(const DeclRefExpr *Use, ASTContext &Ctx) {
  DynTypedNode Parent = parentOf(DynTypedNode::create(*Use), Ctx);
  if (const auto *Op = Parent.get<UnaryOperator>())
    return Op->getOpcode() == UO_AddrOf;
  if (const auto *Var = Parent.get<VarDecl>())
    return Var->getType()->isReferenceType();
  return false;
}

/// Collects the references to one variable in a statement tree.
void collectUses(const Stmt *S, const VarDecl *Var,
                 llvm::SmallVectorImpl<const DeclRefExpr *> &Uses) {
  if (!S)
    return;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    if (Ref->getDecl() == Var)
      Uses.push_back(Ref);
  for (const Stmt *Child : S->children())
    collectUses(Child, Var, Uses);
}

} // namespace

IgnoredErrorCodeCheck::IgnoredErrorCodeCheck(StringRef Name,
                                             ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      DestructiveFunctions(Options.get("DestructiveFunctions", "")) {}

void IgnoredErrorCodeCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "DestructiveFunctions", DestructiveFunctions);
}

void IgnoredErrorCodeCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<std::string> Names;
  for (llvm::StringRef Namespace : FilesystemNamespaces)
    for (llvm::StringRef Operation : DestructiveOperations)
      Names.push_back((Namespace + Operation).str());
  for (const std::string &Extra : utils::parseListOption(DestructiveFunctions))
    Names.push_back(Extra);
  std::vector<llvm::StringRef> NameRefs(Names.begin(), Names.end());

  Finder->addMatcher(
      callExpr(unless(isExpansionInSystemHeader()), callee(functionDecl(hasAnyName(NameRefs)).bind("func")))
          .bind("call"),
      this);
}

void IgnoredErrorCodeCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Func = Result.Nodes.getNodeAs<FunctionDecl>("func");
  if (!Call || !Func)
    return;
  ASTContext &Ctx = *Result.Context;

  // The error code argument: a local variable of this function, passed as
  // the `std::error_code &` parameter. A parameter or member is the
  // caller's or the object's to read.
  const DeclRefExpr *ErrorArg = nullptr;
  unsigned N = std::min(Call->getNumArgs(), Func->getNumParams());
  for (unsigned I = 0; I < N && !ErrorArg; ++I)
    if (isErrorCodeOutParam(Func->getParamDecl(I)))
      ErrorArg = dyn_cast<DeclRefExpr>(stripValuePreserving(Call->getArg(I)));
  if (!ErrorArg || ErrorArg->refersToEnclosingVariableOrCapture())
    return;
  const auto *Var = dyn_cast<VarDecl>(ErrorArg->getDecl());
  if (!Var || !Var->hasLocalStorage() || Var->getType()->isReferenceType() ||
      !Var->getIdentifier())
    return;
  std::string LowerName = Var->getName().lower();
  if (llvm::any_of(DeliberatelyIgnoredWords, [&](llvm::StringRef Word) {
        return llvm::StringRef(LowerName).contains(Word);
      }))
    return;

  // A copy that does not overwrite destroys nothing.
  bool IsStdOperation = utils::isInStdOrNested(Func);
  if (IsStdOperation && Func->getIdentifier() &&
      (Func->getName() == "copy" || Func->getName() == "copy_file") &&
      !llvm::any_of(Call->arguments(), mentionsOverwrite))
    return;

  // `if (!fs::remove(P, Ec))`: the result reports the failure too.
  if (!Func->getReturnType()->isVoidType() && !isDiscarded(Call, Ctx))
    return;

  if (isOnDetectedErrorPath(Call, Ctx))
    return;

  const auto *Owner = dyn_cast<FunctionDecl>(Var->getDeclContext());
  const Stmt *Body = Owner ? Owner->getBody() : nullptr;
  if (!Body)
    return;

  llvm::SmallVector<const DeclRefExpr *, 8> Uses;
  collectUses(Body, Var, Uses);
  const SourceManager &SM = *Result.SourceManager;
  SourceLocation Start = scanStart(Call, Ctx);
  for (const DeclRefExpr *Use : Uses) {
    if (Use == ErrorArg)
      continue;
    // Read inside a lambda, or through another name: assume it is read.
    if (Use->refersToEnclosingVariableOrCapture() || makesAlias(Use, Ctx))
      return;
    if (!SM.isBeforeInTranslationUnit(Start, Use->getBeginLoc()))
      continue;
    if (!onlyOverwrites(Use, Ctx))
      return;
  }

  diag(ErrorArg->getBeginLoc(),
       "the std::error_code '%0' of '%1' is never read: if the call fails, "
       "nothing notices and the code carries on as if it had worked; test "
       "'%0' after the call, or use the overload that throws")
      << Var->getName() << utils::writtenQualifiedName(Func)
      << Call->getSourceRange();
}

} // namespace clang::tidy::blastradius
