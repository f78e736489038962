//===--- IgnoredErrorCodeCheck.h - blastradius ------------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_IGNOREDERRORCODECHECK_H
#define BLASTRADIUS_CHECKS_IGNOREDERRORCODECHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include <string>

namespace clang::tidy::blastradius {

/// Flags a local `std::error_code` passed as the out-parameter of a
/// destructive `std::filesystem` call (remove, remove_all, rename,
/// resize_file, permissions, an overwriting copy/copy_file) and never read
/// afterwards: the failure of the operation goes unnoticed.
///
/// For the user-facing documentation see:
/// docs/checks/blastradius-ignored-error-code.md
class IgnoredErrorCodeCheck : public ClangTidyCheck {
public:
  IgnoredErrorCodeCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  /// Semicolon-separated fully qualified names of further destructive
  /// functions that report failure through a `std::error_code &` parameter.
  const std::string DestructiveFunctions;
};

} // namespace clang::tidy::blastradius

#endif // BLASTRADIUS_CHECKS_IGNOREDERRORCODECHECK_H
