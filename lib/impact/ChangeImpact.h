// What a change destroys: the entry point of the change-impact layer. From the diff (the base
// revision's model read from git objects against the head's) and from the deployer's own plans,
// it adds findings of the destroying-change family to a report, as normal findings that
// suppressions, policy, tiers, baseline and --fail-on then treat like any other.
#ifndef BLASTRADIUS_IMPACT_CHANGEIMPACT_H
#define BLASTRADIUS_IMPACT_CHANGEIMPACT_H

#include "Report.h"
#include "RuleLoader.h"

#include <cstdint>
#include <string>
#include <vector>

namespace blastradius::impact {

struct ImpactOptions {
  /// The report's source root (absolute).
  std::string SourceRoot;
  /// The scanned paths: only changes under them count (empty: the whole source root).
  std::vector<std::string> Paths;
  /// The base commit (a merge base) to compare with; empty: no diff analysis, plans only.
  std::string BaseCommit;
  /// The head commit; empty: the work tree.
  std::string HeadCommit;
  uint64_t MaxFileSize = 4 * 1024 * 1024;
  std::vector<std::string> TerraformPlans;
  std::vector<std::string> CloudFormationChangeSets;
  bool ReportUnusedSuppressions = false;
  /// Threads for the parses of the diff comparison.
  unsigned Jobs = 1;
  /// The paths that differ between BaseCommit and the work tree (relative to the top of the work
  /// tree), when the caller already has them (--diff-base's own diff); null: asked from git.
  const std::vector<std::string> *ChangedPaths = nullptr;
};

/// Adds the change-impact findings and notifications to Out (then re-canonicalizes it). Problems
/// with one input (an unreadable plan, a module that does not parse) are error notifications.
void addChangeImpact(const ImpactOptions &Options, const RuleSet &Rules, Report &Out);

} // namespace blastradius::impact

#endif
