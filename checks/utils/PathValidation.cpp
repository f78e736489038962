//===--- PathValidation.cpp - blastradius ---------------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//
//
// The analysis behind blastradius-unvalidated-filesystem-delete, out of the
// check so that the check only matches and reports: which functions delete,
// what a tree walk's callback deletes with, which parts of a path are only
// known at run time, and whether each of them is validated on every path to
// the delete.
//
//===----------------------------------------------------------------------===//

#include "utils/PathValidation.h"
#include "utils/CheckUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/Stmt.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <utility>

using namespace clang::ast_matchers;

namespace clang::tidy::blastradius::utils {

namespace {

// The delete functions, by fully qualified name. Sources: the C++17 standard
// ([fs.op.remove], [fs.op.remove.all]), libstdc++ (`std::filesystem`,
// `std::experimental::filesystem::v1`), libc++ (`std::__fs::filesystem`,
// reached through the `std::filesystem` alias), POSIX.1-2017 (<unistd.h>
// `unlink`, `rmdir`, `unlinkat`; <ftw.h> `nftw`) and C (<stdio.h> `remove`).
// `hasAnyName` looks through inline namespaces (`std::__1`, `v1`).

/// Delete a path and everything below it.
const llvm::StringRef StdRemoveAllNames[] = {
    "::std::filesystem::remove_all",
    "::std::__fs::filesystem::remove_all",
    "::std::experimental::filesystem::remove_all",
};

/// Delete one file or empty directory.
const llvm::StringRef StdRemoveNames[] = {
    "::std::filesystem::remove",
    "::std::__fs::filesystem::remove",
    "::std::experimental::filesystem::remove",
};

/// C and POSIX functions that delete one directory entry. Only their
/// `extern "C"` declarations match: a C++ function `::remove` is not these.
/// The path is the first argument, except for `unlinkat(DirFd, Path, Flags)`.
const llvm::StringRef CRemoveNames[] = {"::remove", "::unlink", "::rmdir",
                                        "::unlinkat"};

/// File-tree walks that delete when their callback does.
const llvm::StringRef TreeWalkNames[] = {"::nftw", "::nftw64"};

/// Unqualified names of the functions a tree-walk callback deletes with.
const llvm::StringRef DeleteFunctionNames[] = {"remove", "remove_all", "unlink",
                                               "rmdir", "unlinkat"};

/// Accessors of `std::filesystem::path` and `std::string` that yield the same
/// path in another form: a test on their result is a test on the object.
const llvm::StringRef SamePathAccessors[] = {
    "string",         "native",           "c_str",
    "generic_string", "u8string",         "generic_u8string",
    "wstring",        "lexically_normal", "data"};

/// Methods of `std::filesystem::path` and `std::string` that change the
/// object; a call to one between a validation and the delete voids it.
const llvm::StringRef MutatingMethods[] = {"assign",
                                           "append",
                                           "concat",
                                           "clear",
                                           "swap",
                                           "replace_filename",
                                           "replace_extension",
                                           "remove_filename",
                                           "make_preferred",
                                           "insert",
                                           "erase",
                                           "replace",
                                           "push_back",
                                           "pop_back",
                                           "resize"};

/// Accessors of `std::filesystem::path` that name the root of a path.
const llvm::StringRef RootAccessors[] = {"root_path", "root_directory",
                                         "root_name"};

/// `std::string` members whose result compared with 0 is a prefix test:
/// `S.rfind(Base, 0) == 0`, `S.find(Base) == 0`,
/// `S.compare(0, Base.size(), Base) == 0`.
const llvm::StringRef PrefixPositionMethods[] = {"rfind", "find", "compare"};

template <size_t N>
bool isOneOf(llvm::StringRef Name, const llvm::StringRef (&Names)[N]) {
  return !Name.empty() && llvm::is_contained(Names, Name);
}

/// The identifier naming \p D, or "" (operators, conversions).
llvm::StringRef identifierOf(const NamedDecl *D) {
  return D && D->getDeclName().isIdentifier() ? D->getName() : "";
}

/// Whether \p Func is one of the standard or C delete functions above.
bool isDeleteFunction(const FunctionDecl *Func) {
  if (!isOneOf(identifierOf(Func), DeleteFunctionNames))
    return false;
  if (Func->isExternC())
    return Func->getDeclContext()->getRedeclContext()->isTranslationUnit();
  const auto *NS = dyn_cast<NamespaceDecl>(Func->getDeclContext());
  while (NS && NS->isInline())
    NS = dyn_cast<NamespaceDecl>(NS->getDeclContext());
  return NS && NS->getName() == "filesystem" && isInStdOrNested(Func);
}

/// Whether \p Func is a `std` function called \p Name.
bool isStdFunction(const FunctionDecl *Func, llvm::StringRef Name) {
  return Func && identifierOf(Func) == Name && isInStdOrNested(Func);
}

/// Recursion limit when following `const` variables to their initialisers.
constexpr unsigned MaxDepth = 8;

/// How many earlier statements of one block are searched for a validation.
constexpr unsigned MaxScannedStatements = 64;

/// How many AST nodes one search for a modification of a variable visits.
constexpr unsigned MaxScannedNodes = 4096;

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

/// The variables a path expression stands for, found by following it through
/// same-path accessors (`P.string()`), conversions (`fs::path(S)`),
/// `canonical`/`weakly_canonical`/`relative` and the initialisers of local
/// variables (`auto C = fs::weakly_canonical(P)` stands for `C` and `P`).
struct PathSubjects {
  llvm::SmallVector<const ValueDecl *, 4> Vars;
  /// The chain went through `canonical`, `weakly_canonical`, `relative` or
  /// `proximate`: symlinks and `..` are resolved.
  bool Canonical = false;
  /// The chain went through `lexically_relative`, `lexically_proximate`,
  /// `relative` or `proximate`: the value is relative to a base.
  bool Relative = false;

  bool contains(const ValueDecl *V) const {
    return llvm::is_contained(Vars, V);
  }
};

void collectSubjects(const Expr *E, PathSubjects &Subjects,
                     unsigned Depth = 0) {
  if (!E || Depth > MaxDepth)
    return;
  E = stripValuePreserving(E);

  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const ValueDecl *D = DRE->getDecl();
    Subjects.Vars.push_back(D);
    const auto *Var = dyn_cast<VarDecl>(D);
    if (Var && !isa<ParmVarDecl>(Var) && Var->hasLocalStorage())
      collectSubjects(Var->getInit(), Subjects, Depth + 1);
    return;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    Subjects.Vars.push_back(ME->getMemberDecl());
    return;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    if (Construct->getNumArgs() >= 1)
      collectSubjects(Construct->getArg(0), Subjects, Depth + 1);
    return;
  }
  if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *Method = MemberCall->getMethodDecl();
    llvm::StringRef Name = identifierOf(Method);
    if (!Method || !isInStdOrNested(Method))
      return;
    if (Name == "lexically_relative" || Name == "lexically_proximate")
      Subjects.Relative = true;
    else if (!(isOneOf(Name, SamePathAccessors) &&
               MemberCall->getNumArgs() == 0))
      return;
    collectSubjects(MemberCall->getImplicitObjectArgument(), Subjects,
                    Depth + 1);
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || !isInStdOrNested(Callee) || Call->getNumArgs() == 0)
      return;
    llvm::StringRef Name = identifierOf(Callee);
    if (Name == "canonical" || Name == "weakly_canonical") {
      Subjects.Canonical = true;
    } else if (Name == "relative" || Name == "proximate") {
      // fs::relative(P, Base) is weakly_canonical(P).lexically_relative(
      // weakly_canonical(Base)).
      Subjects.Canonical = true;
      Subjects.Relative = true;
    } else if (Name != "absolute") {
      return;
    }
    collectSubjects(Call->getArg(0), Subjects, Depth + 1);
  }
}

PathSubjects subjectsOf(const Expr *E) {
  PathSubjects Subjects;
  collectSubjects(E, Subjects);
  return Subjects;
}

/// For an iterator argument `X.begin()`/`X.end()`, the range `X`.
const Expr *rangeOfIterator(const Expr *E) {
  E = stripValuePreserving(E);
  if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(E)) {
    llvm::StringRef Name = identifierOf(MemberCall->getMethodDecl());
    if (Name == "begin" || Name == "end" || Name == "cbegin" || Name == "cend")
      return MemberCall->getImplicitObjectArgument();
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    llvm::StringRef Name = identifierOf(Callee);
    if (Callee && isInStdOrNested(Callee) && Call->getNumArgs() == 1 &&
        (Name == "begin" || Name == "end"))
      return Call->getArg(0);
  }
  return E;
}

/// Whether a range argument of the algorithm call \p Call stands for \p V
/// after `canonical`/`weakly_canonical`.
bool algorithmComparesCanonical(const CallExpr *Call, const ValueDecl *V) {
  for (const Expr *Arg : Call->arguments()) {
    PathSubjects Subjects = subjectsOf(rangeOfIterator(Arg));
    if (Subjects.Canonical && Subjects.contains(V))
      return true;
  }
  return false;
}

/// An `==` or `!=` comparison, built in, overloaded or rewritten (C++20).
struct Equality {
  bool IsEqual;
  const Expr *LHS;
  const Expr *RHS;
  /// An overloaded operator: the operands are objects (paths, strings), not
  /// pointers or integers.
  bool Overloaded;
};

std::optional<Equality> decomposeEquality(const Expr *E) {
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_EQ || BO->getOpcode() == BO_NE)
      return Equality{BO->getOpcode() == BO_EQ, BO->getLHS(), BO->getRHS(),
                      false};
    return std::nullopt;
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    OverloadedOperatorKind Kind = Op->getOperator();
    if ((Kind == OO_EqualEqual || Kind == OO_ExclaimEqual) &&
        Op->getNumArgs() == 2)
      return Equality{Kind == OO_EqualEqual, Op->getArg(0), Op->getArg(1),
                      true};
    return std::nullopt;
  }
  if (const auto *Rewritten = dyn_cast<CXXRewrittenBinaryOperator>(E)) {
    BinaryOperatorKind Kind = Rewritten->getOperator();
    if (Kind == BO_EQ || Kind == BO_NE)
      return Equality{Kind == BO_EQ, Rewritten->getLHS(), Rewritten->getRHS(),
                      true};
  }
  return std::nullopt;
}

/// The text of a string literal, also one converted to a `path` or `string`.
std::optional<llvm::StringRef> stringLiteralValue(const Expr *E) {
  E = stripValuePreserving(E);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    if (Construct->getNumArgs() >= 1)
      E = stripValuePreserving(Construct->getArg(0));
  if (const auto *Literal = dyn_cast<StringLiteral>(E))
    if (Literal->getCharByteWidth() == 1)
      return Literal->getString();
  return std::nullopt;
}

bool isZeroLiteral(const Expr *E) {
  const auto *Literal = dyn_cast<IntegerLiteral>(stripValuePreserving(E));
  return Literal && Literal->getValue() == 0;
}

/// For `std::mismatch(...)`, `std::mismatch(...).first`, a variable or a
/// structured binding initialised from one: the `std::mismatch` call.
const CallExpr *mismatchCall(const Expr *E, unsigned Depth = 0) {
  if (!E || Depth > MaxDepth)
    return nullptr;
  E = stripValuePreserving(E);
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return mismatchCall(ME->getBase(), Depth + 1);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const ValueDecl *D = DRE->getDecl();
    if (const auto *Binding = dyn_cast<BindingDecl>(D))
      D = Binding->getDecomposedDecl();
    const auto *Var = dyn_cast_or_null<VarDecl>(D);
    if (!Var || isa<ParmVarDecl>(Var) || !Var->hasLocalStorage())
      return nullptr;
    return mismatchCall(Var->getInit(), Depth + 1);
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return Construct->getNumArgs() == 1
               ? mismatchCall(Construct->getArg(0), Depth + 1)
               : nullptr;
  const auto *Call = dyn_cast<CallExpr>(E);
  if (Call && isStdFunction(Call->getDirectCallee(), "mismatch"))
    return Call;
  return nullptr;
}

/// For `*Rel.begin()` or `Rel.begin()->...`: `Rel`.
const Expr *firstElementRange(const Expr *E) {
  E = stripValuePreserving(E);
  if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(E))
    if (isOneOf(identifierOf(MemberCall->getMethodDecl()), SamePathAccessors))
      E = stripValuePreserving(MemberCall->getImplicitObjectArgument());
  const Expr *Iterator = nullptr;
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_Deref)
      Iterator = UO->getSubExpr();
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    if (Op->getOperator() == OO_Star && Op->getNumArgs() == 1)
      Iterator = Op->getArg(0);
  }
  if (!Iterator)
    return nullptr;
  const auto *Begin =
      dyn_cast<CXXMemberCallExpr>(stripValuePreserving(Iterator));
  if (!Begin || identifierOf(Begin->getMethodDecl()) != "begin")
    return nullptr;
  return Begin->getImplicitObjectArgument();
}

/// The variable an assignment or a mutating call writes to: `P` in `P = X`,
/// `P.M`, not through member calls.
const ValueDecl *writtenVariable(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return DRE->getDecl();
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return ME->getMemberDecl();
  return nullptr;
}

/// Decides whether the path variables of a delete call are validated on
/// every path to the call.
class ValidationFinder {
public:
  ValidationFinder(ASTContext &Ctx, bool AcceptEmptinessTests,
                   llvm::ArrayRef<std::string> ValidationFunctions)
      : Ctx(Ctx), AcceptEmptinessTests(AcceptEmptinessTests),
        ValidationFunctions(ValidationFunctions) {}

  /// Whether \p Func is one of the project's validation functions.
  bool isValidationFunction(const FunctionDecl *Func) const {
    if (!Func || ValidationFunctions.empty())
      return false;
    std::string Name = Func->getQualifiedNameAsString();
    return llvm::any_of(ValidationFunctions, [&](const std::string &Wanted) {
      return llvm::StringRef(Wanted).ltrim(':') == Name;
    });
  }

  /// Whether \p E is a call to a validation function with an argument that
  /// stands for \p V.
  const CallExpr *validationCallOn(const Expr *E, const ValueDecl *V) const {
    const auto *Call = dyn_cast<CallExpr>(stripValuePreserving(E));
    if (!Call || !isValidationFunction(Call->getDirectCallee()))
      return nullptr;
    for (const Expr *Arg : Call->arguments())
      if (subjectsOf(Arg).contains(V))
        return Call;
    return nullptr;
  }

  /// Whether \p V is validated whenever \p Cond evaluates to \p WhenTrue.
  bool conditionValidates(const Expr *Cond, const ValueDecl *V, bool WhenTrue,
                          unsigned Depth = 0) const {
    if (!Cond || Depth > MaxDepth)
      return false;
    Cond = stripValuePreserving(Cond);
    if (const auto *UO = dyn_cast<UnaryOperator>(Cond)) {
      if (UO->getOpcode() == UO_LNot)
        return conditionValidates(UO->getSubExpr(), V, !WhenTrue, Depth + 1);
      return false;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(Cond)) {
      // `A && B` is true when both are; false when either is false.
      // `A || B` is true when either is; false when both are false.
      if (BO->getOpcode() == BO_LAnd || BO->getOpcode() == BO_LOr) {
        bool EitherSuffices = (BO->getOpcode() == BO_LAnd) == WhenTrue;
        bool L = conditionValidates(BO->getLHS(), V, WhenTrue, Depth + 1);
        bool R = conditionValidates(BO->getRHS(), V, WhenTrue, Depth + 1);
        return EitherSuffices ? (L || R) : (L && R);
      }
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Cond))
      if (Op->getOperator() == OO_Exclaim && Op->getNumArgs() == 1)
        return conditionValidates(Op->getArg(0), V, !WhenTrue, Depth + 1);
    // `if (Ec)`, `if (Ok)`: a contextual conversion of a result.
    if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(Cond))
      if (isa_and_nonnull<CXXConversionDecl>(MemberCall->getMethodDecl()))
        return conditionValidates(MemberCall->getImplicitObjectArgument(), V,
                                  WhenTrue, Depth + 1);
    return atomValidates(Cond, V, WhenTrue, Depth);
  }

  /// Whether the earlier statement \p S of a block validates \p V for the
  /// statements after it.
  bool statementValidates(const Stmt *S, const ValueDecl *V) const {
    // `if (P.empty() || P == "/") return;`
    if (const auto *If = dyn_cast<IfStmt>(S))
      return !If->getElse() && neverFallsThrough(If->getThen()) &&
             conditionValidates(If->getCond(), V, /*WhenTrue=*/false);
    // `fs::path Victim = checkedInside(Base, Name);`
    if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : Decls->decls()) {
        const auto *Var = dyn_cast<VarDecl>(D);
        if (Var && Var == V && Var->getInit() &&
            isValidationFunction(validationCallee(Var->getInit())))
          return true;
      }
      return false;
    }
    // `requireInside(Base, P);`: a validation that throws or aborts.
    const auto *E = dyn_cast<Expr>(S);
    if (!E)
      return false;
    const CallExpr *Call = validationCallOn(E, V);
    return Call && !isStatusType(Call->getCallReturnType(Ctx));
  }

  /// Whether \p S (an earlier statement) may change \p V.
  bool modifies(const Stmt *S, const ValueDecl *V) const {
    unsigned Budget = MaxScannedNodes;
    return modifies(S, V, Budget);
  }

  /// Whether \p V is validated on every path to \p Call: by an enclosing
  /// `if`, or by an earlier statement of an enclosing block with no
  /// assignment to \p V between it and the call.
  bool isValidatedAt(const Expr *Call, const ValueDecl *V) const {
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
            conditionValidates(If->getCond(), V, /*WhenTrue=*/true))
          return true;
        if (ChildStmt && ChildStmt == If->getElse() &&
            conditionValidates(If->getCond(), V, /*WhenTrue=*/false))
          return true;
      }
      if (const auto *Block = Parent.get<CompoundStmt>()) {
        auto Body = Block->body();
        auto It = llvm::find(Body, ChildStmt);
        // A `case` or a label is entered by a jump that skips the statements
        // before it: only what follows the last label before the call (and
        // the labelled statement itself) is on every path to the call.
        bool Entered = isa_and_nonnull<SwitchCase, LabelStmt>(ChildStmt);
        unsigned Scanned = 0;
        while (!Entered && It != Body.begin() &&
               Scanned++ < MaxScannedStatements) {
          --It;
          const Stmt *Earlier = *It;
          Entered = isa<SwitchCase, LabelStmt>(Earlier);
          Earlier = unwrapLabels(Earlier);
          if (statementValidates(Earlier, V))
            return true;
          if (modifies(Earlier, V))
            return false;
        }
      }
      Child = Parent;
    }
  }

private:
  /// The callee of \p E if it is a call, looking through copies.
  static const FunctionDecl *validationCallee(const Expr *E) {
    E = stripValuePreserving(E);
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
      if (Construct->getNumArgs() == 1)
        E = stripValuePreserving(Construct->getArg(0));
    const auto *Call = dyn_cast<CallExpr>(E);
    return Call ? Call->getDirectCallee() : nullptr;
  }

  /// The statement under `case X:`, `default:` and `Label:`.
  static const Stmt *unwrapLabels(const Stmt *S) {
    while (true) {
      if (const auto *Case = dyn_cast<SwitchCase>(S))
        S = Case->getSubStmt();
      else if (const auto *Label = dyn_cast<LabelStmt>(S))
        S = Label->getSubStmt();
      else
        return S;
    }
  }

  /// Whether a discarded result of this type means that nothing was checked:
  /// `bool`, integers, pointers, `std::error_code`. A validation function
  /// returning one of these validates only when its result is tested.
  static bool isStatusType(QualType Type) {
    Type = Type.getNonReferenceType().getCanonicalType();
    if (Type->isVoidType())
      return false;
    if (const CXXRecordDecl *Record = Type->getAsCXXRecordDecl())
      return identifierOf(Record) == "error_code" && isInStdOrNested(Record);
    return true;
  }

  bool atomValidates(const Expr *E, const ValueDecl *V, bool WhenTrue,
                     unsigned Depth) const {
    // `P.empty()` is true when P is not validated.
    if (isEmptyTestOf(E, V))
      return AcceptEmptinessTests && !WhenTrue;

    // `isSafeToDelete(P)`: true means valid when it returns bool; the
    // meaning of another status (int, error_code) is not known, so either
    // branch counts.
    if (const CallExpr *Call = validationCallOn(E, V))
      return !Call->getCallReturnType(Ctx)->isBooleanType() || WhenTrue;

    // `Str.starts_with(Base)` on a canonical path.
    if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(E)) {
      if (identifierOf(MemberCall->getMethodDecl()) == "starts_with" &&
          MemberCall->getNumArgs() == 1 &&
          isCanonical(MemberCall->getImplicitObjectArgument(), V))
        return WhenTrue;
    }

    // `std::equal(Base.begin(), Base.end(), C.begin())`.
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      if (isStdFunction(Call->getDirectCallee(), "equal") &&
          algorithmComparesCanonical(Call, V))
        return WhenTrue;
    }

    if (std::optional<Equality> Eq = decomposeEquality(E))
      return equalityValidates(*Eq, V, WhenTrue);

    // `bool Inside = ...; if (!Inside) return;`
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *Var = dyn_cast<VarDecl>(DRE->getDecl());
      if (Var && Var != V && !isa<ParmVarDecl>(Var) && Var->hasLocalStorage() &&
          Var->getInit())
        return conditionValidates(Var->getInit(), V, WhenTrue, Depth + 1);
    }
    return false;
  }

  bool equalityValidates(const Equality &Eq, const ValueDecl *V,
                         bool WhenTrue) const {
    // The value of the condition for which the comparison holds.
    bool WhenHolds = Eq.IsEqual ? WhenTrue : !WhenTrue;
    for (auto [Side, Other] :
         {std::pair(Eq.LHS, Eq.RHS), std::pair(Eq.RHS, Eq.LHS)}) {
      const Expr *Stripped = stripValuePreserving(Side);

      // `statusOf(P) != 0`: what a status means is not known, either branch
      // counts; `isSafe(P) == false` has the meaning of its bool.
      if (const CallExpr *Call = validationCallOn(Side, V)) {
        if (!Call->getCallReturnType(Ctx)->isBooleanType())
          return true;
        const auto *Bool =
            dyn_cast<CXXBoolLiteralExpr>(stripValuePreserving(Other));
        return Bool && (Bool->getValue() ? WhenHolds : !WhenHolds);
      }

      // `Str.rfind(Base, 0) == 0`: Str starts with Base. (`Str.compare(Base)`
      // with one argument is an equality test, not a prefix test.)
      if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(Stripped)) {
        llvm::StringRef Name = identifierOf(MemberCall->getMethodDecl());
        unsigned MinArgs = Name == "compare" ? 3 : 1;
        if (isOneOf(Name, PrefixPositionMethods) &&
            MemberCall->getNumArgs() >= MinArgs && isZeroLiteral(Other) &&
            isCanonical(MemberCall->getImplicitObjectArgument(), V))
          return WhenHolds;
      }

      // `auto [BaseEnd, It] = std::mismatch(...); BaseEnd == Base.end()`.
      if (const CallExpr *Mismatch = mismatchCall(Side))
        if (algorithmComparesCanonical(Mismatch, V))
          return WhenHolds;

      // `*Rel.begin() != ".."` with `Rel = C.lexically_relative(Base)`.
      if (const Expr *Range = firstElementRange(Side)) {
        std::optional<llvm::StringRef> Text = stringLiteralValue(Other);
        PathSubjects Subjects = subjectsOf(Range);
        if (Text && *Text == ".." && Subjects.Canonical && Subjects.Relative &&
            Subjects.contains(V))
          return !WhenHolds;
      }
    }

    // `P == "/"`, `P != Base`, `P.root_path() == P`: P is not the root or
    // the base itself when the comparison fails. Only comparisons of
    // objects: `Dir == "/"` on a `const char *` compares addresses.
    if (!Eq.Overloaded)
      return false;
    for (auto [Side, Other] :
         {std::pair(Eq.LHS, Eq.RHS), std::pair(Eq.RHS, Eq.LHS)}) {
      PathSubjects Subjects = subjectsOf(Side);
      if (Subjects.Relative || !Subjects.contains(V))
        continue;
      if (isRootAccessor(Other) || !subjectsOf(Other).contains(V))
        return !WhenHolds;
    }
    return false;
  }

  static bool isRootAccessor(const Expr *E) {
    const auto *MemberCall =
        dyn_cast<CXXMemberCallExpr>(stripValuePreserving(E));
    return MemberCall &&
           isOneOf(identifierOf(MemberCall->getMethodDecl()), RootAccessors);
  }

  /// Whether \p E stands for \p V after `canonical`/`weakly_canonical`.
  static bool isCanonical(const Expr *E, const ValueDecl *V) {
    PathSubjects Subjects = subjectsOf(E);
    return Subjects.Canonical && !Subjects.Relative && Subjects.contains(V);
  }

  /// Whether \p Cond is `V.empty()` (or `V.string().empty()`).
  static bool isEmptyTestOf(const Expr *Cond, const ValueDecl *V) {
    const auto *Call = dyn_cast<CXXMemberCallExpr>(stripValuePreserving(Cond));
    if (!Call || Call->getNumArgs() != 0 ||
        identifierOf(Call->getMethodDecl()) != "empty")
      return false;
    return referencedVariable(Call->getImplicitObjectArgument()) == V;
  }

  bool modifies(const Stmt *S, const ValueDecl *V, unsigned &Budget) const {
    if (!S || Budget == 0)
      return false;
    --Budget;
    // A lambda's body does not run where it is defined.
    if (isa<LambdaExpr>(S))
      return false;
    if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
      if (BO->isAssignmentOp() && writtenVariable(BO->getLHS()) == V)
        return true;
    } else if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
      if (UO->isIncrementDecrementOp() &&
          writtenVariable(UO->getSubExpr()) == V)
        return true;
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S)) {
      if (Op->isAssignmentOp() && Op->getNumArgs() >= 1 &&
          writtenVariable(Op->getArg(0)) == V)
        return true;
    } else if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(S)) {
      if (isOneOf(identifierOf(MemberCall->getMethodDecl()), MutatingMethods) &&
          writtenVariable(MemberCall->getImplicitObjectArgument()) == V)
        return true;
    }
    // Passed by non-const lvalue reference: `readPath(P)`, `std::swap(P, Q)`.
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      if (const FunctionDecl *Callee = Call->getDirectCallee()) {
        unsigned Offset =
            isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) ? 1
                                                                         : 0;
        for (unsigned I = Offset, N = Call->getNumArgs(); I < N; ++I) {
          if (I - Offset >= Callee->getNumParams())
            break;
          QualType Param = Callee->getParamDecl(I - Offset)->getType();
          if (Param->isLValueReferenceType() &&
              !Param.getNonReferenceType().isConstQualified() &&
              writtenVariable(Call->getArg(I)) == V)
            return true;
        }
      }
    }
    for (const Stmt *Sub : S->children())
      if (modifies(Sub, V, Budget))
        return true;
    return false;
  }

  ASTContext &Ctx;
  const bool AcceptEmptinessTests;
  llvm::ArrayRef<std::string> ValidationFunctions;
};

/// The body of a `nftw` callback: a function, `&function`, a captureless
/// lambda (`[](...) {...}`, `+[](...) {...}`) or a local variable holding
/// one. Null when it cannot be seen (declared in another file, a parameter).
const Stmt *callbackBody(const Expr *E) {
  for (unsigned Depth = 0; E && Depth <= MaxDepth; ++Depth) {
    E = stripValuePreserving(E);
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() != UO_AddrOf && UO->getOpcode() != UO_Plus)
        return nullptr;
      E = UO->getSubExpr();
      continue;
    }
    if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(E)) {
      // The lambda's conversion to a function pointer.
      if (!isa_and_nonnull<CXXConversionDecl>(MemberCall->getMethodDecl()))
        return nullptr;
      E = MemberCall->getImplicitObjectArgument();
      continue;
    }
    if (const auto *Lambda = dyn_cast<LambdaExpr>(E))
      return Lambda->getBody();
    const auto *DRE = dyn_cast<DeclRefExpr>(E);
    if (!DRE)
      return nullptr;
    if (const auto *Func = dyn_cast<FunctionDecl>(DRE->getDecl())) {
      const FunctionDecl *Definition = nullptr;
      return Func->hasBody(Definition) ? Definition->getBody() : nullptr;
    }
    const auto *Var = dyn_cast<VarDecl>(DRE->getDecl());
    if (!Var || isa<ParmVarDecl>(Var))
      return nullptr;
    QualType Type = Var->getType().getNonReferenceType();
    if (!Type.isConstQualified() && !Type->isRecordType())
      return nullptr; // a function pointer that may be reassigned
    E = Var->getInit();
  }
  return nullptr;
}

/// The first call in \p Body to a delete function, or null.
const FunctionDecl *findDeleteCall(const Stmt *Body) {
  if (!Body)
    return nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(Body))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      if (isDeleteFunction(Callee))
        return Callee;
  for (const Stmt *Sub : Body->children())
    if (const FunctionDecl *Found = findDeleteCall(Sub))
      return Found;
  return nullptr;
}

/// Whether \p V is the path parameter of a `nftw` callback (a function with
/// a `struct FTW *` parameter): an entry found by the walk, judged at the
/// `nftw` call instead.
bool isTreeWalkEntry(const ValueDecl *V) {
  const auto *Param = dyn_cast<ParmVarDecl>(V);
  const auto *Func =
      Param ? dyn_cast<FunctionDecl>(Param->getDeclContext()) : nullptr;
  if (!Func)
    return false;
  return llvm::any_of(Func->parameters(), [](const ParmVarDecl *Other) {
    QualType Pointee = Other->getType()->getPointeeType();
    return !Pointee.isNull() && Pointee->isRecordType() &&
           identifierOf(Pointee->getAsRecordDecl()) == "FTW";
  });
}

/// For `fs::weakly_canonical(P)`, `fs::absolute(P)`, `P.lexically_normal()`:
/// the same path in another form.
const Expr *samePathOperand(const Expr *E) {
  E = stripValuePreserving(E);
  if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(E))
    return identifierOf(MemberCall->getMethodDecl()) == "lexically_normal"
               ? MemberCall->getImplicitObjectArgument()
               : nullptr;
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call || Call->getNumArgs() == 0)
    return nullptr;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (isStdFunction(Callee, "canonical") ||
      isStdFunction(Callee, "weakly_canonical") ||
      isStdFunction(Callee, "absolute"))
    return Call->getArg(0);
  return nullptr;
}

/// For the loop variable of `for (auto &E : fs::directory_iterator(Dir))`
/// (also `recursive_directory_iterator`): `Dir`. The entries lie inside it,
/// so the delete is judged on it.
const Expr *directoryIteratorRoot(const ValueDecl *V, ASTContext &Ctx) {
  const auto *Var = dyn_cast<VarDecl>(V);
  if (!Var || !Var->hasLocalStorage())
    return nullptr;
  DynTypedNodeList DeclParents = Ctx.getParents(*Var);
  const auto *Decls =
      DeclParents.empty() ? nullptr : DeclParents[0].get<DeclStmt>();
  if (!Decls)
    return nullptr;
  DynTypedNodeList StmtParents = Ctx.getParents(*Decls);
  const auto *Loop =
      StmtParents.empty() ? nullptr : StmtParents[0].get<CXXForRangeStmt>();
  if (!Loop || Loop->getLoopVariable() != Var)
    return nullptr;
  const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(
      stripValuePreserving(Loop->getRangeInit()));
  if (!Construct || Construct->getNumArgs() == 0)
    return nullptr;
  const CXXRecordDecl *Iterator = Construct->getConstructor()->getParent();
  llvm::StringRef Name = identifierOf(Iterator);
  if ((Name != "directory_iterator" &&
       Name != "recursive_directory_iterator") ||
      !isInStdOrNested(Iterator))
    return nullptr;
  return Construct->getArg(0);
}

/// Whether the computed part \p Leaf of the path of \p Call is validated:
/// a validation function's result, a variable validated at the call, a
/// `nftw` callback's entry, or a directory entry of a validated directory.
bool isLeafValidated(const Expr *Leaf, const CallExpr *Call,
                     const ValidationFinder &Finder, ASTContext &Ctx,
                     unsigned Depth = 0) {
  for (; Leaf && Depth <= MaxDepth; ++Depth) {
    if (const auto *LeafCall = dyn_cast<CallExpr>(stripValuePreserving(Leaf)))
      if (Finder.isValidationFunction(LeafCall->getDirectCallee()))
        return true;
    if (const ValueDecl *V = referencedVariable(Leaf)) {
      if (isTreeWalkEntry(V) || Finder.isValidatedAt(Call, V))
        return true;
      const Expr *Root = directoryIteratorRoot(V, Ctx);
      if (!Root)
        return false;
      llvm::SmallVector<const Expr *, 4> RootLeaves;
      ComputedLeafCollector(Ctx).collect(Root, RootLeaves);
      return llvm::all_of(RootLeaves, [&](const Expr *RootLeaf) {
        return isLeafValidated(RootLeaf, Call, Finder, Ctx, Depth + 1);
      });
    }
    Leaf = samePathOperand(Leaf);
  }
  return false;
}

} // namespace

llvm::ArrayRef<llvm::StringRef> recursiveDeleteNames() { return StdRemoveAllNames; }
llvm::ArrayRef<llvm::StringRef> singleDeleteNames() { return StdRemoveNames; }
llvm::ArrayRef<llvm::StringRef> cSingleDeleteNames() { return CRemoveNames; }
llvm::ArrayRef<llvm::StringRef> treeWalkNames() { return TreeWalkNames; }

unsigned deletedPathArgument(const FunctionDecl *Func, bool SingleEntry) {
  return SingleEntry && Func->isExternC() && identifierOf(Func) == "unlinkat" ? 1 : 0;
}

const FunctionDecl *treeWalkCallbackDelete(const Expr *Callback) {
  return findDeleteCall(callbackBody(Callback));
}

bool isPathValidated(const Expr *Path, const CallExpr *Call, ASTContext &Ctx,
                     bool IgnoreEmptyChecked,
                     const std::vector<std::string> &ValidationFunctions) {
  llvm::SmallVector<const Expr *, 4> Leaves;
  ComputedLeafCollector(Ctx).collect(Path, Leaves);
  if (Leaves.empty())
    return true;
  // Every computed part must be validated: a variable validated around the
  // call, or a validation function's result.
  ValidationFinder Finder(Ctx, IgnoreEmptyChecked, ValidationFunctions);
  return llvm::all_of(Leaves, [&](const Expr *Leaf) {
    return isLeafValidated(Leaf, Call, Finder, Ctx);
  });
}

} // namespace clang::tidy::blastradius::utils
