//===--- EmbeddedCodeCheck.h - blastradius ----------------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_EMBEDDED_EMBEDDEDCODECHECK_H
#define BLASTRADIUS_CHECKS_EMBEDDED_EMBEDDEDCODECHECK_H

#include "AssembledText.h"
#include "clang-tidy/ClangTidyCheck.h"

#include <string>
#include <vector>

namespace clang::tidy::blastradius {

/// Base of the checks that hand code found in C++ strings (shell commands,
/// SQL, JSON policies) to the driver's rules and report those rules' findings
/// at the string's bytes. Options shared by all of them:
///   RulesDirectory  where the rules are ('' = the driver's default)
///   DisabledRules   semicolon-separated rule ids to leave out
class EmbeddedCodeCheck : public ClangTidyCheck {
public:
  EmbeddedCodeCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  /// Runs the rules of \p Language over \p Text and reports each finding as
  /// "<Where>: <rule message> (blastradius rule <id>)" at its place in the
  /// source. Returns the number of findings reported.
  unsigned reportEmbedded(const AssembledText &Text, llvm::StringRef Language,
                          llvm::StringRef Where, const ASTContext &Ctx);

private:
  const std::string RulesDirectory;
  const std::string DisabledRulesOption;
  const std::vector<std::string> DisabledRules;
  bool RulesErrorReported = false;
};

} // namespace clang::tidy::blastradius

#endif // BLASTRADIUS_CHECKS_EMBEDDED_EMBEDDEDCODECHECK_H
