#include "coverage/CoverageMarking.h"

#include <algorithm>

namespace blastradius::coverage {

std::optional<uint64_t> findingExecutions(const Finding &F, const CoverageData &Data) {
  const FileCoverage *File = Data.file(F.Path);
  if (!File)
    return std::nullopt;
  // A finding spanning a whole block is judged by its first lines, as provenance does.
  constexpr unsigned MaxRegionLines = 50;
  unsigned First = std::max(1u, F.Start.Line);
  unsigned Last = std::min(std::max(First, F.End.Line), First + MaxRegionLines - 1);
  return File->regionHits(First, Last);
}

void markCoverage(Report &R, const CoverageData &Data, std::optional<Level> UntestedLevel) {
  for (Finding &F : R.Findings) {
    // An untested branch is located at its condition, which ran: its message already says what
    // never did, and "ran N times" would contradict it.
    if (F.RuleId == "untested-risky-branch")
      continue;
    std::optional<uint64_t> Runs = findingExecutions(F, Data);
    if (!Runs)
      continue;
    if (*Runs > 0) {
      F.ExecutionCount = *Runs;
      continue;
    }
    F.Untested = true;
    // Level order is Note < Warning < Error (None lies below Note and stays off).
    if (UntestedLevel && F.FindingLevel != Level::None && F.FindingLevel < *UntestedLevel) {
      Level From = F.FindingLevel;
      F.FindingLevel = *UntestedLevel;
      F.Message += " (raised from " + std::string(levelName(From)) + ": never executed by the tests)";
    }
  }
}

} // namespace blastradius::coverage
