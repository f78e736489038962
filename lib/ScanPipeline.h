// The parts of a scan around the engine that every front end must run the same way, so that the
// editor (`blastradius lsp`), `blastradius impact` and the Action (which runs `scan`) show what
// `blastradius scan` reports: the project configuration (.blastradius.yaml, suppression files, rule
// selection), the changed files, the baseline and the coverage before the engine; after it, in this
// order, changed lines, change impact, policy, provenance, coverage marks and the baseline.
#ifndef BLASTRADIUS_SCANPIPELINE_H
#define BLASTRADIUS_SCANPIPELINE_H

#include "ChangedLines.h"
#include "Config.h"
#include "Inventory.h"
#include "Report.h"
#include "coverage/CoverageLoader.h"
#include "impact/ChangeImpact.h"

#include <optional>
#include <string>
#include <vector>

namespace blastradius {

class RuleSet;

struct ProjectConfigRequest {
  /// --config FILE, or empty to look for .blastradius.yaml.
  std::string ConfigFile;
  bool NoConfig = false;
  /// Where the search for .blastradius.yaml starts (a file: its directory), up to SourceRoot.
  std::string StartPath;
  std::string SourceRoot;
  /// --suppressions FILE...: more `suppressions:` entries.
  std::vector<std::string> SuppressionFiles;
};

/// Loads the project configuration and applies its rule selection to Rules. Project stays empty
/// when there is neither a configuration nor a suppressions file. On an invalid file returns false
/// with Errors holding the lines to print, the last one saying that nothing was scanned.
bool loadProjectConfig(const ProjectConfigRequest &Request, RuleSet &Rules, std::optional<Config> &Project,
                       std::vector<std::string> &Errors);

/// Pull-request mode (--diff-base): computes the lines changed since DiffBase and keeps only the
/// changed files in the inventory (only they are parsed).
bool restrictToChangedFiles(const std::string &DiffBase, Inventory &Files, ChangedLines &Changed, std::string &Error);

/// --baseline FILE: loads it into Baseline. A file that does not exist yet (a CI job's first run) is no
/// error: Missing is set and the scan runs without it (runPostScan adds a note).
bool loadBaselineFile(const std::string &Path, std::vector<Finding> &Baseline, bool &Missing, std::string &Error);

/// --coverage FILE...: the coverage of the files this scan looks at (skipped ones too: a C++ header is
/// analysed through its translation units). Loaded before the scan: the untested-risky-branch family
/// judges each file's branches against it while the file is analysed.
coverage::LoadedCoverage loadScanCoverage(const Inventory &Files, const std::vector<coverage::PrefixRule> &Prefixes,
                                          const std::vector<std::string> &CoverageFiles);

/// What runs on a scan's report after the engine; every step is off unless set.
struct PostScanSteps {
  /// Pull-request mode: findings whose region touches no changed line are dropped.
  const ChangedLines *Changed = nullptr;
  /// What the change destroys (the destroying-change family); its findings then go through the
  /// policy and the baseline like any other.
  std::optional<impact::ImpactOptions> Impact;
  /// The project configuration: tiers, levels, expiring suppressions, provenance patterns.
  const Config *Project = nullptr;
  bool Provenance = false;
  /// Coverage marks (untested findings); its notifications join the report.
  coverage::LoadedCoverage *Coverage = nullptr;
  /// --baseline: the baseline's findings (baselineState new/unchanged/absent).
  const std::vector<Finding> *Baseline = nullptr;
  /// --baseline named a file that does not exist yet: a note says the scan ran without it.
  std::string MissingBaseline;
};

/// Runs the post-scan steps on Result, in the order of the file comment.
void runPostScan(PostScanSteps &Steps, const RuleSet &Rules, Report &Result);

} // namespace blastradius

#endif
