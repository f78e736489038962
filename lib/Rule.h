// A rule: its metadata (what SARIF and the docs show) and, for tree-sitter rules, its compiled query
// and the optional named analyser that judges each match.
#ifndef BLASTRADIUS_RULE_H
#define BLASTRADIUS_RULE_H

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius {

class DeferredQuery;
class Analyzer;
class SemanticAnalyzer;

enum class Level { None, Note, Warning, Error };

std::string_view levelName(Level L);
/// Parses "error", "warning", "note" (and "none" when AllowNone); nullopt otherwise.
std::optional<Level> parseLevel(std::string_view Name, bool AllowNone = false);

/// The six families of ../RULES.md, plus the tool's own bookkeeping.
const std::vector<std::string> &knownFamilies();

struct Rule {
  std::string Id;
  /// A short UpperCamel name for SARIF `name` ("ForceDestroyEnabled").
  std::string Name;
  /// The first of Languages (what one-language listings show).
  std::string Language;
  /// Every language the rule runs on (one, except for semantic rules that judge a concern in
  /// several syntaxes).
  std::vector<std::string> Languages;
  std::string Family;
  Level DefaultLevel = Level::Warning;
  /// "high", "medium" or "low": how often a finding of this rule is a real problem.
  std::string Precision;
  /// SARIF's security-severity, a number from 0.0 to 10.0 as a string.
  std::string SecuritySeverity;
  /// One sentence naming the concrete risk; `{detail}` is replaced by the analyser's detail.
  std::string Message;
  /// A short description for tool.driver.rules (defaults to the message).
  std::string Summary;
  /// Markdown help: the blast radius and the safer form.
  std::string Help;
  std::vector<std::string> Cwe;
  std::vector<std::string> References;
  std::vector<std::string> DeprecatedIds;
  /// "tree-sitter" (a query, maybe an analyser), "semantic" (a semantic analyser over the file's
  /// model), "clang-tidy" (a check in checks/) or "builtin" (the tool's own bookkeeping).
  std::string Engine;
  std::string AnalyzerName;
  /// `check-reads-suppressions: true`: the clang-tidy check itself honours the
  /// `blastradius-ignore[...]` comment (so that it works in the editor too) and never emits the
  /// finding; the driver cannot tell whether such a suppression is used and does not call it unused.
  bool CheckReadsSuppressions = false;
  /// `prefilter: [rm, rmdir]`: the literals the rule cannot fire without, one of which must be in the
  /// file (case-insensitive; see Prefilter.h). Empty: the rule runs on every file of its languages.
  std::vector<std::string> Prefilter;
  /// `prefilter-words: [rm, find]`: literals that count only as whole words, with no letter, digit
  /// or underscore glued on either side (`rm` in `rm -rf`, `/bin/rm`, `"r"m`, but not in `perm` or
  /// `form`); a command name or a keyword. The rule may fire when any literal of either list holds.
  std::vector<std::string> PrefilterWords;
  /// `prefilter: findings`: the rule only judges what other rules found in the file (a risky
  /// branch), so it needs no literal of its own and never makes a file worth parsing alone.
  bool PrefilterFindingsOnly = false;
  /// `prefilter-local-modules: true` (Terraform): the rule may also fire on a file that calls a local
  /// module (`source = "./m"`, resolved as the analysers resolve it, inside the scan root) whose
  /// module files, or those of a local module it calls in turn, hold one of the rule's literals: a
  /// module input of any name may reach the attribute there.
  bool PrefilterLocalModules = false;
  const Analyzer *AnalyzerImpl = nullptr;
  const SemanticAnalyzer *SemanticImpl = nullptr;
  /// A query rule's query (compiled at load, or on first use for the built-in catalogue).
  std::shared_ptr<const DeferredQuery> Query;
  /// Where the rule came from, for messages.
  std::string SourceFile;

  /// Whether the rule runs on a file of that language (directly or through its base language).
  bool appliesTo(std::string_view FileLanguage) const;
};

} // namespace blastradius

#endif
