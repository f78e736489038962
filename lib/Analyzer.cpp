#include "Analyzer.h"

#include "Query.h"
#include "analyzers/Judges.h"

namespace blastradius {

std::vector<TSNode> MatchContext::captures(std::string_view Name) const {
  std::vector<TSNode> Nodes;
  for (uint16_t I = 0; I < Match.capture_count; ++I)
    if (Query.captureName(Match.captures[I].index) == Name)
      Nodes.push_back(Match.captures[I].node);
  return Nodes;
}

std::string_view MatchContext::captureText(std::string_view Name) const {
  for (uint16_t I = 0; I < Match.capture_count; ++I)
    if (Query.captureName(Match.captures[I].index) == Name)
      return nodeText(Match.captures[I].node, Text);
  return {};
}

std::vector<const Analyzer *> allAnalyzers() {
  // One instance each, stateless: shared by every worker thread. A judge that needs a whole file's
  // model built once (the shell's dataflow) is a semantic analyser instead (lib/semantic/).
  return {&terraformValueTrueJudge(), &terraformValueFalseJudge(), &githubActionsTokenScopeJudge()};
}

const Analyzer *findAnalyzer(std::string_view Name) {
  for (const Analyzer *A : allAnalyzers())
    if (A->name() == Name)
      return A;
  return nullptr;
}

} // namespace blastradius
