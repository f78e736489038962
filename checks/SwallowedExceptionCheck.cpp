//===--- SwallowedExceptionCheck.cpp - blastradius ------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "SwallowedExceptionCheck.h"
#include "utils/CheckUtils.h"
#include "SuppressionDirective.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::blastradius {

namespace {

using utils::referencedVariable;
using utils::stripValuePreserving;

/// The default `ReportingFunctions`: the C stdio and syslog calls, the
/// standard error streams, and the usual names of logging functions and
/// macros (glog/absl `LOG`, spdlog's free functions, `log`/`error`/`warn`
/// methods of project loggers).
constexpr llvm::StringLiteral DefaultReportingFunctions =
    "fprintf;printf;perror;syslog;puts;fputs;std::cerr;std::clog;LOG;log;"
    "error;warn;spdlog::error;spdlog::warn;spdlog::critical;report";

/// Parts of a callee's name that mark it as recording a failure
/// (`setError`, `onFailure`, `logWarning`, `markFailed`), lower case.
const llvm::StringRef FailureCalleeWords[] = {"error", "fail", "warn"};

/// Parts of a variable's name that mark an assignment to it as recording a
/// failure (`LastError = ...`, `Failed = true`, `Status = ...`), lower case.
const llvm::StringRef FailureVariableWords[] = {"err", "fail", "status",
                                                "exception"};

/// Names of enumerators that mean success (`Status::Ok`, `kSuccess`), lower
/// case.
const llvm::StringRef SuccessEnumerators[] = {
    "ok", "kok", "success", "ksuccess", "succeeded", "noerror", "no_error"};

bool containsAnyWord(llvm::StringRef Name,
                     llvm::ArrayRef<llvm::StringRef> Words) {
  std::string Lower = Name.lower();
  return llvm::any_of(Words, [&](llvm::StringRef Word) {
    return llvm::StringRef(Lower).contains(Word);
  });
}

bool isStdErrorCodeType(QualType Type) {
  const auto *Record = Type->getAsCXXRecordDecl();
  return Record && Record->getIdentifier() &&
         (Record->getName() == "error_code" ||
          Record->getName() == "error_condition") &&
         utils::isInStdOrNested(Record);
}

/// Whether \p Value, returned from an exception handler, tells the caller
/// that the operation worked: `true`, `0` from a function returning an
/// integer (not `bool`, not a pointer), an enumerator named like `Ok` or
/// `Success`, or a value-initialised `std::error_code`. `false`, `-1`,
/// `nullptr`, `std::nullopt`, `{}` of other types and every computed value
/// are taken as reporting an error.
bool isSuccessValue(const Expr *Value) {
  // The type after conversion to the function's return type.
  QualType Returned = Value->getType();
  const Expr *E = stripValuePreserving(Value);
  if (const auto *Bool = dyn_cast<CXXBoolLiteralExpr>(E))
    return Bool->getValue();
  if (const auto *Int = dyn_cast<IntegerLiteral>(E))
    return Int->getValue() == 0 && Returned->isIntegerType() &&
           !Returned->isBooleanType();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(Ref->getDecl()))
      return llvm::is_contained(SuccessEnumerators,
                                Enumerator->getName().lower());
  if (isStdErrorCodeType(E->getType())) {
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
      return Construct->getNumArgs() == 0;
    if (const auto *List = dyn_cast<InitListExpr>(E))
      return List->getNumInits() == 0;
  }
  return false;
}

/// Walks the statements of a `catch (...)` handler for anything that
/// handles the failure: a `throw`, a `return` of an error, a call to a
/// `[[noreturn]]` function, `std::current_exception()`, a reporting
/// function, variable or macro, or recording the failure in a variable.
class HandlerScanner {
public:
  HandlerScanner(const std::vector<std::string> &ReportingNames,
                 const SourceManager &SM, const LangOptions &LangOpts)
      : ReportingNames(ReportingNames), SM(SM), LangOpts(LangOpts) {}

  /// Scans \p S; true when it handles the failure.
  bool handles(const Stmt *S) {
    visit(S);
    return Handles;
  }

  /// The first success-looking value the handler returns, if any.
  const Expr *successValue() const { return SuccessValue; }

private:
  void visit(const Stmt *S) {
    if (!S || Handles)
      return;
    if (handlesDirectly(S)) {
      Handles = true;
      return;
    }
    for (const Stmt *Child : S->children())
      visit(Child);
  }

  bool handlesDirectly(const Stmt *S) {
    if (S->getBeginLoc().isMacroID() && isInReportingMacro(S->getBeginLoc()))
      return true;
    if (isa<CXXThrowExpr>(S))
      return true;
    if (const auto *Return = dyn_cast<ReturnStmt>(S))
      return returnsError(Return->getRetValue());
    if (const auto *Return = dyn_cast<CoreturnStmt>(S))
      return returnsError(Return->getOperand());
    if (const auto *Call = dyn_cast<CallExpr>(S))
      return callHandles(Call);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
      return utils::matchesAnyName(Ref->getDecl(), ReportingNames);
    if (const auto *Member = dyn_cast<MemberExpr>(S))
      return utils::matchesAnyName(Member->getMemberDecl(), ReportingNames);
    if (const auto *Op = dyn_cast<BinaryOperator>(S))
      return Op->isAssignmentOp() && recordsFailure(Op->getLHS(), Op->getRHS());
    if (const auto *Op = dyn_cast<UnaryOperator>(S))
      return Op->isIncrementDecrementOp() &&
             recordsFailure(Op->getSubExpr(), nullptr);
    return false;
  }

  bool returnsError(const Expr *Value) {
    // `return;` carries on like falling off the end of the handler.
    if (!Value)
      return false;
    if (!isSuccessValue(Value))
      return true;
    if (!SuccessValue)
      SuccessValue = Value;
    return false;
  }

  bool callHandles(const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    // A call through a function pointer, a member pointer or a name that
    // depends on a template parameter: it may well report. Precision first.
    if (!Callee)
      return true;
    if (Callee->isNoReturn())
      return true;
    if (utils::matchesAnyName(Callee, ReportingNames))
      return true;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
      // `Callback()`, `OnError(Status)`: an unknown callback, which in a
      // handler is the error callback.
      if (Op->getOperator() == OO_Call)
        return true;
      if (Op->isAssignmentOp())
        return recordsFailure(Op->getArg(0), Op->getArg(1));
      if (Op->getOperator() == OO_PlusPlus || Op->getOperator() == OO_MinusMinus)
        return recordsFailure(Op->getArg(0), nullptr);
      return false;
    }
    if (!Callee->getIdentifier())
      return false;
    // `std::current_exception()` keeps the exception for later: a promise's
    // `set_exception`, a worker that rethrows in the caller's thread.
    if (Callee->getName() == "current_exception" &&
        utils::isInStdOrNested(Callee))
      return true;
    return containsAnyWord(Callee->getName(), FailureCalleeWords);
  }

  /// `Failed = true`, `LastError = E`, `++ErrorCount`, `Ok = false`.
  static bool recordsFailure(const Expr *Target, const Expr *Value) {
    if (Value) {
      const auto *Bool = dyn_cast<CXXBoolLiteralExpr>(stripValuePreserving(Value));
      if (Bool && !Bool->getValue())
        return true;
    }
    const ValueDecl *Variable = referencedVariable(Target);
    return Variable && Variable->getIdentifier() &&
           containsAnyWord(Variable->getName(), FailureVariableWords);
  }

  /// Whether \p Loc comes from the expansion of a reporting macro (`LOG`),
  /// directly or through other macros.
  bool isInReportingMacro(SourceLocation Loc) const {
    for (unsigned Depth = 0; Loc.isMacroID() && Depth < 16; ++Depth) {
      llvm::StringRef Name = Lexer::getImmediateMacroName(Loc, SM, LangOpts);
      if (!Name.empty() && llvm::is_contained(ReportingNames, Name))
        return true;
      Loc = SM.getImmediateMacroCallerLoc(Loc);
    }
    return false;
  }

  const std::vector<std::string> &ReportingNames;
  const SourceManager &SM;
  const LangOptions &LangOpts;
  bool Handles = false;
  const Expr *SuccessValue = nullptr;
};

/// Whether a handler body holds no statement (null statements aside).
bool isEmptyBlock(const CompoundStmt *Body) {
  return llvm::all_of(Body->body(),
                      [](const Stmt *S) { return isa<NullStmt>(S); });
}

/// Whether \p Comment holds `blastradius-ignore[ID,...]: reason` with
/// \p CheckName among the ids and a non-empty reason.
bool hasReasonedSuppression(llvm::StringRef Comment, llvm::StringRef CheckName) {
  std::string_view Text(Comment.data(), Comment.size());
  for (auto D = ::blastradius::findSuppressionDirective(Text); D;
       D = ::blastradius::findSuppressionDirective(Text, D->Offset + 1))
    if (!D->WholeFile && !D->Reason.empty() &&
        llvm::is_contained(D->RuleIds, CheckName.str()))
      return true;
  return false;
}

/// Whether a comment between the braces of \p Body carries a suppression of
/// \p CheckName with a reason. The body's text is lexed raw, so that the
/// directive inside a string literal does not count.
bool isSuppressedInside(const CompoundStmt *Body, llvm::StringRef CheckName,
                        const SourceManager &SM, const LangOptions &LangOpts) {
  SourceLocation Begin = SM.getExpansionLoc(Body->getLBracLoc());
  SourceLocation End = SM.getExpansionLoc(Body->getRBracLoc());
  std::pair<FileID, unsigned> BeginAt = SM.getDecomposedLoc(Begin);
  std::pair<FileID, unsigned> EndAt = SM.getDecomposedLoc(End);
  if (BeginAt.first != EndAt.first || EndAt.second <= BeginAt.second)
    return false;
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(BeginAt.first, &Invalid);
  if (Invalid || EndAt.second > Buffer.size())
    return false;
  llvm::StringRef Text =
      Buffer.slice(BeginAt.second, EndAt.second);
  if (!Text.contains("blastradius-ignore["))
    return false;

  Lexer Raw(SM.getLocForStartOfFile(BeginAt.first), LangOpts, Buffer.begin(),
            Buffer.begin() + BeginAt.second, Buffer.end());
  Raw.SetCommentRetentionState(true);
  Token Tok;
  while (true) {
    bool AtEnd = Raw.LexFromRawLexer(Tok);
    unsigned Offset = SM.getFileOffset(Tok.getLocation());
    if (Offset >= EndAt.second)
      return false;
    if (Tok.is(tok::comment) &&
        hasReasonedSuppression(Buffer.substr(Offset, Tok.getLength()),
                               CheckName))
      return true;
    if (AtEnd)
      return false;
  }
}

/// Whether \p Catch is a handler of the function-try-block of a constructor
/// or destructor: the exception is rethrown when it ends, so it cannot be
/// swallowed.
bool rethrowsImplicitly(const CXXCatchStmt &Catch, ASTContext &Ctx) {
  for (const DynTypedNode &Try : Ctx.getParents(Catch))
    for (const DynTypedNode &Owner : Ctx.getParents(Try))
      if (Owner.get<CXXConstructorDecl>() || Owner.get<CXXDestructorDecl>())
        return true;
  return false;
}

} // namespace

SwallowedExceptionCheck::SwallowedExceptionCheck(StringRef Name,
                                                 ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      ReportingFunctions(
          Options.get("ReportingFunctions", DefaultReportingFunctions)),
      AllowedExceptionTypes(Options.get("AllowedExceptionTypes", "")),
      ReportingNames(utils::parseListOption(ReportingFunctions)),
      AllowedTypeNames(utils::parseListOption(AllowedExceptionTypes)) {}

void SwallowedExceptionCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ReportingFunctions", ReportingFunctions);
  Options.store(Opts, "AllowedExceptionTypes", AllowedExceptionTypes);
}

void SwallowedExceptionCheck::registerMatchers(MatchFinder *Finder) {
  // Handlers in templates are judged on the pattern (where names that
  // depend on a template parameter count as handling, see callHandles) and
  // on each instantiation; clang-tidy reports identical warnings once. An
  // instantiation may share the pattern's handler node, so excluding
  // instantiations here would lose those handlers.
  // Handlers in system headers are never reported (clang-tidy drops their
  // diagnostics) and the standard library has many: judging them was most of
  // this check's cost.
  Finder->addMatcher(
      cxxCatchStmt(unless(isExpansionInSystemHeader())).bind("catch"), this);
}

void SwallowedExceptionCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Catch = Result.Nodes.getNodeAs<CXXCatchStmt>("catch");
  if (!Catch)
    return;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Catch->getHandlerBlock());
  // A handler written by a macro (test frameworks' EXPECT_THROW) is the
  // macro's business, not the code's author's.
  if (!Body || Catch->getCatchLoc().isMacroID())
    return;
  const SourceManager &SM = *Result.SourceManager;
  const LangOptions &LangOpts = Result.Context->getLangOpts();

  bool CatchAll = Catch->getExceptionDecl() == nullptr;
  QualType Caught = Catch->getCaughtType();
  enum { EmptyHandler, NoHandling, ReturnsSuccess } Kind;
  const Expr *SuccessValue = nullptr;
  if (isEmptyBlock(Body)) {
    if (!CatchAll) {
      QualType Named = Caught.getNonReferenceType();
      if (Named->isPointerType())
        Named = Named->getPointeeType();
      const auto *Record = Named->getAsCXXRecordDecl();
      if (Record && utils::matchesAnyName(Record, AllowedTypeNames))
        return;
    }
    Kind = EmptyHandler;
  } else {
    // A typed handler with code in it chose what to do with that type.
    if (!CatchAll)
      return;
    HandlerScanner Scanner(ReportingNames, SM, LangOpts);
    if (Scanner.handles(Body))
      return;
    SuccessValue = Scanner.successValue();
    Kind = SuccessValue ? ReturnsSuccess : NoHandling;
  }

  if (isSuppressedInside(Body, getID(), SM, LangOpts) ||
      rethrowsImplicitly(*Catch, *Result.Context))
    return;

  switch (Kind) {
  case EmptyHandler:
    diag(Catch->getCatchLoc(),
         "empty catch block swallows %select{every exception|%1}0: the "
         "failure is lost and the code carries on as if the operation had "
         "worked; rethrow, report it, or handle it")
        << static_cast<unsigned>(!CatchAll) << Caught;
    break;
  case NoHandling:
    diag(Catch->getCatchLoc(),
         "'catch (...)' swallows every exception: it neither rethrows, "
         "returns an error nor reports the failure; rethrow, log it, or "
         "return an error");
    break;
  case ReturnsSuccess:
    diag(Catch->getCatchLoc(),
         "'catch (...)' turns every exception into success: returning '%0' "
         "tells the caller the operation worked; return an error or rethrow")
        << Lexer::getSourceText(
               Lexer::makeFileCharRange(CharSourceRange::getTokenRange(
                                            SuccessValue->getSourceRange()),
                                        SM, LangOpts),
               SM, LangOpts);
    break;
  }
}

} // namespace clang::tidy::blastradius
