// The table of CloudFormationProtection.h. Each default is the one the CloudFormation resource
// reference documents for the property:
//  - AWS::RDS::DBCluster, AWS::RDS::DBInstance DeletionProtection: "By default, deletion protection
//    isn't enabled." (an instance in an Aurora cluster takes the cluster's: "Amazon Aurora: Not
//    applicable"); AWS::DocDB::DBCluster and AWS::Neptune::DBCluster DeletionProtection: likewise off
//    unless set.
//  - AWS::DynamoDB::Table DeletionProtectionEnabled: off unless set.
//  - AWS::NetworkFirewall::Firewall DeleteProtection: off unless set.
//  - AWS::Cognito::UserPool DeletionProtection: ACTIVE or INACTIVE, INACTIVE unless set.
//  - AWS::ElasticLoadBalancingV2::LoadBalancer: the load balancer attribute
//    deletion_protection.enabled, "The default is false".
// Not in the table because the service protects by default: AWS::QLDB::Ledger's DeletionProtection
// ("If not defined during ledger creation, this feature is enabled (true) by default").
#include "semantic/CloudFormationProtection.h"

#include "semantic/LiteralText.h"

namespace blastradius::cloudformation {

namespace {

struct ProtectionDefault {
  std::string_view Type;
  std::string_view Property;
};

constexpr ProtectionDefault Defaults[] = {
    {"AWS::RDS::DBCluster", "DeletionProtection"},
    {"AWS::RDS::DBInstance", "DeletionProtection"},
    {"AWS::DocDB::DBCluster", "DeletionProtection"},
    {"AWS::Neptune::DBCluster", "DeletionProtection"},
    {"AWS::DynamoDB::Table", "DeletionProtectionEnabled"},
    {"AWS::NetworkFirewall::Firewall", "DeleteProtection"},
    {"AWS::Cognito::UserPool", "DeletionProtection"},
    {"AWS::ElasticLoadBalancingV2::LoadBalancer", "deletion_protection.enabled"},
};

constexpr std::string_view LoadBalancerType = "AWS::ElasticLoadBalancingV2::LoadBalancer";

/// A value an intrinsic function decides at deploy time: a YAML tag (`!If`), or a JSON/long-form
/// mapping whose key is `Ref` or `Fn::...`.
bool isIntrinsic(const model::Node &N) {
  if (!N.Tag.empty() && N.Tag.rfind("!!", 0) != 0)
    return true;
  if (!N.isMapping() || N.Entries.size() != 1)
    return false;
  std::optional<std::string_view> Key = literalText(&N.Entries[0].Key);
  return Key && (*Key == "Ref" || Key->rfind("Fn::", 0) == 0);
}

/// Written, absent, or unknown (an intrinsic anywhere on the way) for the load balancer attribute.
ProtectionState loadBalancerState(const model::Node *Properties) {
  const model::Node *Attributes = Properties ? Properties->get("LoadBalancerAttributes") : nullptr;
  if (!Attributes)
    return ProtectionState::Absent;
  if (!Attributes->isSequence())
    return ProtectionState::Written; // an !If, a !Ref to a list: not known here
  for (const model::Node &Item : Attributes->Items) {
    if (!Item.isMapping() || isIntrinsic(Item))
      return ProtectionState::Written;
    const model::Node *Key = Item.get("Key");
    std::optional<std::string_view> Name = literalText(Key);
    if (!Name)
      return ProtectionState::Written;
    if (*Name == "deletion_protection.enabled")
      return ProtectionState::Written;
  }
  return ProtectionState::Absent;
}

} // namespace

const model::Node *loadBalancerDeletionProtection(const Resource &R) {
  if (R.Type != LoadBalancerType)
    return nullptr;
  const model::Node *Attributes = R.property("LoadBalancerAttributes");
  if (!Attributes || !Attributes->isSequence())
    return nullptr;
  for (const model::Node &Item : Attributes->Items)
    if (Item.isMapping() && isLiteralText(Item.get("Key"), "deletion_protection.enabled"))
      return Item.get("Value");
  return nullptr;
}

ProtectionCheck deletionProtectionOf(const Resource &R) {
  const ProtectionDefault *Row = nullptr;
  for (const ProtectionDefault &D : Defaults)
    if (D.Type == R.Type)
      Row = &D;
  if (!Row)
    return {};
  // An Aurora member's protection is its cluster's; a read replica holds a copy of its source.
  // Written at all (even empty) is enough: a guess about which it is would be a guess.
  if (R.Type == "AWS::RDS::DBInstance")
    for (std::string_view Elsewhere : {"DBClusterIdentifier", "SourceDBInstanceIdentifier"})
      if (R.property(Elsewhere))
        return {};
  const model::Node *Properties = R.Body->get("Properties");
  if (Properties && (isIntrinsic(*Properties) || !Properties->isMapping()))
    return {ProtectionState::Written, Row->Property};
  if (R.Type == LoadBalancerType)
    return {loadBalancerState(Properties), Row->Property};
  const model::Node *Value = Properties ? Properties->get(Row->Property) : nullptr;
  return {Value ? ProtectionState::Written : ProtectionState::Absent, Row->Property};
}

} // namespace blastradius::cloudformation
