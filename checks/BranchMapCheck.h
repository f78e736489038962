//===--- BranchMapCheck.h - blastradius -------------------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_BRANCHMAPCHECK_H
#define BLASTRADIUS_CHECKS_BRANCHMAPCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::blastradius {

/// Not a check for people: `blastradius scan --coverage` enables it (and only
/// then is it registered, see BlastradiusTidyModule.cpp) to learn the branch
/// structure of each translation unit's main file from clang's own parse —
/// if/else arms, case arms, catch handlers — and the functions around them.
/// Each is one diagnostic in a fixed format that the driver reads
/// (lib/ClangTidyRunner.cpp) and joins with coverage and findings to report
/// untested-risky-branch.
class BranchMapCheck : public ClangTidyCheck {
public:
  BranchMapCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context) {}
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void reportBranch(const char *Kind, SourceRange Condition, const Stmt *Body,
                    bool HandlesFailure,
                    const ast_matchers::MatchFinder::MatchResult &Result);
};

} // namespace clang::tidy::blastradius

#endif // BLASTRADIUS_CHECKS_BRANCHMAPCHECK_H
