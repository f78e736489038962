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
// analysers that read other files (Terraform modules, `file()` policies) declare none that only
// those files hold (a word of the block the finding sits in, such as `versioning`, is in the text).
#ifndef BLASTRADIUS_PREFILTER_H
#define BLASTRADIUS_PREFILTER_H

#include "Rule.h"

#include <map>
#include <memory>
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

  /// Whether a file of Language needs its branch map: a branch rule of the language may fire on its
  /// text, or (for a rule that judges other rules' findings) the file has findings.
  bool branchMapNeeded(std::string_view Language, const PrefilterHits &Hits, bool HasFindings) const;

private:
  bool languageMayMatch(std::string_view Language, const PrefilterHits &Hits, unsigned Depth) const;
  bool analyzerMayRun(const SemanticAnalyzer &A, std::string_view Language, const PrefilterHits &Hits,
                      unsigned Depth) const;

  /// What may fire on a text of one language, worked out once when the rules load: its query and
  /// branch rules, and its semantic analysers with the loaded rules each reports for it.
  struct LanguagePlan {
    std::vector<const Rule *> Direct;
    std::vector<const Rule *> Branch;
    std::vector<std::pair<const SemanticAnalyzer *, std::vector<const Rule *>>> Analyzers;
  };
  const LanguagePlan *planFor(std::string_view Language) const;
  std::map<std::string, LanguagePlan, std::less<>> Plans;

  const RuleSet &Rules;
  bool Enabled;
  std::vector<std::string> Literals;
  /// The indices in Literals of each rule's literals.
  std::map<const Rule *, std::vector<size_t>> RuleLiterals;
  struct Matcher;
  std::unique_ptr<Matcher> TheMatcher;
};

/// Marks in the view where quotes, backslashes, backquotes, `+` or whitespace were left out.
constexpr char RemovedMark = '\x01';

/// The view of Text the literals are searched in (exposed for tests and the fuzz targets): ASCII
/// letters lower-cased, and every run of left-out characters one RemovedMark.
std::string prefilterView(std::string_view Text, bool &HasLetterEscape);

} // namespace blastradius

#endif
