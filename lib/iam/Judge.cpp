#include "iam/Judge.h"
#include "StringHelpers.h"

#include <algorithm>

#include <re2/re2.h>
#include <cctype>

namespace blastradius::iam {

namespace {

constexpr std::string_view StarOnlyActions[] = {
#define IAM_STAR_ONLY_ACTION(Pattern) Pattern,
#include "iam/ResourceStarOnlyActions.def"
#undef IAM_STAR_ONLY_ACTION
};

constexpr std::string_view PrincipalRestrictingKeys[] = {
#define IAM_PRINCIPAL_RESTRICTING_KEY(Key) Key,
#include "iam/ConditionKeys.def"
#undef IAM_PRINCIPAL_RESTRICTING_KEY
};

constexpr std::string_view NonBindingKeys[] = {
#define IAM_NON_BINDING_KEY(Key) Key,
#include "iam/ConditionKeys.def"
#undef IAM_NON_BINDING_KEY
};

/// Verbs whose actions only read. A wildcard that starts with one of them (s3:Get*, ec2:Describe*)
/// reads everything it reaches but changes nothing.
constexpr std::string_view ReadOnlyVerbs[] = {"get",  "list", "describe", "batchget", "search",
                                              "lookup", "view", "read",     "query",    "scan"};

bool isListed(const std::string_view *Begin, const std::string_view *End, std::string_view Lower) {
  return std::find(Begin, End, Lower) != End;
}

bool coveredByStarOnly(std::string_view LowerAction) {
  for (std::string_view Entry : StarOnlyActions) {
    if (Entry.back() == '*') {
      if (startsWith(LowerAction, Entry.substr(0, Entry.size() - 1)))
        return true;
    } else if (LowerAction == Entry) {
      return true;
    }
  }
  return false;
}

bool allLiteralStar(const std::vector<const model::Node *> &Values) {
  if (Values.empty())
    return true;
  for (const model::Node *V : Values)
    if (literalString(V) != std::string_view("*"))
      return false;
  return true;
}

/// Whether the statement's Condition narrows what a wildcard action reaches. Unknown conditions
/// (a variable, an `!If`) count as narrowing: precision first.
bool conditionNarrowsActions(const Statement &S) {
  for (const ConditionClause &C : S.Conditions) {
    if (C.Opaque)
      return true;
    std::string Key = lower(C.Key);
    if (isListed(std::begin(NonBindingKeys), std::end(NonBindingKeys), Key))
      continue;
    if (!allLiteralStar(C.Values))
      return true;
  }
  return false;
}

/// Whether the Condition limits who a wildcard principal lets in: a restricting key compared
/// positively (not `StringNotEquals`, not `...IfExists`, not `Null`) with something other than "*".
bool conditionRestrictsPrincipal(const Statement &S) {
  for (const ConditionClause &C : S.Conditions) {
    if (C.Opaque)
      return true;
    std::string Op = lower(C.Operator);
    if (Op.find("not") != std::string::npos || Op == "null" ||
        (Op.size() >= 8 && Op.compare(Op.size() - 8, 8, "ifexists") == 0))
      continue;
    std::string Key = lower(C.Key);
    if (!isListed(std::begin(PrincipalRestrictingKeys), std::end(PrincipalRestrictingKeys), Key))
      continue;
    if (!allLiteralStar(C.Values))
      return true;
  }
  return false;
}

bool hasLiteral(const ListElement &E, std::string_view Text) {
  for (const model::Node *N : E.Items)
    if (literalString(N) == Text)
      return true;
  return false;
}

/// An ARN whose account is a wildcard and whose resource is a bare wildcard ("*", "table/*"), or a
/// global one (no region, no account, as S3's) whose resource is "*": every resource of that service
/// in every account and region the holder reaches (arn:aws:logs:*:*:*, arn:aws:s3:::*). A global
/// ARN's first segment is a name (arn:aws:s3:::reports/* is one bucket's objects).
bool isAccountWideArn(std::string_view Arn) {
  static const RE2 Pattern(R"(arn:[a-z*-]+:[a-z0-9*-]+:(?:\*?:\*:(?:\*|[A-Za-z-]+[/:]\*)|::\*))");
  return RE2::FullMatch(Arn, Pattern);
}

bool coversEveryResource(const Statement &S) {
  if (S.NotResource.Present || hasLiteral(S.Resource, "*"))
    return true;
  for (const model::Node *N : S.Resource.Items)
    if (std::optional<std::string_view> Arn = literalString(N); Arn && isAccountWideArn(*Arn))
      return true;
  return false;
}

/// What a full wildcard on named resources still includes: the destructive actions of that service
/// (AWS Service Authorization Reference, "Actions defined by ..." for each service).
std::string destructiveActions(std::string_view Service) {
  static const std::pair<std::string_view, std::string_view> Table[] = {
      {"s3", "s3:DeleteObject, s3:DeleteObjectVersion, s3:DeleteBucket, s3:PutBucketPolicy"},
      {"dynamodb", "dynamodb:DeleteTable, dynamodb:DeleteItem, dynamodb:DeleteBackup"},
      {"rds", "rds:DeleteDBInstance, rds:DeleteDBCluster, rds:DeleteDBSnapshot"},
      {"sqs", "sqs:DeleteQueue, sqs:PurgeQueue"},
      {"sns", "sns:DeleteTopic"},
      {"kms", "kms:ScheduleKeyDeletion, kms:DisableKey"},
      {"logs", "logs:DeleteLogGroup, logs:DeleteLogStream"},
      {"lambda", "lambda:DeleteFunction"},
      {"secretsmanager", "secretsmanager:DeleteSecret"},
      {"ecr", "ecr:DeleteRepository, ecr:BatchDeleteImage"},
      {"efs", "elasticfilesystem:DeleteFileSystem"},
      {"elasticfilesystem", "elasticfilesystem:DeleteFileSystem"},
  };
  for (const auto &[Name, Actions] : Table)
    if (Name == Service)
      return std::string(Actions);
  return "every " + std::string(Service == "*" ? "" : std::string(Service) + " ") + "delete action";
}

std::string quotedList(const std::vector<const model::Node *> &Items, size_t Max) {
  std::string Out;
  size_t Shown = 0, Hidden = 0;
  for (const model::Node *N : Items) {
    std::optional<std::string_view> V = literalString(N);
    if (Shown == Max) {
      ++Hidden;
      continue;
    }
    if (!Out.empty())
      Out += ", ";
    if (V)
      Out += "'" + std::string(*V) + "'";
    else if (N->isString() || N->Kind == model::NodeKind::Expression)
      Out += N->Value.substr(0, 120); // as written: "${var.x}:*", !Sub's template
    else
      Out += "(computed)";
    ++Shown;
  }
  if (Hidden)
    Out += " and " + std::to_string(Hidden) + " more";
  return Out;
}

std::string resourcePhrase(const Statement &S) {
  if (S.NotResource.Present)
    return "every resource except " + quotedList(S.NotResource.Items, 2);
  if (hasLiteral(S.Resource, "*"))
    return "every resource";
  if (S.Resource.Present && !S.Resource.Items.empty())
    return quotedList(S.Resource.Items, 2);
  return "";
}

std::string actionPhrase(const Statement &S) {
  if (S.NotAction.Present)
    return "every action except " + quotedList(S.NotAction.Items, 3);
  if (S.Action.Present && !S.Action.Items.empty())
    return quotedList(S.Action.Items, 3);
  return "";
}

std::string withResources(std::string What, const Statement &S) {
  std::string Where = resourcePhrase(S);
  if (!Where.empty())
    What += " on " + Where;
  return What;
}

void judgeWildcardActions(const Statement &S, std::vector<Finding> &Out) {
  // A statement with a Principal belongs to a resource policy, where Resource "*" means "this
  // resource" (a key policy's "kms:*" for the account's root is AWS's default); the principal is
  // what decides there, and the wildcard-principal rule judges it.
  if (S.Principal.Present || S.NotPrincipal.Present || !S.Action.Present || conditionNarrowsActions(S))
    return;
  // On named resources only a full wildcard is judged (a lower level): it includes every delete.
  bool Scoped = !coversEveryResource(S);
  if (Scoped && (!S.Resource.Present || S.Resource.Items.empty() ||
                 std::any_of(S.Resource.Items.begin(), S.Resource.Items.end(),
                             [](const model::Node *N) { return !literalString(N); })))
    return;
  ActionBreadth Worst = ActionBreadth::Specific;
  std::vector<const model::Node *> WorstItems;
  for (const model::Node *Item : S.Action.Items) {
    std::optional<std::string_view> Action = literalString(Item);
    if (!Action)
      continue;
    ActionBreadth B = classifyAction(*Action);
    if (B < Worst || B == ActionBreadth::Specific)
      continue;
    if (B > Worst)
      WorstItems.clear();
    Worst = B;
    WorstItems.push_back(Item);
  }
  if (Worst == ActionBreadth::Specific || (Scoped && Worst != ActionBreadth::FullWildcard))
    return;

  std::string What;
  std::optional<Level> LevelOverride;
  if (WorstItems.size() == 1 && Worst == ActionBreadth::FullWildcard) {
    std::string A(*literalString(WorstItems.front()));
    size_t Colon = A.find(':');
    if (Colon == std::string::npos || A.substr(0, Colon).find_first_of("*?") != std::string::npos)
      What = "every action ('" + A + "')";
    else
      What = "every " + A.substr(0, Colon) + " action ('" + A + "')";
  } else {
    What = quotedList(WorstItems, 3);
  }
  if (Worst == ActionBreadth::PartialWildcard) {
    LevelOverride = Level::Warning;
  } else if (Worst == ActionBreadth::ReadOnlyWildcard) {
    What = (WorstItems.size() == 1 ? "the read-only wildcard " : "the read-only wildcards ") + What;
    LevelOverride = Level::Note;
  }
  const model::Node *At = WorstItems.front();
  if (Scoped) {
    std::string A(*literalString(At));
    size_t Colon = A.find(':');
    std::string Service = Colon == std::string::npos ? "*" : lower(A.substr(0, Colon));
    Out.push_back({WildcardActionRule, At->Begin, At->End,
                   withResources(std::move(What), S) + " only, which still includes " + destructiveActions(Service),
                   Level::Warning});
    return;
  }
  Out.push_back({WildcardActionRule, At->Begin, At->End, withResources(std::move(What), S), LevelOverride});
}

void judgeNotAction(const Statement &S, std::vector<Finding> &Out) {
  if (!S.NotAction.Present)
    return;
  Out.push_back({AllowNotActionRule, S.NotAction.Key.Begin, S.NotAction.Key.End,
                 withResources("every action except " + quotedList(S.NotAction.Items, 3), S), std::nullopt});
}

void judgePrincipal(const Statement &S, std::vector<Finding> &Out) {
  uint32_t Begin = 0, End = 0;
  std::string Who;
  if (S.NotPrincipal.Present) {
    Begin = S.NotPrincipal.Key.Begin;
    End = S.NotPrincipal.Key.End;
    Who = "every principal except those in NotPrincipal";
  } else {
    for (const PrincipalEntry &P : S.Principal.Entries) {
      if ((P.Type == "*" || P.Type == "AWS") && literalString(P.Id) == std::string_view("*")) {
        Begin = P.Id->Begin;
        End = P.Id->End;
        Who = P.Type == "*" ? "everyone (Principal '*')" : "every AWS account and anonymous caller (AWS '*')";
        break;
      }
    }
  }
  if (Who.empty() || conditionRestrictsPrincipal(S))
    return;
  std::string What = actionPhrase(S);
  if (What.empty())
    What = "access";
  Out.push_back({WildcardPrincipalRule, Begin, End, withResources(std::move(What), S) + " to " + Who, std::nullopt});
}

} // namespace

ActionBreadth classifyAction(std::string_view Action) {
  std::string A = lower(Action);
  size_t Wild = A.find_first_of("*?");
  if (Wild == std::string::npos)
    return ActionBreadth::Specific;
  if (A == "*")
    return ActionBreadth::FullWildcard;
  size_t Colon = A.find(':');
  if (Colon == std::string::npos)
    return ActionBreadth::Specific; // not a valid action; IAM rejects it
  std::string_view Name = std::string_view(A).substr(Colon + 1);
  if (Name == "*")
    return ActionBreadth::FullWildcard;
  if (coveredByStarOnly(A))
    return ActionBreadth::Specific;
  std::string_view Fixed = Name.substr(0, Name.find_first_of("*?"));
  for (std::string_view Verb : ReadOnlyVerbs)
    if (startsWith(Fixed, Verb))
      return ActionBreadth::ReadOnlyWildcard;
  return ActionBreadth::PartialWildcard;
}

std::vector<Finding> judgePolicy(const Policy &P) {
  std::vector<Finding> Out;
  for (const Statement &S : P.Statements) {
    if (S.TheEffect != Effect::Allow)
      continue;
    judgeWildcardActions(S, Out);
    judgeNotAction(S, Out);
    judgePrincipal(S, Out);
  }
  return Out;
}

} // namespace blastradius::iam
