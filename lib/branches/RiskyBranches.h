// The untested-risky-branch family: judges the branches of a file (BranchMap) against the findings
// every other rule made in it and, when there is coverage, against how often each line ran.
//
//   untested-risky-branch            a branch holding a finding (or calling a function of the file
//                                    that holds one) never ran while its function or script did
//   <lang>-destructive-error-branch  without coverage: a failure branch (`cmd || rm -rf`, `if !
//                                    apply; then destroy`, an except handler) that deletes or widens
//   bash-error-branch-reports-success  `state-changing-cmd || exit 0`: the failure is reported as success
#ifndef BLASTRADIUS_BRANCHES_RISKYBRANCHES_H
#define BLASTRADIUS_BRANCHES_RISKYBRANCHES_H

#include "BranchMap.h"
#include "Report.h"
#include "RuleLoader.h"
#include "SourceText.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace blastradius {

/// How often a line of the file ran: nullopt when the line is not instrumented (a comment, a
/// brace) or the file has no coverage.
using LineHits = std::function<std::optional<uint64_t>(unsigned Line)>;

struct BranchJudgement {
  const std::string &Path;
  const std::string &Language;
  const SourceText &Host;
  const BranchMap &Branches;
  /// The findings of every other rule in this file.
  const std::vector<Finding> &Findings;
  const RuleSet &Rules;
  /// Empty when there is no coverage for this file.
  LineHits Hits;
};

/// The findings of the untested-risky-branch family for one file (only rules that are loaded and
/// apply to the language).
std::vector<Finding> judgeBranches(const BranchJudgement &Input);

} // namespace blastradius

#endif
