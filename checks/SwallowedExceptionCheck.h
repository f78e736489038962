//===--- SwallowedExceptionCheck.h - blastradius ----------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_SWALLOWEDEXCEPTIONCHECK_H
#define BLASTRADIUS_CHECKS_SWALLOWEDEXCEPTIONCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include <string>
#include <vector>

namespace clang::tidy::blastradius {

/// Flags exception handlers that lose the failure they caught: empty `catch`
/// blocks of any type, and `catch (...)` handlers that neither rethrow,
/// return an error, end the program nor report the failure.
///
/// For the user-facing documentation see:
/// docs/checks/blastradius-swallowed-exception.md
class SwallowedExceptionCheck : public ClangTidyCheck {
public:
  SwallowedExceptionCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  /// Semicolon-separated names of functions, variables and macros whose use
  /// in a handler counts as reporting the failure (`fprintf`, `std::cerr`,
  /// `spdlog::error`, `LOG`). Matched like `hasName`.
  const std::string ReportingFunctions;
  /// Semicolon-separated names of exception types whose handler may be
  /// empty (`std::bad_optional_access`). Matched like `hasName`.
  const std::string AllowedExceptionTypes;
  std::vector<std::string> ReportingNames;
  std::vector<std::string> AllowedTypeNames;
};

} // namespace clang::tidy::blastradius

#endif // BLASTRADIUS_CHECKS_SWALLOWEDEXCEPTIONCHECK_H
