// Inline suppressions: `blastradius-ignore[rule-id,...]: reason` in a comment on the finding's line or
// the line above. A suppression must carry a reason; one without is reported and suppresses nothing.
#ifndef BLASTRADIUS_SUPPRESSIONS_H
#define BLASTRADIUS_SUPPRESSIONS_H

#include "Report.h"

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
};

/// The suppressions in a file, found in comments that start with one of CommentPrefixes.
std::vector<InlineSuppression> findInlineSuppressions(const SourceText &Source,
                                                      const std::vector<std::string> &CommentPrefixes);

/// The id of the finding a reasonless suppression produces.
inline constexpr const char *SuppressionWithoutReasonRule = "blastradius-suppression-without-reason";

/// Marks the findings the suppressions cover, and appends a finding for every suppression that has
/// no reason (when that rule is enabled, i.e. Rule is not null).
void applyInlineSuppressions(std::vector<Finding> &FileFindings, const std::vector<InlineSuppression> &Suppressions,
                             const std::string &Path, const Rule *MissingReasonRule);

} // namespace blastradius

#endif
