//===--- EmbeddedPolicyCheck.cpp - blastradius ----------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "EmbeddedPolicyCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang::ast_matchers;

namespace clang::tidy::blastradius {

namespace {

/// Whether a literal's text looks like an IAM policy document: a JSON object
/// with a "Statement". Cheap, so that every other literal costs one scan.
bool looksLikePolicy(llvm::StringRef Text) {
  llvm::StringRef Trimmed = Text.ltrim();
  return Trimmed.starts_with("{") && Text.contains("\"Statement\"");
}

} // namespace

void EmbeddedPolicyCheck::registerMatchers(MatchFinder *Finder) {
  // Literals in system headers are not the project's policies.
  Finder->addMatcher(
      stringLiteral(unless(isExpansionInSystemHeader())).bind("literal"),
      this);
}

void EmbeddedPolicyCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Literal = Result.Nodes.getNodeAs<StringLiteral>("literal");
  if (!Literal || Literal->getCharByteWidth() != 1 ||
      !looksLikePolicy(Literal->getString()))
    return;
  std::optional<AssembledText> Text =
      AssembledText::of(Literal, PlaceholderStyle::Sql, *Result.Context);
  if (!Text)
    return;
  reportEmbedded(*Text, "json", "in this IAM policy document",
                 *Result.Context);
}

} // namespace clang::tidy::blastradius
