//===--- EngineBridge.h - blastradius ---------------------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//
//
// The door from the clang-tidy checks into the driver's rule engine: shell
// commands, SQL and JSON policies found in C++ string literals are analysed by
// exactly the rules that analyse a shell script, a migration or a policy file,
// so that a `system("rm -rf " + Dir)` and an `rm -rf $DIR` in a script give the
// same finding. The engine and its rules are loaded once per process, on the
// first literal that needs them; a translation unit without such literals pays
// nothing.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_EMBEDDED_ENGINEBRIDGE_H
#define BLASTRADIUS_CHECKS_EMBEDDED_ENGINEBRIDGE_H

#include <cstddef>
#include <string>
#include <vector>

namespace clang::tidy::blastradius {

/// One finding of an engine rule in embedded code, in bytes of that code.
struct EmbeddedFinding {
  std::string RuleId;
  std::string Message;
  size_t Begin = 0;
  size_t End = 0;
};

/// Runs the rules of Language ("bash", "sql", "json") over Text.
/// RulesDirectory: where the rules are (empty: the driver's default, which
/// $BLASTRADIUS_RULES_DIR overrides). DisabledRules: rule ids left out.
/// On a broken rule set, returns nothing and sets Error (once per directory).
std::vector<EmbeddedFinding>
analyzeEmbeddedCode(const std::string &RulesDirectory,
                    const std::vector<std::string> &DisabledRules,
                    const std::string &Language, const std::string &Text,
                    std::string &Error);

} // namespace clang::tidy::blastradius

#endif // BLASTRADIUS_CHECKS_EMBEDDED_ENGINEBRIDGE_H
