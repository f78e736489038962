// Grants of a built-in all-powerful role or managed policy, judged from the text that names it:
// an AWS managed policy ARN (AdministratorAccess ...), a Google Cloud basic role (roles/owner), an
// Azure built-in role (Owner) and the scope it is assigned at.
#ifndef BLASTRADIUS_IAM_ROLEGRANTS_H
#define BLASTRADIUS_IAM_ROLEGRANTS_H

#include "Rule.h"
#include "model/Node.h"

#include <optional>
#include <string>
#include <string_view>

namespace blastradius::iam {

inline constexpr std::string_view AdminPolicyAttachedRule = "aws-iam-admin-policy-attached";
inline constexpr std::string_view GcpPrimitiveRoleRule = "gcp-iam-primitive-role";
inline constexpr std::string_view GcpPublicMemberRule = "gcp-iam-public-member";
inline constexpr std::string_view AzureSubscriptionOwnerRule = "azure-subscription-owner-role";

struct PrivilegedGrant {
  /// "AdministratorAccess", "roles/owner", "Owner".
  std::string Name;
  /// What it grants, for the finding's detail.
  std::string What;
  std::optional<Level> LevelOverride;
};

/// The text a value spells when written literally or with placeholders: a literal string; a
/// Terraform template ("arn:${data.aws_partition.p.partition}:..."); CloudFormation `!Sub`,
/// `Fn::Sub`, `!Join`/`Fn::Join` (non-literal parts become "${}"). nullopt for anything else
/// (a `!Ref`, a Terraform reference).
std::optional<std::string> spelledText(const model::Node &N);

/// An AWS managed policy that grants (close to) everything: arn:<partition>:iam::aws:policy/<name>,
/// the partition literal (aws, aws-us-gov, aws-cn) or a placeholder (${AWS::Partition}, %s).
std::optional<PrivilegedGrant> awsAdminPolicyArn(std::string_view Arn);

/// roles/owner or roles/editor (not roles/viewer, not a custom role whose name says owner).
std::optional<PrivilegedGrant> gcpPrimitiveRole(std::string_view Role);

/// The IAM-administering predefined roles (iam.serviceAccountAdmin, iam.serviceAccountTokenCreator,
/// iam.securityAdmin, resourcemanager.projectIamAdmin): as strong as roles/owner on a project,
/// folder or organization, since they can grant or assume it.
std::optional<PrivilegedGrant> gcpPrivilegedRole(std::string_view Role);

/// allUsers or allAuthenticatedUsers (Google's public principals).
bool isGcpPublicMember(std::string_view Member);

/// Owner, Contributor or User Access Administrator, by name or by built-in role definition id
/// (the GUID alone or a ".../roleDefinitions/<GUID>" path).
std::optional<PrivilegedGrant> azurePrivilegedRole(std::string_view NameOrId, bool IsId);

/// When Scope (an azurerm_role_assignment's scope) is a whole subscription or wider, how to say
/// so ("the whole subscription"); nullopt for a resource group, a resource or an unknown value.
std::optional<std::string> azureBroadScope(const model::Node &Scope);

} // namespace blastradius::iam

#endif
