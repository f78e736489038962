#include "iam/RoleGrants.h"

#include "iam/Policy.h"

#include <re2/re2.h>

namespace blastradius::iam {

using model::Node;
using model::NodeKind;

namespace {

struct AwsAdminPolicy {
  std::string_view Name;
  std::optional<Level> LevelOverride;
  std::string_view What;
};

constexpr std::optional<Level> None = std::nullopt;
constexpr std::optional<Level> Warning = Level::Warning;

const AwsAdminPolicy AwsAdminPolicies[] = {
#define IAM_AWS_ADMIN_POLICY(Name, TheLevel, What) {Name, TheLevel, What},
#include "iam/PrivilegedRoles.def"
#undef IAM_AWS_ADMIN_POLICY
};

struct NamedRole {
  std::string_view Name;
  std::string_view What;
};

constexpr NamedRole GcpPrimitiveRoles[] = {
#define IAM_GCP_PRIMITIVE_ROLE(Role, What) {Role, What},
#include "iam/PrivilegedRoles.def"
#undef IAM_GCP_PRIMITIVE_ROLE
};

constexpr NamedRole GcpPrivilegedRoles[] = {
#define IAM_GCP_PRIVILEGED_ROLE(Role, What) {Role, What},
#include "iam/PrivilegedRoles.def"
#undef IAM_GCP_PRIVILEGED_ROLE
};

struct AzureRole {
  std::string_view Name;
  std::string_view Id;
  std::string_view What;
};

constexpr AzureRole AzurePrivilegedRoles[] = {
#define IAM_AZURE_PRIVILEGED_ROLE(Name, Id, What) {Name, Id, What},
#include "iam/PrivilegedRoles.def"
#undef IAM_AZURE_PRIVILEGED_ROLE
};

bool plainTag(const Node &N) { return N.Tag.empty() || N.Tag.rfind("!!", 0) == 0; }

std::optional<std::string> joined(const Node &Args) {
  // [delimiter, [part, ...]]
  if (!Args.isSequence() || Args.Items.size() != 2 || !Args.Items[0].isString() || !Args.Items[1].isSequence())
    return std::nullopt;
  std::string Out;
  bool First = true;
  for (const Node &Part : Args.Items[1].Items) {
    if (!First)
      Out += Args.Items[0].Value;
    First = false;
    std::optional<std::string> Text = Part.isString() && plainTag(Part) ? std::optional<std::string>(Part.Value)
                                                                      : std::optional<std::string>();
    Out += Text ? *Text : "${}";
  }
  return Out;
}

std::optional<std::string> substituted(const Node &Arg) {
  if (Arg.isString())
    return Arg.Value;
  if (Arg.isSequence() && !Arg.Items.empty() && Arg.Items[0].isString())
    return Arg.Items[0].Value;
  return std::nullopt;
}

} // namespace

std::optional<std::string> spelledText(const Node &N) {
  if (N.Kind == NodeKind::String) {
    if (plainTag(N) || N.Tag == "!Sub")
      return N.Value;
    return std::nullopt;
  }
  if (N.isSequence() && N.Tag == "!Sub")
    return substituted(N);
  if (N.isSequence() && N.Tag == "!Join")
    return joined(N);
  if (N.isMapping() && N.Entries.size() == 1) {
    if (N.Entries[0].Key.Value == "Fn::Sub")
      return substituted(N.Entries[0].Value);
    if (N.Entries[0].Key.Value == "Fn::Join")
      return joined(N.Entries[0].Value);
  }
  if (N.Kind == NodeKind::Expression && N.Tag == "format" && !N.Items.empty() && N.Items[0].isString())
    return N.Items[0].Value;
  return std::nullopt;
}

std::optional<PrivilegedGrant> awsAdminPolicyArn(std::string_view Arn) {
  // The partition is literal (aws, aws-cn, aws-us-gov) or computed: ${AWS::Partition},
  // ${data.aws_partition.current.partition}, format()'s %s.
  static const RE2 Pattern(R"(arn:(?:aws(?:-[a-z-]+)?|\$\{[^}]*\}|%s|%v):iam::aws:policy/([A-Za-z0-9+=,.@_-]+))");
  std::string Name;
  if (!RE2::FullMatch(Arn, Pattern, &Name))
    return std::nullopt;
  for (const AwsAdminPolicy &P : AwsAdminPolicies)
    if (P.Name == Name)
      return PrivilegedGrant{Name, std::string(P.What), P.LevelOverride};
  return std::nullopt;
}

std::optional<PrivilegedGrant> gcpPrimitiveRole(std::string_view Role) {
  for (const NamedRole &R : GcpPrimitiveRoles)
    if (R.Name == Role)
      return PrivilegedGrant{std::string(R.Name), std::string(R.What), std::nullopt};
  return std::nullopt;
}

std::optional<PrivilegedGrant> gcpPrivilegedRole(std::string_view Role) {
  for (const NamedRole &R : GcpPrivilegedRoles)
    if (R.Name == Role)
      return PrivilegedGrant{std::string(R.Name), std::string(R.What), std::nullopt};
  return std::nullopt;
}

bool isGcpPublicMember(std::string_view Member) { return Member == "allUsers" || Member == "allAuthenticatedUsers"; }

std::optional<PrivilegedGrant> azurePrivilegedRole(std::string_view NameOrId, bool IsId) {
  std::string_view Key = NameOrId;
  if (IsId) {
    size_t Slash = Key.rfind('/');
    if (Slash != std::string_view::npos)
      Key = Key.substr(Slash + 1);
  }
  for (const AzureRole &R : AzurePrivilegedRoles) {
    if (IsId ? R.Id == Key : R.Name == Key)
      return PrivilegedGrant{std::string(R.Name), std::string(R.What), std::nullopt};
  }
  return std::nullopt;
}

std::optional<std::string> azureBroadScope(const Node &Scope) {
  std::string Text;
  if (Scope.Kind == NodeKind::Expression) {
    Text = Scope.Value;
  } else if (Scope.isString() && plainTag(Scope)) {
    Text = Scope.Value;
    // "${data.azurerm_subscription.current.id}" is the reference itself.
    static const RE2 WholeTemplate(R"(\$\{\s*([^}]*?)\s*\})");
    std::string Inner;
    if (RE2::FullMatch(Text, WholeTemplate, &Inner))
      Text = Inner;
  } else {
    return std::nullopt;
  }
  static const RE2 SubscriptionPath(R"((?i)/subscriptions/[^/\s]+/?)");
  static const RE2 SubscriptionRef(R"((?:data\.)?azurerm_subscription\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.id)");
  static const RE2 ManagementGroupPath(R"((?i)/providers/Microsoft\.Management/managementGroups/[^/\s]+/?)");
  static const RE2 ManagementGroupRef(R"((?:data\.)?azurerm_management_group\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.id)");
  if (RE2::FullMatch(Text, SubscriptionPath) || RE2::FullMatch(Text, SubscriptionRef))
    return std::string("the whole subscription");
  if (RE2::FullMatch(Text, ManagementGroupPath) || RE2::FullMatch(Text, ManagementGroupRef))
    return std::string("a whole management group (every subscription in it)");
  if (Text == "/")
    return std::string("the root scope (every subscription of the tenant)");
  return std::nullopt;
}

} // namespace blastradius::iam
