//===--- UnvalidatedFilesystemDeleteCheck.h - blastradius -------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_UNVALIDATEDFILESYSTEMDELETECHECK_H
#define BLASTRADIUS_CHECKS_UNVALIDATEDFILESYSTEMDELETECHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang::tidy::blastradius {

/// Flags filesystem deletes (`std::filesystem::remove_all`/`remove`,
/// `unlink`, `rmdir`, `unlinkat`, C `remove`, `nftw` with a deleting
/// callback) whose path is neither a compile-time constant nor validated on
/// every path to the call (emptiness test, comparison with the root or a base
/// directory, canonical path plus prefix test, project validation function).
///
/// For the user-facing documentation see:
/// docs/checks/blastradius-unvalidated-filesystem-delete.md
class UnvalidatedFilesystemDeleteCheck : public ClangTidyCheck {
public:
  UnvalidatedFilesystemDeleteCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  /// Semicolon-separated fully qualified names of further functions whose
  /// first argument is a directory tree they delete (e.g.
  /// `::boost::filesystem::remove_all`).
  const std::string ExtraFunctions;
  /// Semicolon-separated fully qualified names of the project's path
  /// validation functions.
  const std::string ValidationFunctionsOption;
  /// Whether an emptiness test of the path (`if (!P.empty())`,
  /// `if (P.empty()) return;`) counts as a validation.
  const bool IgnoreEmptyChecked;
  /// ValidationFunctionsOption parsed.
  const std::vector<std::string> ValidationFunctions;
};

} // namespace clang::tidy::blastradius

#endif // BLASTRADIUS_CHECKS_UNVALIDATEDFILESYSTEMDELETECHECK_H
