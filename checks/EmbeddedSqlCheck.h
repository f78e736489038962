//===--- EmbeddedSqlCheck.h - blastradius -----------------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_EMBEDDEDSQLCHECK_H
#define BLASTRADIUS_CHECKS_EMBEDDEDSQLCHECK_H

#include "embedded/EmbeddedCodeCheck.h"

#include <map>

namespace clang::tidy::blastradius {

/// SQL executed from C++ (SQLite, libpq, MySQL, libpqxx): the statement text,
/// literal parts verbatim and computed parts as identifiers, goes through the
/// blastradius SQL rules.
///
/// For the user-facing documentation see:
/// docs/checks/blastradius-embedded-sql.md
class EmbeddedSqlCheck : public EmbeddedCodeCheck {
public:
  EmbeddedSqlCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  /// Semicolon-separated `qualified::name=ARGUMENT_INDEX` of further
  /// functions that execute SQL (index 0-based; a member function's object is
  /// not counted).
  const std::string SqlFunctions;
  /// Every function name the check matches, with the index of its SQL
  /// argument.
  std::map<std::string, unsigned> ArgumentIndex;
};

} // namespace clang::tidy::blastradius

#endif // BLASTRADIUS_CHECKS_EMBEDDEDSQLCHECK_H
