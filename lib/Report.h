// What a scan produces, before it is written out: findings, skipped files and notifications,
// always in one canonical order so that every output format is deterministic.
#ifndef BLASTRADIUS_REPORT_H
#define BLASTRADIUS_REPORT_H

#include "Rule.h"
#include "SourceText.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace blastradius {

struct Suppression {
  /// SARIF suppression kind: "inSource" (a comment) or "external" (a suppressions file).
  std::string Kind = "inSource";
  std::string Justification;
};

/// A related place as an analyser names it, before the engine maps it to host positions: Start/End
/// byte offsets in the analysed text when Path is empty, otherwise a scan-root relative path at
/// StartPos/EndPos (a variable's default in another file of the module).
struct RelatedSpan {
  std::string Path;
  uint32_t Start = 0, End = 0;
  Position StartPos, EndPos;
  std::string Message;
};

/// Another place a finding is about (SARIF relatedLocations; a `note:` line in text): for an untested
/// branch, its condition and the risky operation inside it; for a Terraform value, where it is set.
struct RelatedLocation {
  Position Start;
  Position End;
  std::string Message;
  /// Another file (repository-relative), or empty for the finding's own file: the dependents of a
  /// destroyed resource live anywhere in the module.
  std::string Path;
};

/// A fix to offer (SARIF `fixes`, a `fix:` block in text): Text inserted at At in the finding's file.
struct FixInsertion {
  std::string Description;
  Position At;
  std::string Text;
};

struct Finding {
  std::string RuleId;
  /// Repository-relative path with '/' separators.
  std::string Path;
  Position Start;
  Position End;
  Level FindingLevel = Level::Warning;
  std::string Message;
  /// The source lines the finding spans (at most a few).
  std::string Snippet;
  /// The tool's own stable key (rule, path, normalised snippet, occurrence): survives line shifts.
  std::string Fingerprint;
  /// GitHub's primaryLocationLineHash ("hash:occurrence").
  std::string LineHash;
  std::optional<Suppression> Suppressed;
  /// With --baseline: "new" or "unchanged" (SARIF baselineState); "absent" for a baseline result
  /// that this scan no longer finds. Empty without a baseline.
  std::string BaselineState;
  /// The configuration tier whose paths hold the finding, or empty.
  std::string Tier;
  /// With --provenance: the finding's line was last changed by a commit made with an AI assistant.
  bool AiAssisted = false;
  std::string AiCommit;
  /// With --coverage, in a file that has coverage data: the finding's lines never ran (Untested),
  /// or how often the most-run of them did (ExecutionCount). Neither on lines the coverage does
  /// not instrument, nor in files without coverage.
  bool Untested = false;
  std::optional<uint64_t> ExecutionCount;
  std::vector<RelatedLocation> Related;
  /// Change impact (family destroying-change): "diff" when the comparison of the base and head
  /// models produced the finding, "plan" when the deployer's own plan did. Empty otherwise.
  std::string ImpactSource;
  std::optional<FixInsertion> Fix;
};

/// A file the scan was given but did not analyse, or analysed only in part.
struct Notification {
  std::string Path;
  /// Stable key: "binary", "too-large", "unknown-language", "unreadable", "syntax-error" ...
  std::string Kind;
  std::string Message;
  Level NotificationLevel = Level::Note;
  /// True when the file was not analysed at all (a skip), false for a partial analysis.
  bool Skipped = true;
  std::optional<Position> Where;
};

struct Report {
  std::vector<Finding> Findings;
  std::vector<Notification> Notifications;
  /// Every rule that can fire (SARIF tool.driver.rules), sorted by id.
  std::vector<const Rule *> Rules;
  /// The absolute directory every Path is relative to.
  std::string SourceRoot;
  unsigned FilesAnalysed = 0;
  /// True when a fatal problem (not a finding) stopped part of the scan.
  bool ExecutionFailed = false;
  /// With --baseline: the baseline's results this scan no longer finds (BaselineState "absent").
  std::vector<Finding> Absent;
  bool HasBaseline = false;

  /// Sorts findings and notifications into the canonical order and removes exact duplicates
  /// (the same C++ header finding seen through two translation units).
  void canonicalize();
  unsigned skippedCount() const;
  std::map<std::string, unsigned> skippedByKind() const;
  const Rule *findRule(const std::string &Id) const;
};

} // namespace blastradius

#endif
