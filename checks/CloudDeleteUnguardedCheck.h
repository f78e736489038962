//===--- CloudDeleteUnguardedCheck.h - blastradius --------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_CLOUDDELETEUNGUARDEDCHECK_H
#define BLASTRADIUS_CHECKS_CLOUDDELETEUNGUARDEDCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang::tidy::blastradius {

/// Flags cloud SDK calls that delete a whole resource (aws-sdk-cpp
/// `DeleteBucket`, `DeleteDBInstance`, `TerminateInstances`, ...;
/// google-cloud-cpp `DeleteBucket`, `DeleteInstance`) when no dry-run flag or
/// confirmation is tested on the way to the call, and RDS deletes that skip
/// the final snapshot.
///
/// For the user-facing documentation see:
/// docs/checks/blastradius-cloud-delete-unguarded.md
class CloudDeleteUnguardedCheck : public ClangTidyCheck {
public:
  CloudDeleteUnguardedCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  /// Semicolon-separated case-insensitive substrings: a variable, member or
  /// function whose name contains one of them is a dry-run flag or a
  /// confirmation when an `if` on the way to the call reads it.
  const std::string GuardNames;
  /// Semicolon-separated fully qualified names of further methods or
  /// functions that delete a cloud resource.
  const std::string ExtraMethods;
  /// GuardNames, parsed and lower-cased.
  std::vector<std::string> GuardSubstrings;
};

} // namespace clang::tidy::blastradius

#endif // BLASTRADIUS_CHECKS_CLOUDDELETEUNGUARDEDCHECK_H
