//===--- EmbeddedShellCheck.h - blastradius ---------------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_EMBEDDEDSHELLCHECK_H
#define BLASTRADIUS_CHECKS_EMBEDDEDSHELLCHECK_H

#include "embedded/EmbeddedCodeCheck.h"

namespace clang::tidy::blastradius {

/// Shell commands run from C++ (`system`, `popen`, `execl*`/`execv*` of a
/// shell with `-c`): the command's text, literal parts verbatim and computed
/// parts as shell variables, goes through the blastradius shell rules.
///
/// For the user-facing documentation see:
/// docs/checks/blastradius-embedded-shell.md
class EmbeddedShellCheck : public EmbeddedCodeCheck {
public:
  EmbeddedShellCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  /// Semicolon-separated fully qualified names of further functions whose
  /// first argument is a shell command line.
  const std::string ShellFunctions;
};

} // namespace clang::tidy::blastradius

#endif // BLASTRADIUS_CHECKS_EMBEDDEDSHELLCHECK_H
