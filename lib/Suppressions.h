// Inline suppressions: `blastradius-ignore[rule-id,...]: reason` in a comment on the finding's line or
// the line above, `blastradius-ignore-file[rule-id,...]: reason` anywhere for the whole file. A
// suppression must carry a reason; one without is reported and suppresses nothing. One that
// suppresses nothing is reported too when asked (--report-unused-suppressions, on in CI).
#ifndef BLASTRADIUS_SUPPRESSIONS_H
#define BLASTRADIUS_SUPPRESSIONS_H

#include "Report.h"

#include <functional>
#include <string>
#include <vector>

namespace blastradius {

struct InlineSuppression {
  /// The line of the comment.
  unsigned Line = 0;
  /// The line it covers besides its own: for a comment alone on its line, the next line that is
  /// not itself only a comment (so that several directives can stack above one statement).
  unsigned TargetLine = 0;
  Position Where;
  std::vector<std::string> RuleIds;
  std::string Reason;
  /// `blastradius-ignore-file[...]`: every finding of those rules in the file.
  bool WholeFile = false;
};

/// The suppressions in a file, found in comments that start with one of CommentPrefixes.
std::vector<InlineSuppression> findInlineSuppressions(const SourceText &Source,
                                                      const std::vector<std::string> &CommentPrefixes);

/// The ids of the findings about suppressions themselves.
inline constexpr const char *SuppressionWithoutReasonRule = "blastradius-suppression-without-reason";
inline constexpr const char *UnusedSuppressionRule = "blastradius-unused-suppression";

/// The bookkeeping rules, each null when not enabled, and which rule ids are loaded (a suppression
/// naming only rules that are not loaded cannot be judged unused).
struct SuppressionRules {
  const Rule *MissingReason = nullptr;
  const Rule *Unused = nullptr;
  std::function<bool(const std::string &RuleId)> IsLoaded;
};

/// Marks the findings the suppressions cover, and appends a finding for every suppression that has
/// no reason, and for every reasoned one that covered nothing (when those rules are given).
void applyInlineSuppressions(std::vector<Finding> &FileFindings, const std::vector<InlineSuppression> &Suppressions,
                             const std::string &Path, const SuppressionRules &Rules);

} // namespace blastradius

#endif
