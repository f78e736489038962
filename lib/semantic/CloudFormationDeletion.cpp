// CloudFormation deletion safety: stateful resources that a stack deletion (or a replacing update)
// would delete with their data, service-side deletion protection switched off, and (a lower level)
// left at a service default that does not protect.
#include "semantic/Analyzers.h"
#include "semantic/CloudFormationProtection.h"
#include "semantic/CloudFormationResources.h"
#include "semantic/CloudFormationStatefulTypes.h"
#include "semantic/LiteralText.h"

namespace blastradius {

namespace {

using cloudformation::Resource;
using cloudformation::StatefulType;
using model::Node;

constexpr std::string_view WithoutRetainRule = "cloudformation-stateful-resource-without-retain";
constexpr std::string_view DeletePolicyRule = "cloudformation-deletion-policy-delete";
constexpr std::string_view ProtectionRule = "cloudformation-deletion-protection-disabled";
constexpr std::string_view AbsentRule = "cloudformation-deletion-protection-absent";

// Properties nest shallowly (a GlobalTable's Replicas[].DeletionProtectionEnabled); the limit only
// guards against hostile input.
constexpr unsigned MaxPropertyDepth = 8;

void checkDeletionPolicies(SemanticContext &Context, const Resource &R) {
  const StatefulType *Stateful = cloudformation::statefulTypeOf(R);
  if (!Stateful)
    return; // Delete on a function or a topic loses nothing that a redeploy does not bring back
  std::string What = R.describe() + " (" + std::string(Stateful->Holds) + ")";

  const Node *Deletion = R.Body->get("DeletionPolicy");
  if (!Deletion || Deletion->isNull()) {
    if (!Stateful->SnapshotByDefault)
      Context.report(WithoutRetainRule, *R.LogicalId, What);
  } else if (isLiteralText(Deletion, "Delete")) {
    Context.report(DeletePolicyRule, *Deletion,
                   "DeletionPolicy Delete on " + What + " applies when the stack is deleted or the resource leaves the template");
  }
  // Anything else (Retain, Snapshot, an !If or {"Fn::If"} whose outcome depends on a parameter)
  // is either safe or unknown.

  const Node *Replace = R.Body->get("UpdateReplacePolicy");
  if (isLiteralText(Replace, "Delete"))
    Context.report(DeletePolicyRule, *Replace,
                   "UpdateReplacePolicy Delete on " + What + " applies when an update replaces it",
                   Level::Warning);
}

void findProtectionOff(SemanticContext &Context, const Resource &R, const Node &Value, unsigned Depth) {
  // A tagged value (!If, !FindInMap) or an intrinsic function's arguments are decided at deploy time.
  if (Depth > MaxPropertyDepth || !Value.Tag.empty())
    return;
  if (Value.isSequence()) {
    for (const Node &Item : Value.Items)
      findProtectionOff(Context, R, Item, Depth + 1);
    return;
  }
  if (!Value.isMapping())
    return;
  for (const model::MapEntry &Entry : Value.Entries) {
    std::optional<std::string_view> Key = literalText(&Entry.Key);
    if (!Key || *Key == "Ref" || Key->rfind("Fn::", 0) == 0)
      continue;
    // AWS::NetworkFirewall::Firewall spells it DeleteProtection.
    bool ProtectionKey = *Key == "DeletionProtection" || *Key == "DeletionProtectionEnabled" || *Key == "DeleteProtection";
    if (!ProtectionKey) {
      findProtectionOff(Context, R, Entry.Value, Depth + 1);
      continue;
    }
    // Cognito user pools spell it ACTIVE/INACTIVE; every other service true/false.
    if (Entry.Value.isFalse() || Entry.Value.isLiteral("INACTIVE"))
      Context.report(ProtectionRule, Entry.Value, std::string(*Key) + ": " + Entry.Value.Value + " on " + R.describe());
  }
}

/// Whether CloudFormation itself never deletes the resource: both policies keep it (or a snapshot).
/// A policy that is not a plain word (an `!If`, a malformed list) leaves it unknown: true, so that
/// nothing is reported on a guess.
bool keptByPolicies(const Resource &R) {
  const Node *Deletion = R.Body->get("DeletionPolicy");
  const Node *Replace = R.Body->get("UpdateReplacePolicy");
  for (const Node *Policy : {Deletion, Replace})
    if (Policy && !Policy->isNull() && !literalText(Policy))
      return true;
  bool DeletionKeeps = isLiteralText(Deletion, "Retain") || isLiteralText(Deletion, "RetainExceptOnCreate") ||
                       isLiteralText(Deletion, "Snapshot");
  bool ReplaceKeeps = isLiteralText(Replace, "Retain") || isLiteralText(Replace, "Snapshot");
  return DeletionKeeps && ReplaceKeeps;
}

void checkProtection(SemanticContext &Context, const Resource &R) {
  // The load balancer's protection is a Key/Value attribute, which the property search above cannot see.
  if (const Node *Value = cloudformation::loadBalancerDeletionProtection(R); Value && Value->isFalse())
    Context.report(ProtectionRule, *Value, "deletion_protection.enabled: " + Value->Value + " on " + R.describe());
  cloudformation::ProtectionCheck Check = cloudformation::deletionProtectionOf(R);
  if (Check.State != cloudformation::ProtectionState::Absent || keptByPolicies(R) || !Context.ruleEnabled(AbsentRule))
    return;
  Context.report(AbsentRule, *R.LogicalId,
                 R.describe() + " does not set " + std::string(Check.Attribute) + ", and the service's default leaves it off");
}

class CloudFormationDeletionAnalyzer final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "cloudformation-deletion"; }
  std::string_view description() const override {
    return "CloudFormation: stateful resources deleted with the stack, deletion protection switched off or left "
           "at an unprotected default";
  }
  std::vector<std::string_view> ruleIds() const override {
    return {WithoutRetainRule, DeletePolicyRule, ProtectionRule, AbsentRule};
  }
  bool appliesTo(std::string_view FileLanguage) const override {
    return FileLanguage == "cloudformation" || FileLanguage == "cloudformation-json";
  }
  void analyze(SemanticContext &Context) const override {
    for (const Resource &R : cloudformation::cloudFormationResources(Context)) {
      checkDeletionPolicies(Context, R);
      if (const Node *Properties = R.Body->get("Properties"))
        findProtectionOff(Context, R, *Properties, 0);
      checkProtection(Context, R);
    }
  }
};

} // namespace

const SemanticAnalyzer &cloudFormationDeletionAnalyzer() {
  static const CloudFormationDeletionAnalyzer Instance;
  return Instance;
}

} // namespace blastradius
