// Named C++ analysers that a rule calls where a query cannot judge alone (`analyzer:` in the rule
// file). The query finds the place; the analyser decides whether it is a finding.
#ifndef BLASTRADIUS_ANALYZER_H
#define BLASTRADIUS_ANALYZER_H

#include <tree_sitter/api.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius {

class CompiledQuery;

/// What an analyser sees of one query match.
struct MatchContext {
  std::string_view Text;
  TSNode Root;
  TSNode Finding;
  const CompiledQuery &Query;
  const TSQueryMatch &Match;
  /// The nodes captured under Name (helper captures start with '_').
  std::vector<TSNode> captures(std::string_view Name) const;
};

struct Verdict {
  /// Replaces `{detail}` in the rule's message (e.g. the variable that may be empty).
  std::string Detail;
  /// Narrows the reported location; the @finding node when unset.
  std::optional<TSNode> Location;
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
