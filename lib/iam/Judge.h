// Judges one normalised IAM policy (Policy.h), whatever syntax it came from: wildcard actions on
// every resource, Allow with NotAction, wildcard principals. Findings are host byte ranges of the
// offending element; the analyser that found the policy turns them into reports.
#ifndef BLASTRADIUS_IAM_JUDGE_H
#define BLASTRADIUS_IAM_JUDGE_H

#include "Rule.h"
#include "iam/Policy.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius::iam {

inline constexpr std::string_view WildcardActionRule = "aws-iam-wildcard-action";
inline constexpr std::string_view AllowNotActionRule = "aws-iam-allow-not-action";
inline constexpr std::string_view WildcardPrincipalRule = "aws-iam-wildcard-principal";

struct Finding {
  std::string_view RuleId;
  uint32_t Begin = 0, End = 0;
  std::string Detail;
  std::optional<Level> LevelOverride;
};

/// How broad one action pattern is, when it is granted on every resource.
enum class ActionBreadth {
  /// Names one action, or only actions AWS authorises on "*" alone (ec2:Describe*): nothing to say.
  Specific,
  /// A wildcard over read-only verbs (s3:Get*, List*): reported as a note.
  ReadOnlyWildcard,
  /// A wildcard over some write-capable actions of a service (s3:Delete*, iam:Put*, s3:*Object).
  PartialWildcard,
  /// Every action of a service (s3:*) or of every service (*, *:*).
  FullWildcard,
};

/// Classifies an IAM action pattern as written (case-insensitive, as IAM compares actions).
ActionBreadth classifyAction(std::string_view Action);

/// Every finding of the policy's Allow statements.
std::vector<Finding> judgePolicy(const Policy &P);

} // namespace blastradius::iam

#endif
