//===--- EmbeddedCodeCheck.cpp - blastradius ------------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "EmbeddedCodeCheck.h"
#include "EngineBridge.h"
#include "utils/CheckUtils.h"

namespace clang::tidy::blastradius {

EmbeddedCodeCheck::EmbeddedCodeCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RulesDirectory(Options.get("RulesDirectory", "")),
      DisabledRulesOption(Options.get("DisabledRules", "")),
      DisabledRules(utils::parseListOption(DisabledRulesOption)) {}

void EmbeddedCodeCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "RulesDirectory", RulesDirectory);
  Options.store(Opts, "DisabledRules", DisabledRulesOption);
}

unsigned EmbeddedCodeCheck::reportEmbedded(const AssembledText &Text,
                                           llvm::StringRef Language,
                                           llvm::StringRef Where,
                                           const ASTContext &Ctx) {
  std::string Error;
  std::vector<EmbeddedFinding> Findings = analyzeEmbeddedCode(
      RulesDirectory, DisabledRules, Language.str(), Text.text(), Error);
  if (!Error.empty() && !RulesErrorReported) {
    // A check that silently checks nothing would be a green run that lies.
    configurationDiag("%0") << Error;
    RulesErrorReported = true;
  }
  for (const EmbeddedFinding &F : Findings) {
    SourceLocation Begin = Text.locationOf(F.Begin, Ctx);
    auto Diag = diag(Begin, "%0: %1 (blastradius rule %2)")
                << Where << F.Message << F.RuleId;
    if (F.End > F.Begin && Text.withinOnePiece(F.Begin, F.End))
      Diag << CharSourceRange::getCharRange(
          Begin, Text.locationOf(F.End - 1, Ctx).getLocWithOffset(1));
  }
  return static_cast<unsigned>(Findings.size());
}

} // namespace clang::tidy::blastradius
