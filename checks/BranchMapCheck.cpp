//===--- BranchMapCheck.cpp - blastradius ---------------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "BranchMapCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::blastradius {

namespace {

/// "LINE:COL" of a location, its expansion in the main file.
std::string lineColumn(SourceLocation Loc, const SourceManager &SM) {
  Loc = SM.getExpansionLoc(Loc);
  return std::to_string(SM.getExpansionLineNumber(Loc)) + ":" +
         std::to_string(SM.getExpansionColumnNumber(Loc));
}

/// The source text of a range on one line, whitespace collapsed, at most ~80
/// characters; what the driver shows as the branch's condition.
std::string oneLine(SourceRange Range, const SourceManager &SM,
                    const LangOptions &LangOpts) {
  StringRef Text = Lexer::getSourceText(
      CharSourceRange::getTokenRange(SM.getExpansionRange(Range).getAsRange()),
      SM, LangOpts);
  std::string Out;
  bool Space = false;
  for (char C : Text) {
    if (C == ' ' || C == '\t' || C == '\n' || C == '\r') {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out += ' ';
    Space = false;
    Out += C;
    if (Out.size() > 80) {
      Out += "...";
      break;
    }
  }
  return Out;
}

} // namespace

void BranchMapCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(ifStmt(isExpansionInMainFile()).bind("if"), this);
  Finder->addMatcher(cxxCatchStmt(isExpansionInMainFile()).bind("catch"),
                     this);
  Finder->addMatcher(switchStmt(isExpansionInMainFile()).bind("switch"), this);
  Finder->addMatcher(
      functionDecl(isExpansionInMainFile(), isDefinition(), hasBody(stmt()))
          .bind("function"),
      this);
}

void BranchMapCheck::reportBranch(const char *Kind, SourceRange Condition,
                                  const Stmt *Body, bool HandlesFailure,
                                  const MatchFinder::MatchResult &Result) {
  if (!Body)
    return;
  const SourceManager &SM = *Result.SourceManager;
  SourceLocation BodyEnd = Lexer::getLocForEndOfToken(
      SM.getExpansionLoc(Body->getEndLoc()), 0, SM, Result.Context->getLangOpts());
  diag(Condition.getBegin(),
       "branch kind=%0 failure=%1 condition-end=%2 body=%3-%4 text=%5")
      << Kind << (HandlesFailure ? "1" : "0")
      << lineColumn(Condition.getEnd(), SM)
      << lineColumn(Body->getBeginLoc(), SM)
      << lineColumn(BodyEnd.isValid() ? BodyEnd : Body->getEndLoc(), SM)
      << oneLine(Condition, SM, Result.Context->getLangOpts());
}

void BranchMapCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *If = Result.Nodes.getNodeAs<IfStmt>("if")) {
    SourceRange Condition(If->getBeginLoc(), If->getRParenLoc().isValid()
                                                 ? If->getRParenLoc()
                                                 : If->getCond()->getEndLoc());
    reportBranch("if", Condition, If->getThen(), false, Result);
    if (const Stmt *Else = If->getElse())
      if (!isa<IfStmt>(Else)) // `else if` is reported as its own if
        reportBranch("else", SourceRange(If->getElseLoc(), If->getElseLoc()),
                     Else, false, Result);
    return;
  }
  if (const auto *Catch = Result.Nodes.getNodeAs<CXXCatchStmt>("catch")) {
    SourceLocation End = Catch->getHandlerBlock()
                             ? Catch->getHandlerBlock()->getBeginLoc()
                             : Catch->getEndLoc();
    reportBranch("catch", SourceRange(Catch->getBeginLoc(), End.getLocWithOffset(-1)),
                 Catch->getHandlerBlock(), true, Result);
    return;
  }
  if (const auto *Switch = Result.Nodes.getNodeAs<SwitchStmt>("switch")) {
    for (const SwitchCase *Case = Switch->getSwitchCaseList(); Case;
         Case = Case->getNextSwitchCase())
      reportBranch(isa<DefaultStmt>(Case) ? "default" : "case",
                   SourceRange(Case->getBeginLoc(), Case->getColonLoc()),
                   Case->getSubStmt(), false, Result);
    return;
  }
  if (const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function")) {
    const SourceManager &SM = *Result.SourceManager;
    const Stmt *Body = Function->getBody();
    diag(Function->getLocation(), "function name=%0 body=%1-%2")
        << Function->getNameAsString() << lineColumn(Body->getBeginLoc(), SM)
        << lineColumn(Body->getEndLoc(), SM);
  }
}

} // namespace clang::tidy::blastradius
