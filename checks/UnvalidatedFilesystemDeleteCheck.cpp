//===--- UnvalidatedFilesystemDeleteCheck.cpp - blastradius ---------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//
//
// Matches the filesystem deletes and reports those whose path is not
// validated; the analysis itself is in utils/PathValidation.
//
//===----------------------------------------------------------------------===//

#include "UnvalidatedFilesystemDeleteCheck.h"
#include "utils/CheckUtils.h"
#include "utils/PathValidation.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang::ast_matchers;

namespace clang::tidy::blastradius {

namespace {

/// What a matched call deletes.
enum class DeleteKind { Recursive, SingleEntry, TreeWalk };

} // namespace

UnvalidatedFilesystemDeleteCheck::UnvalidatedFilesystemDeleteCheck(
    StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      ExtraFunctions(Options.get("ExtraFunctions", "")),
      ValidationFunctionsOption(Options.get("ValidationFunctions", "")),
      IgnoreEmptyChecked(utils::parseBoolOption(
          *this, "IgnoreEmptyChecked",
          Options.get("IgnoreEmptyChecked", "true"), true)),
      ValidationFunctions(utils::parseListOption(ValidationFunctionsOption)) {}

void UnvalidatedFilesystemDeleteCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ExtraFunctions", ExtraFunctions);
  Options.store(Opts, "IgnoreEmptyChecked",
                utils::boolOptionText(IgnoreEmptyChecked));
  Options.store(Opts, "ValidationFunctions", ValidationFunctionsOption);
}

void UnvalidatedFilesystemDeleteCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> Recursive(utils::recursiveDeleteNames().begin(),
                                         utils::recursiveDeleteNames().end());
  std::vector<std::string> Extra = utils::parseListOption(ExtraFunctions);
  for (const std::string &Name : Extra)
    Recursive.push_back(Name);
  std::vector<llvm::StringRef> Single(utils::singleDeleteNames().begin(),
                                      utils::singleDeleteNames().end());
  std::vector<llvm::StringRef> CSingle(utils::cSingleDeleteNames().begin(),
                                       utils::cSingleDeleteNames().end());
  std::vector<llvm::StringRef> Walks(utils::treeWalkNames().begin(),
                                     utils::treeWalkNames().end());

  Finder->addMatcher(
      callExpr(unless(isExpansionInSystemHeader()), callee(functionDecl(hasAnyName(Recursive)).bind("func")))
          .bind("recursive"),
      this);
  Finder->addMatcher(
      callExpr(unless(isExpansionInSystemHeader()), callee(functionDecl(anyOf(hasAnyName(Single),
                                    allOf(hasAnyName(CSingle), isExternC())))
                     .bind("func")))
          .bind("single"),
      this);
  Finder->addMatcher(
      callExpr(unless(isExpansionInSystemHeader()), callee(functionDecl(hasAnyName(Walks), isExternC()).bind("func")),
          argumentCountIs(4))
          .bind("walk"),
      this);
}

void UnvalidatedFilesystemDeleteCheck::check(
    const MatchFinder::MatchResult &Result) {
  const auto *Func = Result.Nodes.getNodeAs<FunctionDecl>("func");
  DeleteKind Kind = DeleteKind::Recursive;
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("recursive");
  if (!Call && (Call = Result.Nodes.getNodeAs<CallExpr>("single")))
    Kind = DeleteKind::SingleEntry;
  if (!Call && (Call = Result.Nodes.getNodeAs<CallExpr>("walk")))
    Kind = DeleteKind::TreeWalk;
  if (!Call || !Func)
    return;

  unsigned PathIndex =
      utils::deletedPathArgument(Func, Kind == DeleteKind::SingleEntry);
  if (Call->getNumArgs() <= PathIndex)
    return;
  const Expr *Path = Call->getArg(PathIndex);

  // A tree walk deletes only when its callback does.
  const FunctionDecl *CallbackDelete = nullptr;
  if (Kind == DeleteKind::TreeWalk) {
    CallbackDelete = utils::treeWalkCallbackDelete(Call->getArg(1));
    if (!CallbackDelete)
      return;
  }

  if (utils::isPathValidated(Path, Call, *Result.Context, IgnoreEmptyChecked,
                             ValidationFunctions))
    return;

  const char *Message = nullptr;
  switch (Kind) {
  case DeleteKind::Recursive:
    Message = "recursive delete of an unvalidated computed path: '%0' "
              "removes whatever the path holds at run time, including '/' or "
              "the home directory if it is empty or wrong; validate it "
              "(non-empty, canonical and inside a base directory) first";
    break;
  case DeleteKind::SingleEntry:
    Message = "single-entry delete of an unvalidated computed path: '%0' "
              "removes whichever file or empty directory the path names at "
              "run time; validate it (non-empty, canonical and inside a base "
              "directory) first";
    break;
  case DeleteKind::TreeWalk:
    Message = "recursive delete of an unvalidated computed path: '%0' with a "
              "callback that calls '%1' removes whatever the path holds at "
              "run time, including '/' or the home directory if it is empty "
              "or wrong; validate it (non-empty, canonical and inside a base "
              "directory) first";
    break;
  }
  auto Diag = diag(Call->getBeginLoc(), Message);
  Diag << Func->getQualifiedNameAsString() << Path->getSourceRange();
  if (CallbackDelete)
    Diag << CallbackDelete->getQualifiedNameAsString();
}

} // namespace clang::tidy::blastradius
