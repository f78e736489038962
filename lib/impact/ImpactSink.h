// Collects change-impact findings as the per-file rules make theirs: the rule's metadata, the level
// (a stateful loss is an error, a stateless one a note, unless the configuration set the rule's
// level), locations from byte offsets in the file's text, then inline suppressions and
// fingerprints per file, as every other finding gets them.
#ifndef BLASTRADIUS_IMPACT_IMPACTSINK_H
#define BLASTRADIUS_IMPACT_IMPACTSINK_H

#include "Report.h"
#include "RuleLoader.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace blastradius::impact {

/// A place in a file whose text the sink knows (see ImpactSink::text).
struct Place {
  std::string File; // repository-relative (to the top of the work tree)
  uint32_t Begin = 0, End = 0;
  /// Offsets into the base's text of File (registered with baseText), not the head's.
  bool InBase = false;
};

class ImpactSink {
public:
  /// PathPrefix: the source root relative to the top of the work tree ("" when they are the same);
  /// findings outside it are dropped.
  ImpactSink(const RuleSet &Rules, std::string PathPrefix) : Rules(Rules), PathPrefix(std::move(PathPrefix)) {}

  /// Records the text of File (the side the finding is located in).
  void text(const std::string &File, const std::string &Text);
  /// Records the base's text of File, for places marked InBase (a removed block's dependents).
  void baseText(const std::string &File, const std::string &Text) { BaseTexts.emplace(File, Text); }
  bool enabled(const std::string &RuleId) const { return Rules.find(RuleId) != nullptr; }

  struct Event {
    std::string RuleId;
    Place Where;
    std::string Detail;
    /// Whether what is lost holds data: error; otherwise a note.
    bool Stateful = true;
    /// "diff" or "plan".
    std::string Source = "diff";
    /// A Terraform address (or CloudFormation logical id) the event is about, for plan/diff merging.
    std::string Address;
    std::vector<Place> Dependents;
    std::vector<std::string> DependentNames;
    std::optional<std::string> FixDescription;
    std::string FixText;
    uint32_t FixAt = 0;
  };
  void report(Event E);

  /// Drops diff events about addresses a plan reported on (the plan is ground truth).
  void preferPlan(const std::set<std::string> &PlanAddresses);

  /// The findings, suppressions applied and fingerprints assigned, per file.
  std::vector<Finding> finish(bool ReportUnusedSuppressions);
  std::vector<Notification> Notifications;

  /// Converts a top-relative path to the report's (source-root-relative) one; false when outside.
  bool reportPath(const std::string &File, std::string &Out) const;

private:
  const RuleSet &Rules;
  std::string PathPrefix;
  std::map<std::string, std::string> Texts, BaseTexts;
  std::vector<Event> Events;
};

} // namespace blastradius::impact

#endif
