// Loads and validates rule files (rules/<language>/<stem>.yaml with <stem>.scm beside it). A broken
// rule stops the scan with a message naming the file, line and column.
#ifndef BLASTRADIUS_RULELOADER_H
#define BLASTRADIUS_RULELOADER_H

#include "Rule.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius {

class RuleSet {
public:
  /// Loads every `*.yaml` under each directory (recursively, in sorted order). Returns false and
  /// fills Errors ("FILE:LINE:COL: message") when any rule is invalid.
  bool loadDirectories(const std::vector<std::string> &Directories, std::vector<std::string> &Errors);
  /// Loads one rule file; used by loadDirectories and by tests.
  bool loadFile(const std::string &Path, std::vector<std::string> &Errors);

  const std::vector<std::unique_ptr<Rule>> &rules() const { return Rules; }
  const Rule *find(std::string_view Id) const;
  /// For the project configuration: severity overrides and switched-off rules.
  Rule *findMutable(std::string_view Id);
  void removeIf(const std::function<bool(const Rule &)> &Predicate);
  /// The tree-sitter rules that run on a file of that language.
  std::vector<const Rule *> treeSitterRulesFor(std::string_view FileLanguage) const;
  /// The semantic analysers that have at least one loaded rule for that language.
  std::vector<const SemanticAnalyzer *> semanticAnalyzersFor(std::string_view FileLanguage) const;

private:
  std::vector<std::unique_ptr<Rule>> Rules;
};

/// The directory of the rules that ship with blastradius: $BLASTRADIUS_RULES_DIR, else found
/// relative to the running binary (InstallLayout.h); empty when there is none.
std::string defaultRulesDirectory();

} // namespace blastradius

#endif
