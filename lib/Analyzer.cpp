#include "Analyzer.h"

#include "Query.h"

namespace blastradius {

std::vector<TSNode> MatchContext::captures(std::string_view Name) const {
  std::vector<TSNode> Nodes;
  for (uint16_t I = 0; I < Match.capture_count; ++I)
    if (Query.captureName(Match.captures[I].index) == Name)
      Nodes.push_back(Match.captures[I].node);
  return Nodes;
}

std::vector<const Analyzer *> allAnalyzers() {
  // One instance each, stateless: shared by every worker thread. The shell's recursive-delete
  // judge became a semantic analyser (semantic/ShellRecursiveDeletes.cpp): it needs the whole
  // script's dataflow, built once, not a walk per match.
  return {};
}

const Analyzer *findAnalyzer(std::string_view Name) {
  for (const Analyzer *A : allAnalyzers())
    if (A->name() == Name)
      return A;
  return nullptr;
}

} // namespace blastradius
