// A tree-sitter query compiled once and shared by every worker thread, with the predicates the C
// library leaves to its caller (#eq?, #match?, #any-of? and their negations) parsed up front.
#ifndef BLASTRADIUS_QUERY_H
#define BLASTRADIUS_QUERY_H

#include <tree_sitter/api.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace blastradius {

struct QueryDeleter {
  void operator()(TSQuery *Q) const { ts_query_delete(Q); }
};

/// One text predicate on a capture, evaluated by the engine.
struct Predicate {
  enum class Kind { Eq, Match, AnyOf };
  Kind Op = Kind::Eq;
  bool Negated = false;
  uint32_t Capture = 0;
  /// For #eq? against another capture.
  bool RightIsCapture = false;
  uint32_t RightCapture = 0;
  std::vector<std::string> Values;
  std::shared_ptr<re2::RE2> Regex;
};

class CompiledQuery {
public:
  /// Compiles Source for Language; on failure returns nullptr and sets Error to
  /// "LINE:COL: message" relative to the query text.
  static std::unique_ptr<CompiledQuery> compile(const TSLanguage *Language, std::string_view Source,
                                                std::string &Error);

  const TSQuery *query() const { return Query.get(); }
  /// The capture reported as the finding ("finding"), or UINT32_MAX if the query has none.
  uint32_t findingCapture() const { return FindingCapture; }
  std::string_view captureName(uint32_t Index) const;
  /// Whether every predicate of the match's pattern holds.
  bool predicatesHold(const TSQueryMatch &Match, std::string_view Text) const;

private:
  std::unique_ptr<TSQuery, QueryDeleter> Query;
  std::vector<std::vector<Predicate>> PatternPredicates;
  uint32_t FindingCapture = UINT32_MAX;
};

/// The source text a node spans.
std::string_view nodeText(TSNode Node, std::string_view Text);

/// A query rule's message with every `{@name}` replaced by the text of the match's first capture of
/// that name ("" when the match has none); `{detail}` is left for the judge's detail.
std::string interpolateCaptures(std::string_view Message, const CompiledQuery &Query, const TSQueryMatch &Match,
                                std::string_view Text);
/// The capture names a message refers to as `{@name}`, for the loader to check against the query.
std::vector<std::string> messageCaptures(std::string_view Message);

} // namespace blastradius

#endif
