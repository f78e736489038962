// Judges: named C++ predicates that a query rule calls where its query cannot decide alone
// (`analyzer:` in rule.yaml). The query finds the place; the judge decides whether it is a finding
// and may name what it found. Judges live in lib/analyzers/, one file per concern, and are listed in
// allAnalyzers() (lib/Analyzer.cpp).
#ifndef BLASTRADIUS_ANALYZER_H
#define BLASTRADIUS_ANALYZER_H

#include "Report.h"

#include <tree_sitter/api.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius {

class CompiledQuery;
class SemanticContext;

/// What an analyser sees of one query match.
struct MatchContext {
  std::string_view Text;
  TSNode Root;
  TSNode Finding;
  const CompiledQuery &Query;
  const TSQueryMatch &Match;
  /// The file's models (YAML, JSON, HCL, built on first use and shared with the semantic analysers)
  /// and the engine's services (the Terraform module of the file's directory, embedding depth).
  SemanticContext &File;
  /// The nodes captured under Name (helper captures start with '_').
  std::vector<TSNode> captures(std::string_view Name) const;
  /// The text of the first node captured under Name, or "" when the match has none.
  std::string_view captureText(std::string_view Name) const;
};

struct Verdict {
  /// Replaces `{detail}` in the rule's message (e.g. the variable that may be empty).
  std::string Detail;
  /// Narrows the reported location; the @finding node when unset.
  std::optional<TSNode> Location;
  /// Where the judged value comes from (a variable's default, a tfvars line): SARIF relatedLocations.
  std::vector<RelatedSpan> Related;
};

class Analyzer {
public:
  virtual ~Analyzer() = default;
  virtual std::string_view name() const = 0;
  /// One line for `blastradius rules` and the docs.
  virtual std::string_view description() const = 0;
  /// A finding, or nullopt when the match is safe. Must be thread-safe and stateless.
  virtual std::optional<Verdict> judge(const MatchContext &Context) const = 0;
};

/// The analyser of that name, or nullptr.
const Analyzer *findAnalyzer(std::string_view Name);
std::vector<const Analyzer *> allAnalyzers();

} // namespace blastradius

#endif
