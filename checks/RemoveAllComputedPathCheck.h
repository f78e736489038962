//===--- RemoveAllComputedPathCheck.h - blastradius -------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_REMOVEALLCOMPUTEDPATHCHECK_H
#define BLASTRADIUS_CHECKS_REMOVEALLCOMPUTEDPATHCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang::tidy::blastradius {

/// Flags calls to `std::filesystem::remove_all` whose path argument is not a
/// compile-time constant: a recursive delete of whatever the path holds at run
/// time.
///
/// For the user-facing documentation see:
/// docs/checks/blastradius-remove-all-computed-path.md
class RemoveAllComputedPathCheck : public ClangTidyCheck {
public:
  RemoveAllComputedPathCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  /// Semicolon-separated fully qualified names of further functions that
  /// delete a directory tree (e.g. `::boost::filesystem::remove_all`).
  const std::string ExtraFunctions;
  /// Whether an enclosing `if (!P.empty())` on a variable used in the path
  /// argument silences the warning.
  const bool IgnoreEmptyChecked;
};

} // namespace clang::tidy::blastradius

#endif // BLASTRADIUS_CHECKS_REMOVEALLCOMPUTEDPATHCHECK_H
