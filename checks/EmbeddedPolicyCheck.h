//===--- EmbeddedPolicyCheck.h - blastradius --------------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_EMBEDDEDPOLICYCHECK_H
#define BLASTRADIUS_CHECKS_EMBEDDEDPOLICYCHECK_H

#include "embedded/EmbeddedCodeCheck.h"

namespace clang::tidy::blastradius {

/// JSON IAM policy documents written as C++ string literals (raw strings
/// too), e.g. for `PutRolePolicy` or `CreatePolicy` through aws-sdk-cpp: the
/// document goes through the same IAM policy model and rules as a policy file,
/// so a wildcard grant is reported at its `"*"`.
///
/// For the user-facing documentation see:
/// docs/checks/blastradius-embedded-policy.md
class EmbeddedPolicyCheck : public EmbeddedCodeCheck {
public:
  EmbeddedPolicyCheck(StringRef Name, ClangTidyContext *Context)
      : EmbeddedCodeCheck(Name, Context) {}
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace clang::tidy::blastradius

#endif // BLASTRADIUS_CHECKS_EMBEDDEDPOLICYCHECK_H
