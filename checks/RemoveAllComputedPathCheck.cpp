//===--- RemoveAllComputedPathCheck.cpp - blastradius ---------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "RemoveAllComputedPathCheck.h"
#include "utils/CheckUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/Stmt.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang::ast_matchers;

namespace clang::tidy::blastradius {

namespace {

using utils::isInStdOrNested;
using utils::neverFallsThrough;
using utils::referencedVariable;
using utils::stripValuePreserving;

/// Every spelling of `std::filesystem::remove_all` in the standard libraries
/// we know: libstdc++ (`std::filesystem`), libc++ (`std::__fs::filesystem`,
/// reached through the `std::filesystem` alias) and the Filesystem TS.
/// `hasAnyName` looks through inline namespaces (`std::__1`, `v1`).
const llvm::StringRef StdRemoveAllNames[] = {
    "::std::filesystem::remove_all",
    "::std::__fs::filesystem::remove_all",
    "::std::experimental::filesystem::remove_all",
};

/// Recursion limit when following `const` variables to their initialisers.
constexpr unsigned MaxDepth = 8;

/// Splits an expression into the parts whose value is only known at run time
/// ("computed leaves"). The expression is a compile-time constant exactly
/// when no leaf is found. Constant: literals, `const`/`constexpr` variables
/// initialised from constants, objects constructed from constants,
/// concatenations (`+`, `/`) of constants, `const` member functions of `std`
/// classes called on constants, `constexpr` functions of constants.
class ComputedLeafCollector {
public:
  explicit ComputedLeafCollector(const ASTContext &Ctx) : Ctx(Ctx) {}

  /// Appends the computed leaves of \p E to \p Leaves.
  void collect(const Expr *E, llvm::SmallVectorImpl<const Expr *> &Leaves,
               unsigned Depth = 0) const {
    if (!E)
      return;
    E = stripValuePreserving(E);
    if (Depth > MaxDepth || E->isTypeDependent() || E->isValueDependent()) {
      Leaves.push_back(E);
      return;
    }

    if (isa<StringLiteral, CharacterLiteral, IntegerLiteral, FloatingLiteral,
            CXXBoolLiteralExpr, CXXNullPtrLiteralExpr>(E))
      return;

    if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E)) {
      collect(Default->getExpr(), Leaves, Depth + 1);
      return;
    }

    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      collectVariable(DRE, DRE->getDecl(), Leaves, Depth);
      return;
    }

    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      // Only a static data member is a variable whose initialiser we can see;
      // a non-static member is set at run time by some constructor.
      collectVariable(ME, ME->getMemberDecl(), Leaves, Depth);
      return;
    }

    // `std::filesystem::path("/x")`, `std::string(Literal)`, a `path`
    // converted implicitly from a `const char *`, a copy of a constant.
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      for (const Expr *Arg : Construct->arguments())
        collect(Arg, Leaves, Depth + 1);
      return;
    }

    if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
      // Either branch is taken; the condition only picks one of them.
      collect(Cond->getTrueExpr(), Leaves, Depth + 1);
      collect(Cond->getFalseExpr(), Leaves, Depth + 1);
      return;
    }

    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      OverloadedOperatorKind Kind = Op->getOperator();
      if (Kind == OO_Plus || Kind == OO_Slash) {
        for (const Expr *Arg : Op->arguments())
          collect(Arg, Leaves, Depth + 1);
        return;
      }
      Leaves.push_back(E);
      return;
    }

    if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(E)) {
      // `Base.string()`, `Base.c_str()`, `Base.parent_path()`: the standard
      // library's const accessors do not invent a value.
      const CXXMethodDecl *Method = MemberCall->getMethodDecl();
      if (Method && Method->isConst() && isInStdOrNested(Method)) {
        collect(MemberCall->getImplicitObjectArgument(), Leaves, Depth + 1);
        for (const Expr *Arg : MemberCall->arguments())
          collect(Arg, Leaves, Depth + 1);
        return;
      }
      Leaves.push_back(E);
      return;
    }

    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      // `"/x"s` and `constexpr` helpers: a function of constants only.
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (isa<UserDefinedLiteral>(Call) || (Callee && Callee->isConstexpr())) {
        for (const Expr *Arg : Call->arguments())
          collect(Arg, Leaves, Depth + 1);
        return;
      }
      Leaves.push_back(E);
      return;
    }

    // Pointer and integer arithmetic on constants, array elements of
    // constexpr tables, `sizeof` ...
    if (!E->getType()->isRecordType() && E->isEvaluatable(Ctx))
      return;

    Leaves.push_back(E);
  }

private:
  void collectVariable(const Expr *Ref, const ValueDecl *D,
                       llvm::SmallVectorImpl<const Expr *> &Leaves,
                       unsigned Depth) const {
    if (isa<EnumConstantDecl>(D))
      return;
    const auto *Var = dyn_cast<VarDecl>(D);
    if (!Var || isa<ParmVarDecl>(Var)) {
      Leaves.push_back(Ref);
      return;
    }
    QualType Type = Var->getType();
    if (Type->isReferenceType())
      Type = Type->getPointeeType();
    if (!Var->isConstexpr() && !Type.isConstant(Ctx)) {
      Leaves.push_back(Ref);
      return;
    }
    const VarDecl *InitDecl = nullptr;
    const Expr *Init = Var->getAnyInitializer(InitDecl);
    // A `const` variable defined in another translation unit: we cannot see
    // its value, and in practice it is a constant. Precision first.
    if (!Init)
      return;
    llvm::SmallVector<const Expr *, 4> InitLeaves;
    collect(Init, InitLeaves, Depth + 1);
    // A const variable with a computed initialiser is the leaf itself, so
    // that a guard on the variable (`if (!Dir.empty())`) can be recognised.
    if (!InitLeaves.empty())
      Leaves.push_back(Ref);
  }

  const ASTContext &Ctx;
};

/// Whether \p Cond is `V.empty()` for the variable \p V.
bool isEmptyTestOf(const Expr *Cond, const ValueDecl *V) {
  const auto *Call = dyn_cast<CXXMemberCallExpr>(stripValuePreserving(Cond));
  if (!Call || Call->getNumArgs() != 0)
    return false;
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (!Method || !Method->getDeclName().isIdentifier() ||
      Method->getName() != "empty")
    return false;
  return referencedVariable(Call->getImplicitObjectArgument()) == V;
}

/// Whether \p V is known non-empty when \p Cond is true: `!V.empty()`,
/// possibly as one operand of `&&`.
bool impliesNonEmpty(const Expr *Cond, const ValueDecl *V) {
  Cond = stripValuePreserving(Cond);
  if (const auto *BO = dyn_cast<BinaryOperator>(Cond)) {
    if (BO->getOpcode() == BO_LAnd)
      return impliesNonEmpty(BO->getLHS(), V) ||
             impliesNonEmpty(BO->getRHS(), V);
    return false;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(Cond))
    return UO->getOpcode() == UO_LNot && isEmptyTestOf(UO->getSubExpr(), V);
  return false;
}

/// Whether \p V is known non-empty when \p Cond is false: `V.empty()`,
/// possibly as one operand of `||`.
bool falseImpliesNonEmpty(const Expr *Cond, const ValueDecl *V) {
  Cond = stripValuePreserving(Cond);
  if (const auto *BO = dyn_cast<BinaryOperator>(Cond)) {
    if (BO->getOpcode() == BO_LOr)
      return falseImpliesNonEmpty(BO->getLHS(), V) ||
             falseImpliesNonEmpty(BO->getRHS(), V);
    return false;
  }
  return isEmptyTestOf(Cond, V);
}

/// Whether \p V is known non-empty at \p Call because an enclosing `if`
/// tested it, `if (!V.empty()) { ... Call ... }` or
/// `if (V.empty()) { ... } else { ... Call ... }`, or an earlier statement of
/// an enclosing block left when it was empty, `if (V.empty()) return;`.
/// Assignments to \p V between the test and the call are not looked for.
bool isGuardedNonEmpty(const Expr *Call, const ValueDecl *V, ASTContext &Ctx) {
  DynTypedNode Child = DynTypedNode::create(*Call);
  while (true) {
    DynTypedNodeList Parents = Ctx.getParents(Child);
    if (Parents.empty())
      return false;
    const DynTypedNode &Parent = Parents[0];
    if (Parent.get<FunctionDecl>() || Parent.get<LambdaExpr>() ||
        Parent.get<BlockDecl>() || Parent.get<ObjCMethodDecl>())
      return false;
    const Stmt *ChildStmt = Child.get<Stmt>();
    if (const auto *If = Parent.get<IfStmt>()) {
      if (ChildStmt && ChildStmt == If->getThen() &&
          impliesNonEmpty(If->getCond(), V))
        return true;
      if (ChildStmt && ChildStmt == If->getElse() &&
          falseImpliesNonEmpty(If->getCond(), V))
        return true;
    }
    if (const auto *Block = Parent.get<CompoundStmt>()) {
      for (const Stmt *Earlier : Block->body()) {
        if (Earlier == ChildStmt)
          break;
        const auto *If = dyn_cast<IfStmt>(Earlier);
        if (If && !If->getElse() && falseImpliesNonEmpty(If->getCond(), V) &&
            neverFallsThrough(If->getThen()))
          return true;
      }
    }
    Child = Parent;
  }
}

} // namespace

RemoveAllComputedPathCheck::RemoveAllComputedPathCheck(
    StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      ExtraFunctions(Options.get("ExtraFunctions", "")),
      IgnoreEmptyChecked(
          utils::parseBoolOption(*this, "IgnoreEmptyChecked",
                          Options.get("IgnoreEmptyChecked", "true"), true)) {}

void RemoveAllComputedPathCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ExtraFunctions", ExtraFunctions);
  Options.store(Opts, "IgnoreEmptyChecked",
                utils::boolOptionText(IgnoreEmptyChecked));
}

void RemoveAllComputedPathCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> Names(std::begin(StdRemoveAllNames),
                                     std::end(StdRemoveAllNames));
  std::vector<std::string> Extra = utils::parseListOption(ExtraFunctions);
  for (const std::string &Name : Extra)
    Names.push_back(Name);

  Finder->addMatcher(
      callExpr(callee(functionDecl(hasAnyName(Names)).bind("func")),
               hasArgument(0, expr().bind("path")))
          .bind("call"),
      this);
}

void RemoveAllComputedPathCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Func = Result.Nodes.getNodeAs<FunctionDecl>("func");
  const auto *Path = Result.Nodes.getNodeAs<Expr>("path");
  if (!Call || !Func || !Path)
    return;

  llvm::SmallVector<const Expr *, 4> Leaves;
  ComputedLeafCollector(*Result.Context).collect(Path, Leaves);
  if (Leaves.empty())
    return;

  // Every computed part is a variable tested non-empty around the call.
  if (IgnoreEmptyChecked && llvm::all_of(Leaves, [&](const Expr *Leaf) {
        const ValueDecl *V = referencedVariable(Leaf);
        return V && isGuardedNonEmpty(Call, V, *Result.Context);
      }))
    return;

  diag(Call->getBeginLoc(),
       "recursive delete of a computed path: '%0' removes whatever the path "
       "holds at run time, including '/' or the home directory if it is "
       "empty or wrong; validate it (non-empty, inside a base directory) "
       "first")
      << Func->getQualifiedNameAsString() << Path->getSourceRange();
}

} // namespace clang::tidy::blastradius
