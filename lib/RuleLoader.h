// Loads and validates rules. A rule is a folder, rules/<language>/<id>/, holding rule.yaml (the
// metadata), README.md (the one help text), <id>.scm for a query rule, and annotated samples; a
// user's rules directory may also hold flat <stem>.yaml files with <stem>.scm beside them. A broken
// rule stops the scan with a message naming the file, line and column (the built-in catalogue's
// queries may wait for their first use: compileQueriesOnFirstUse).
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
  /// Loads every rule under each directory (recursively, in sorted order): a folder holding
  /// `rule.yaml` is one rule (its other files are its samples and are not read as rules); in any
  /// other folder each `*.yaml` is a flat rule file. Returns false and fills Errors
  /// ("FILE:LINE:COL: message") when any rule is invalid. Jobs threads read the rule files at once
  /// (the built-in catalogue's queries cost most of a scan's start-up); rules, errors and their order
  /// do not depend on it.
  bool loadDirectories(const std::vector<std::string> &Directories, std::vector<std::string> &Errors,
                       unsigned Jobs = 1);
  /// The query rules of the rules directory Directory (the built-in catalogue, which the test suite
  /// compiles whole) compile when a scan first needs them, not at load (DeferredQuery.h): a scan
  /// pays only for the languages it meets. A query that then fails to compile is an error-level
  /// notification on the file it was needed for. Applies to later loadDirectories calls.
  void compileQueriesOnFirstUse(std::string Directory) { FirstUseDirectory = std::move(Directory); }
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
  /// One rule file read on its own (ParsedFile in RuleLoader.cpp); admit() adds it to the set.
  struct ParsedFile;
  static ParsedFile parse(const std::string &Path, bool DeferQuery);
  static ParsedFile parseChecked(const std::string &Path, bool DeferQuery);
  bool admit(ParsedFile &&File, std::vector<std::string> &Errors);

  std::vector<std::unique_ptr<Rule>> Rules;
  std::string FirstUseDirectory;
};

/// The directory of the rules that ship with blastradius: $BLASTRADIUS_RULES_DIR, else found
/// relative to the running binary (InstallLayout.h); empty when there is none.
std::string defaultRulesDirectory();

} // namespace blastradius

#endif
