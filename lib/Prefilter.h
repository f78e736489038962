// The prefilter: most files hold none of the words a rule needs (`rm`, `DROP`, `force_destroy`), so
// one multi-literal search over a file's bytes decides which analysers run on it, and a file that no
// analyser of its language (nor of the code it may embed) can match is not parsed at all. Rules
// declare their literals in rule.yaml (`prefilter:`); a rule without a list always runs.
//
// Why it is sound: the search runs over a view of the bytes with quotes, backslashes, backquotes,
// `+` and whitespace left out (`'r'm`, `r\m`, `"r" "m"` and a line continuation all still hold
// `rm`), case-insensitively; a literal listed under `prefilter-words:` counts only where no letter,
// digit or underscore is glued to it (`rm`, not the `rm` of `perm`), and a left-out character next
// to it counts as a boundary; a text with an escape that could spell a letter (`\x72`, `\u0072`, an
// octal `\162`, `\N{...}`) counts as holding every literal. Embedded code is searched again in
// its decoded form when it re-enters the engine. A literal must be in the text itself: rules of
// analysers that read other files (`file()` policies) declare none that only those files hold (a
// word of the block the finding sits in, such as `versioning`, is in the text); the Terraform rules
// that follow local modules say `prefilter-local-modules: true`, and a file that calls a local
// module counts as holding what that module's files (and the local modules they call) hold.
#ifndef BLASTRADIUS_PREFILTER_H
#define BLASTRADIUS_PREFILTER_H

#include "Rule.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius {

class RuleSet;
class SemanticAnalyzer;

/// Which of the rule set's literals one text holds.
struct PrefilterHits {
  /// Every literal counts as present (the prefilter is off, or the text may hide one in an escape).
  bool All = true;
  /// Indexed like Prefilter's literals.
  std::vector<bool> Present;
  /// What the local modules the text calls hold, for the rules with `prefilter-local-modules`
  /// (Prefilter::searchLocalModules): until searched, a local call may reach any literal.
  bool ModulesSearched = false;
  bool ModulesAll = false;
  std::vector<bool> InModules;
};

class Prefilter {
public:
  /// The literals of every loaded rule. Enabled false: every rule always runs (`--no-prefilter`).
  Prefilter(const RuleSet &Rules, bool Enabled);
  ~Prefilter();

  bool enabled() const { return Enabled; }
  /// One search over Text (linear; RE2::Set).
  PrefilterHits search(std::string_view Text) const;

  /// Whether rule R may fire on a text with these hits.
  bool ruleMayMatch(const Rule &R, const PrefilterHits &Hits) const;
  /// Whether analyser A may report a loaded rule on a file of Language, or hand it embedded code
  /// whose rules may fire.
  bool analyzerMayRun(const SemanticAnalyzer &A, std::string_view Language, const PrefilterHits &Hits) const;
  /// Whether any rule of Language may fire on the text, directly or in code it embeds: false means
  /// the text need not be parsed.
  bool languageMayMatch(std::string_view Language, const PrefilterHits &Hits) const;

  /// How searchLocalModules reaches the modules a file calls, the way the analysers do (the engine
  /// supplies it, and records what it reads for the result cache).
  struct ModuleAccess {
    /// The absolute directory of a module source written in the analysed file (a nested call's
    /// sources joined with '/', as the analysers pass them: terraform/ModuleCatalog.h).
    std::function<std::string(const std::string &Source)> Directory;
    /// The module files of an absolute directory (name, content), or nothing where the analysers read
    /// no module (outside the scan root, through a symlink, not a directory).
    std::function<std::optional<std::vector<std::pair<std::string, std::string>>>(const std::string &Directory)>
        Files;
  };
  /// Whether searchLocalModules may change what the hits let run: a rule with
  /// `prefilter-local-modules` lacks its own literals and the text may call a local module.
  bool wantsLocalModules(const PrefilterHits &Hits) const;
  /// Follows the local module calls of Text, a Terraform file's own text (terraform/LocalSources.h),
  /// and the local calls of those modules as deep as the analysers follow them, and records in Hits
  /// which literals their module files hold. Each directory is read and searched once per scan
  /// (thread-safe); a call the raw text cannot pin down counts as holding every literal.
  void searchLocalModules(std::string_view Text, const ModuleAccess &Access, PrefilterHits &Hits) const;

  /// Whether a file of Language needs its branch map: a branch rule of the language may fire on its
  /// text, or (for a rule that judges other rules' findings) the file has findings.
  bool branchMapNeeded(std::string_view Language, const PrefilterHits &Hits, bool HasFindings) const;

private:
  bool languageMayMatch(std::string_view Language, const PrefilterHits &Hits, unsigned Depth) const;
  bool analyzerMayRun(const SemanticAnalyzer &A, std::string_view Language, const PrefilterHits &Hits,
                      unsigned Depth) const;

  /// What may fire on a text of one language, worked out once when the rules load: its query and
  /// branch rules, and its semantic analysers with the loaded rules each reports for it.
  /// A semantic analyser of a language: the loaded rules it reports there, or (reporting none) the
  /// embedded languages it hands back to the engine; read once, not asked of it for every file.
  struct AnalyzerPlan {
    const SemanticAnalyzer *Analyzer;
    std::vector<const Rule *> Reported;
    bool ReportsNoRule;
    std::vector<std::string_view> Embedded;
  };
  struct LanguagePlan {
    std::vector<const Rule *> Direct;
    std::vector<const Rule *> Branch;
    std::vector<AnalyzerPlan> Analyzers;
  };
  bool plannedAnalyzerMayRun(const AnalyzerPlan &Planned, const PrefilterHits &Hits, unsigned Depth) const;
  const LanguagePlan *planFor(std::string_view Language) const;
  std::map<std::string, LanguagePlan, std::less<>> Plans;

  const RuleSet &Rules;
  bool Enabled;
  std::vector<std::string> Literals;
  /// The indices in Literals of each rule's literals.
  std::map<const Rule *, std::vector<size_t>> RuleLiterals;
  struct Matcher;
  std::unique_ptr<Matcher> TheMatcher;
  /// The index in Literals of `./`, the start of a local module source, when a rule has
  /// `prefilter-local-modules`; and those rules.
  size_t LocalCallLiteral = SIZE_MAX;
  std::vector<const Rule *> LocalModuleRules;
  /// What one module directory holds, read once: by absolute directory.
  struct ModuleLiterals;
  const ModuleLiterals &moduleLiterals(const std::string &Directory, const ModuleAccess &Access) const;
  mutable std::mutex ModulesMutex;
  mutable std::map<std::string, std::shared_ptr<const ModuleLiterals>> Modules;
};

/// Marks in the view where quotes, backslashes, backquotes, `+` or whitespace were left out.
constexpr char RemovedMark = '\x01';

/// The view of Text the literals are searched in (exposed for tests and the fuzz targets): ASCII
/// letters lower-cased, and every run of left-out characters one RemovedMark.
std::string prefilterView(std::string_view Text, bool &HasLetterEscape);

} // namespace blastradius

#endif
