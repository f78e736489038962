// Finds IAM policies and role grants wherever they are written and judges each once (iam/Judge.h,
// iam/RoleGrants.h): Terraform (jsonencode objects, JSON heredocs and strings, file("x.json"),
// data "aws_iam_policy_document", policy attachments, Google and Azure role grants),
// CloudFormation YAML and JSON (any policy-shaped mapping or JSON string, ManagedPolicyArns) and
// bare JSON policy files (also the AWS CLI's shapes: {"PolicyDocument": {...}}, {"Policy": "..."}).
#include "iam/Judge.h"

#include "AnalysisLimits.h"
#include "iam/RoleGrants.h"
#include "model/Json.h"
#include "semantic/Analyzers.h"
#include "semantic/LiteralText.h"

#include <re2/re2.h>

#include <cctype>
#include <set>

namespace blastradius {

namespace {

using model::HclAttribute;
using model::HclBlock;
using model::Node;
using model::NodeKind;

constexpr unsigned MaxDepth = 128;

/// Where the findings of a policy whose nodes are not in the host land: on the
/// `policy = file(...)` attribute of the .tf, naming the file, or on the escaped JSON string.
struct ExternalOrigin {
  uint32_t Begin = 0, End = 0;
  std::string File;
};

void reportPolicy(SemanticContext &Context, const iam::Policy &P, const ExternalOrigin *Origin) {
  for (iam::Finding &F : iam::judgePolicy(P)) {
    if (!Context.ruleEnabled(F.RuleId))
      continue;
    if (Origin)
      Context.report(F.RuleId, Origin->Begin, Origin->End, F.Detail + " (in " + Origin->File + ")", F.LevelOverride);
    else
      Context.report(F.RuleId, F.Begin, F.End, std::move(F.Detail), F.LevelOverride);
  }
}

/// How a value reads in a message: a literal quoted, anything else as written.
std::string describe(const Node &N) {
  if (std::optional<std::string_view> V = iam::literalString(&N))
    return "'" + std::string(*V) + "'";
  if (N.isString())
    return "'" + N.Value.substr(0, 120) + "'";
  if (N.Kind == NodeKind::Expression)
    return N.Value.substr(0, 120);
  return "(computed)";
}

std::string describeList(const Node &N, size_t Max = 2) {
  std::vector<const Node *> Items = N.asList();
  std::string Out;
  for (size_t I = 0; I < Items.size() && I < Max; ++I)
    Out += (I ? ", " : "") + describe(*Items[I]);
  if (Items.size() > Max)
    Out += " and " + std::to_string(Items.size() - Max) + " more";
  return Out;
}

/// Finds policy documents in a value tree: mappings holding `Statement`, strings holding one as
/// JSON text, and in Terraform file("x.json").
class PolicyFinder {
public:
  PolicyFinder(SemanticContext &Context, bool Terraform) : Context(Context), Terraform(Terraform) {}

  /// Attribute is the Terraform attribute the value belongs to (for file(...) findings).
  void search(const Node &N, const HclAttribute *Attribute, unsigned Depth = 0) {
    if (Depth > MaxDepth) {
      noteAnalysisLimit("policy search deeper than 128 levels");
      return;
    }
    if (iam::isPolicyDocument(N)) {
      reportPolicy(Context, iam::policyFromDocument(N), Origin);
      return;
    }
    switch (N.Kind) {
    case NodeKind::Mapping:
      for (const model::MapEntry &E : N.Entries)
        search(E.Value, Attribute, Depth + 1);
      break;
    case NodeKind::Sequence:
      for (const Node &Item : N.Items)
        search(Item, Attribute, Depth + 1);
      break;
    case NodeKind::Expression:
      if (Terraform && N.Tag == "file" && Attribute)
        searchFile(N, *Attribute);
      else
        for (const Node &Item : N.Items)
          search(Item, Attribute, Depth + 1);
      break;
    case NodeKind::String:
      if (!Origin)
        searchEmbeddedJson(N, Attribute, Depth);
      break;
    default:
      break;
    }
  }

  /// A policy read from a repository file, its findings on At (naming the file): the first of
  /// Candidates (paths relative to the analysed file) that exists and holds JSON.
  void searchRepositoryFile(const Node &At, const std::vector<std::string> &Candidates) {
    if (!Context.services().ReadRepositoryFile)
      return;
    for (const std::string &Path : Candidates) {
      std::optional<std::string> Text = Context.services().ReadRepositoryFile(Path);
      if (!Text)
        continue;
      std::optional<Node> Json = model::parseJsonRegion(*Text, 0, static_cast<uint32_t>(Text->size()));
      if (!Json)
        return;
      ExternalOrigin Here{At.Begin, At.End, Path};
      const ExternalOrigin *Saved = Origin;
      Origin = &Here;
      search(*Json, nullptr, 0);
      Origin = Saved;
      return;
    }
  }

private:
  /// A string whose text is a JSON policy: a Terraform heredoc, a YAML block scalar, an escaped
  /// JSON string (the AWS CLI's `"Policy": "{\"Statement\": ...}"`). When the host holds the text
  /// verbatim (a heredoc, a `|` block) it is parsed in place, so every node keeps its offset in the
  /// host; otherwise the decoded text is parsed and findings land on the string. Anything that is
  /// not JSON is skipped.
  void searchEmbeddedJson(const Node &N, const HclAttribute *Attribute, unsigned Depth) {
    if (!N.Tag.empty() && N.Tag.rfind("!!", 0) != 0)
      return; // !Sub templates and the like are computed
    std::string_view Value = N.Value;
    size_t First = Value.find_first_not_of(" \t\r\n");
    if (First == std::string_view::npos || Value[First] != '{' || Value.find("Statement") == std::string_view::npos)
      return;
    std::string_view Host = Context.text();
    bool InHost = N.ContentBegin < N.ContentEnd && N.ContentEnd <= Host.size();
    bool Verbatim = InHost && (N.Style == model::ScalarStyle::HclHeredoc || N.Style == model::ScalarStyle::Literal ||
                               Host.substr(N.ContentBegin, N.ContentEnd - N.ContentBegin) == Value);
    if (Verbatim) {
      if (std::optional<Node> Json = model::parseJsonRegion(Host, N.ContentBegin, N.ContentEnd))
        search(*Json, Attribute, Depth + 1);
      return;
    }
    std::string Decoded(Value);
    std::optional<Node> Json = model::parseJsonRegion(Decoded, 0, static_cast<uint32_t>(Decoded.size()));
    if (!Json)
      return;
    ExternalOrigin Here{N.Begin, N.End, "the JSON string"};
    const ExternalOrigin *Saved = Origin;
    Origin = &Here;
    search(*Json, nullptr, Depth + 1);
    Origin = Saved;
  }

  /// policy = file("policies/admin.json") (or "${path.module}/policies/admin.json"): the file is
  /// read relative to the .tf and judged; findings land on the attribute.
  void searchFile(const Node &Call, const HclAttribute &Attribute) {
    if (Call.Items.size() != 1 || !Call.Items[0].isString() || !Context.services().ReadRepositoryFile)
      return;
    std::string Path = Call.Items[0].Value;
    constexpr std::string_view ModulePrefix = "${path.module}/";
    if (Call.Items[0].Interpolated) {
      if (Path.rfind(ModulePrefix, 0) != 0)
        return;
      Path.erase(0, ModulePrefix.size());
    }
    if (Path.empty() || Path.find("${") != std::string::npos || Path.find("%{") != std::string::npos)
      return;
    std::optional<std::string> Text = Context.services().ReadRepositoryFile(Path);
    if (!Text)
      return;
    std::optional<Node> Json = model::parseJsonRegion(*Text, 0, static_cast<uint32_t>(Text->size()));
    if (!Json)
      return;
    ExternalOrigin Here{Attribute.Begin, Attribute.End, Path};
    const ExternalOrigin *Saved = Origin;
    Origin = &Here;
    search(*Json, nullptr, 0);
    Origin = Saved;
  }

  SemanticContext &Context;
  bool Terraform;
  const ExternalOrigin *Origin = nullptr;
};

// --- Terraform role grants ---------------------------------------------------------------------

std::string address(const HclBlock &B) { return std::string(B.label(0)) + "." + std::string(B.label(1)); }

/// Calls Visit on every string a value is made of: list items, map values, the arguments of
/// concat()/toset() and the like.
template <typename F> void forEachString(const Node &N, F &&Visit, unsigned Depth = 0) {
  if (Depth > MaxDepth) {
    noteAnalysisLimit("policy values deeper than 128 levels");
    return;
  }
  if (N.isString() || (N.isMapping() && N.Entries.size() == 1)) {
    // A mapping of one entry may be CloudFormation's {"Fn::Sub": ...}.
    if (iam::spelledText(N)) {
      Visit(N);
      return;
    }
  }
  if (N.isSequence() && (N.Tag == "!Sub" || N.Tag == "!Join")) {
    Visit(N);
    return;
  }
  if (N.Kind == NodeKind::Expression && N.Tag == "format") {
    Visit(N);
    return;
  }
  // Only calls that build a list out of their arguments: replace("...AdministratorAccess", ...)
  // does not attach what its argument names.
  static const RE2 ListBuilder("concat|toset|tolist|compact|distinct|flatten|setunion|sort");
  if (N.isSequence() || (N.Kind == NodeKind::Expression && RE2::FullMatch(N.Tag, ListBuilder)))
    for (const Node &Item : N.Items)
      forEachString(Item, Visit, Depth + 1);
  if (N.isMapping() && !(N.Entries.size() == 1 && N.Entries[0].Key.Value.rfind("Fn::", 0) == 0))
    for (const model::MapEntry &E : N.Entries)
      forEachString(E.Value, Visit, Depth + 1);
}

bool isEachReference(const Node &N) {
  return N.Kind == NodeKind::Expression && (N.Value == "each.value" || N.Value == "each.key");
}

/// Who a Terraform attachment grants to: "role aws_iam_role.ci.name", "user 'deployer'".
std::string terraformGrantee(const HclBlock &B) {
  std::string_view Type = B.label(0);
  if (Type == "aws_iam_role")
    return "role " + address(B);
  for (const char *Name : {"role", "user", "group", "roles", "users", "groups", "permission_set_arn"})
    if (const HclAttribute *A = B.attribute(Name))
      return std::string(Name == std::string_view("permission_set_arn") ? "permission set" : Name) + " " +
             describeList(A->Value);
  return address(B);
}

void checkAdminArns(SemanticContext &Context, const HclBlock &B, const HclAttribute &A) {
  auto Check = [&](const Node &N) {
    std::optional<std::string> Text = iam::spelledText(N);
    if (!Text)
      return;
    if (std::optional<iam::PrivilegedGrant> G = iam::awsAdminPolicyArn(*Text))
      Context.report(iam::AdminPolicyAttachedRule, N,
                     "the AWS managed policy " + G->Name + " (" + G->What + ") to " + terraformGrantee(B),
                     G->LevelOverride);
  };
  // policy_arn = each.value: the ARNs are the ones for_each iterates over.
  if (isEachReference(A.Value)) {
    if (const HclAttribute *ForEach = B.attribute("for_each")) {
      if (A.Value.Value == "each.key" && ForEach->Value.isMapping()) {
        for (const model::MapEntry &E : ForEach->Value.Entries)
          Check(E.Key);
      } else {
        forEachString(ForEach->Value, Check);
      }
    }
    return;
  }
  forEachString(A.Value, Check);
}

void checkAwsAttachment(SemanticContext &Context, const HclBlock &B) {
  static const RE2 Attachment("aws_iam_(role|user|group)_policy_attachment|aws_iam_policy_attachment");
  std::string_view Type = B.label(0);
  const char *Attribute = nullptr;
  if (RE2::FullMatch(Type, Attachment))
    Attribute = "policy_arn";
  else if (Type == "aws_ssoadmin_managed_policy_attachment")
    Attribute = "managed_policy_arn";
  else if (Type == "aws_iam_role")
    Attribute = "managed_policy_arns";
  else if (Type == "aws_iam_role_policy_attachments_exclusive")
    Attribute = "policy_arns";
  if (!Attribute)
    return;
  if (const HclAttribute *A = B.attribute(Attribute))
    checkAdminArns(Context, B, *A);
}

/// One Google binding (role and its members) wherever it is written.
/// Hierarchy: the binding is on a project, folder or organization (where the IAM-administering
/// roles are as strong as roles/owner), not on one bucket or topic.
void checkGcpBinding(SemanticContext &Context, const Node *Role, const std::vector<const Node *> &Members,
                     bool Hierarchy = false) {
  std::optional<std::string_view> RoleName = Role ? iam::literalString(Role) : std::nullopt;
  std::string MemberText;
  for (size_t I = 0; I < Members.size() && I < 2; ++I)
    MemberText += (I ? ", " : "") + describe(*Members[I]);
  if (Members.size() > 2)
    MemberText += " and " + std::to_string(Members.size() - 2) + " more";
  if (RoleName) {
    std::optional<iam::PrivilegedGrant> G = iam::gcpPrimitiveRole(*RoleName);
    std::string Kind = "the basic role ";
    if (!G && Hierarchy && (G = iam::gcpPrivilegedRole(*RoleName)))
      Kind = "the IAM-administering role ";
    if (G)
      Context.report(iam::GcpPrimitiveRoleRule, *Role,
                     Kind + G->Name + " (" + G->What + ")" + (MemberText.empty() ? "" : " to " + MemberText));
  }
  for (const Node *M : Members) {
    std::optional<std::string_view> Member = iam::literalString(M);
    if (!Member || !iam::isGcpPublicMember(*Member))
      continue;
    std::string Who = *Member == "allUsers" ? "allUsers (anyone on the internet, no sign-in)"
                                            : "allAuthenticatedUsers (anyone with any Google account)";
    Context.report(iam::GcpPublicMemberRule, *M,
                   (RoleName ? std::string(*RoleName) : std::string(Role ? describe(*Role) : "a role")) + " to " +
                       Who);
  }
}

std::vector<const Node *> membersOf(const HclBlock &B) {
  std::vector<const Node *> Members;
  for (const char *Name : {"member", "members"})
    if (const HclAttribute *A = B.attribute(Name))
      for (const Node *M : A->Value.asList())
        Members.push_back(M);
  return Members;
}

void checkGcpResource(SemanticContext &Context, const HclBlock &B) {
  static const RE2 IamGrant("google_[a-z0-9_]*_iam_(member|binding)");
  static const RE2 IamPolicy("google_[a-z0-9_]*_iam_policy");
  static const RE2 Hierarchy("google_(project|folder|organization)_iam_(member|binding|policy)");
  std::string_view Type = B.label(0);
  bool OnHierarchy = RE2::FullMatch(Type, Hierarchy);
  if (RE2::FullMatch(Type, IamGrant)) {
    const HclAttribute *Role = B.attribute("role");
    checkGcpBinding(Context, Role ? &Role->Value : nullptr, membersOf(B), OnHierarchy);
    return;
  }
  // google_*_iam_policy with policy_data = jsonencode({bindings = [...]}) written in place.
  if (RE2::FullMatch(Type, IamPolicy))
    if (const HclAttribute *Data = B.attribute("policy_data"))
      if (const Node *Bindings = Data->Value.get("bindings"))
        for (const Node *Binding : Bindings->asList()) {
          const Node *Members = Binding->get("members");
          checkGcpBinding(Context, Binding->get("role"), Members ? Members->asList() : std::vector<const Node *>{},
                          OnHierarchy);
        }
}

void checkGcpPolicyData(SemanticContext &Context, const HclBlock &B) {
  for (const HclBlock *Binding : B.blocks("binding")) {
    const HclAttribute *Role = Binding->attribute("role");
    checkGcpBinding(Context, Role ? &Role->Value : nullptr, membersOf(*Binding));
  }
}

void checkAzureAssignment(SemanticContext &Context, const HclBlock &B) {
  if (B.label(0) != "azurerm_role_assignment")
    return;
  const HclAttribute *Scope = B.attribute("scope");
  if (!Scope)
    return;
  std::optional<std::string> Breadth = iam::azureBroadScope(Scope->Value);
  if (!Breadth)
    return;
  const Node *RoleNode = nullptr;
  std::optional<iam::PrivilegedGrant> G;
  if (const HclAttribute *Name = B.attribute("role_definition_name")) {
    if (std::optional<std::string_view> V = iam::literalString(&Name->Value)) {
      RoleNode = &Name->Value;
      G = iam::azurePrivilegedRole(*V, false);
    }
  } else if (const HclAttribute *Id = B.attribute("role_definition_id")) {
    if (std::optional<std::string> V = iam::spelledText(Id->Value)) {
      RoleNode = &Id->Value;
      G = iam::azurePrivilegedRole(*V, true);
    }
  }
  if (!G)
    return;
  std::string Detail = G->Name + " (" + G->What + ") on " + *Breadth;
  if (const HclAttribute *Principal = B.attribute("principal_id"))
    Detail += " to principal " + describe(Principal->Value);
  Context.report(iam::AzureSubscriptionOwnerRule, *RoleNode, std::move(Detail));
}

constexpr std::string_view AzureRoleDefinitionRule = "azure-custom-role-privileged";

std::string lowerText(std::string_view S) {
  std::string Out(S);
  for (char &C : Out)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return Out;
}

/// A custom Azure role's actions (azurerm_role_definition's permissions, an ARM roleDefinitions
/// resource): "*", Microsoft.Authorization/* or the writes that hand out roles (roleDefinitions/write,
/// roleAssignments/write), unless notActions takes them back out (Contributor's shape).
void judgeAzureActions(SemanticContext &Context, const std::string &Role, const Node *Actions, const Node *NotActions) {
  if (!Actions)
    return;
  std::set<std::string> Excluded;
  if (NotActions)
    for (const Node *N : NotActions->asList())
      if (std::optional<std::string_view> V = iam::literalString(N))
        Excluded.insert(lowerText(*V));
  bool WritesExcluded = Excluded.count("*") || Excluded.count("microsoft.authorization/*") ||
                        Excluded.count("microsoft.authorization/*/write");
  for (const Node *N : Actions->asList()) {
    std::optional<std::string_view> V = iam::literalString(N);
    if (!V)
      continue;
    std::string Action = lowerText(*V);
    std::string What;
    if (Action == "*")
      What = "every action ('*'), role assignments included";
    else if (Action == "microsoft.authorization/*")
      What = "every authorization action ('" + std::string(*V) + "'): it can assign itself Owner";
    else if (Action == "microsoft.authorization/roleassignments/write")
      What = "'" + std::string(*V) + "': it can assign any role, Owner included";
    else if (Action == "microsoft.authorization/roledefinitions/write")
      What = "'" + std::string(*V) + "': it can rewrite a role it holds to grant everything";
    if (What.empty() || Excluded.count(Action) || WritesExcluded)
      continue;
    Context.report(AzureRoleDefinitionRule, *N, Role + " allows " + What);
  }
}

void checkAzureRoleDefinition(SemanticContext &Context, const HclBlock &B) {
  if (B.label(0) != "azurerm_role_definition" || !Context.ruleEnabled(AzureRoleDefinitionRule))
    return;
  for (const HclBlock *Permissions : B.blocks("permissions")) {
    const HclAttribute *Actions = Permissions->attribute("actions");
    const HclAttribute *NotActions = Permissions->attribute("not_actions");
    judgeAzureActions(Context, "azurerm_role_definition." + std::string(B.label(1)), Actions ? &Actions->Value : nullptr,
                      NotActions ? &NotActions->Value : nullptr);
  }
}

/// An ARM JSON template (recognised by its deploymentTemplate $schema): roleAssignments of Owner,
/// Contributor or User Access Administrator at subscription scope or wider, and roleDefinitions with
/// the actions above. Nested `resources` are followed a few levels.
void checkArmResources(SemanticContext &Context, const Node *Resources, bool WideDeployment, unsigned Depth) {
  if (!Resources || !Resources->isSequence() || Depth > 4)
    return;
  static const RE2 Guid(R"(([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}))");
  for (const Node &R : Resources->Items) {
    if (!R.isMapping())
      continue;
    std::string Type = lowerText(iam::literalString(R.get("type")).value_or(""));
    const Node *Properties = R.get("properties");
    if (Type == "microsoft.authorization/roleassignments" && Properties &&
        Context.ruleEnabled(iam::AzureSubscriptionOwnerRule)) {
      const Node *RoleId = Properties->get("roleDefinitionId");
      std::string Id;
      if (RoleId && RoleId->isString() && RE2::PartialMatch(RoleId->Value, Guid, &Id)) {
        std::optional<iam::PrivilegedGrant> G = iam::azurePrivilegedRole(lowerText(Id), true);
        std::string_view Scope = iam::literalString(R.get("scope")).value_or("");
        std::string ScopeText(Scope);
        bool Subscription = ScopeText.find("subscription()") != std::string::npos ||
                            RE2::FullMatch(ScopeText, R"((?i)/subscriptions/[^/]+/?)");
        if (G && (Subscription || (ScopeText.empty() && WideDeployment)))
          Context.report(iam::AzureSubscriptionOwnerRule, *RoleId,
                         G->Name + " (" + G->What + ") on the whole subscription (ARM template)");
      }
    }
    if (Type == "microsoft.authorization/roledefinitions" && Properties &&
        Context.ruleEnabled(AzureRoleDefinitionRule))
      if (const Node *Permissions = Properties->get("permissions"))
        for (const Node *P : Permissions->asList())
          judgeAzureActions(Context, "roleDefinitions resource", P->get("actions"), P->get("notActions"));
    checkArmResources(Context, R.get("resources"), WideDeployment, Depth + 1);
  }
}

void checkArmTemplate(SemanticContext &Context, const Node &Document) {
  std::string Schema = lowerText(iam::literalString(Document.get("$schema")).value_or(""));
  if (Schema.find("schema.management.azure.com") == std::string::npos ||
      Schema.find("deploymenttemplate.json") == std::string::npos)
    return;
  bool Wide = Schema.find("subscriptiondeploymenttemplate") != std::string::npos ||
              Schema.find("managementgroupdeploymenttemplate") != std::string::npos ||
              Schema.find("tenantdeploymenttemplate") != std::string::npos;
  checkArmResources(Context, Document.get("resources"), Wide, 0);
}

void walkTerraformBlock(SemanticContext &Context, PolicyFinder &Finder, const HclBlock &B, unsigned Depth) {
  if (Depth > MaxDepth) {
    noteAnalysisLimit("Terraform blocks deeper than 128 levels");
    return;
  }
  if (B.Type == "data" && B.label(0) == "aws_iam_policy_document")
    reportPolicy(Context, iam::policyFromTerraformDocument(B), nullptr);
  if (B.Type == "data" && B.label(0) == "google_iam_policy")
    checkGcpPolicyData(Context, B);
  if (B.Type == "resource") {
    checkAwsAttachment(Context, B);
    checkGcpResource(Context, B);
    checkAzureAssignment(Context, B);
    checkAzureRoleDefinition(Context, B);
  }
  for (const HclAttribute &A : B.Attributes)
    Finder.search(A.Value, &A);
  for (const HclBlock &Child : B.Blocks)
    walkTerraformBlock(Context, Finder, Child, Depth + 1);
}

// --- CloudFormation managed policies ------------------------------------------------------------

void checkCloudFormationResources(SemanticContext &Context, const Node &Document) {
  const Node *Resources = Document.get("Resources");
  if (!Resources || !Resources->isMapping())
    return;
  for (const model::MapEntry &R : Resources->Entries) {
    std::optional<std::string_view> Type = iam::literalString(R.Value.get("Type"));
    const Node *Properties = R.Value.get("Properties");
    if (!Type || !Properties)
      continue;
    const char *Key = nullptr;
    bool NamesAllowed = false;
    if (*Type == "AWS::IAM::Role" || *Type == "AWS::IAM::User" || *Type == "AWS::IAM::Group")
      Key = "ManagedPolicyArns";
    else if (*Type == "AWS::SSO::PermissionSet")
      Key = "ManagedPolicies";
    else if (*Type == "AWS::Serverless::Function") {
      Key = "Policies"; // SAM: ARNs, managed policy names or inline documents
      NamesAllowed = true;
    }
    const Node *Arns = Key ? Properties->get(Key) : nullptr;
    if (!Arns)
      continue;
    std::string Grantee = std::string(*Type) + " " + R.Key.Value;
    for (const Node *Item : Arns->asList()) {
      std::optional<std::string> Text = iam::spelledText(*Item);
      if (!Text || (Item->isMapping() && iam::isPolicyDocument(*Item)))
        continue;
      std::optional<iam::PrivilegedGrant> G = iam::awsAdminPolicyArn(*Text);
      if (!G && NamesAllowed && Text->find(':') == std::string::npos)
        G = iam::awsAdminPolicyArn("arn:aws:iam::aws:policy/" + *Text);
      if (G)
        Context.report(iam::AdminPolicyAttachedRule, *Item,
                       "the AWS managed policy " + G->Name + " (" + G->What + ") to " + Grantee, G->LevelOverride);
    }
  }
}

/// A list of managed policies attached to a principal (Ansible's `managed_policies`, Serverless's
/// `managedPolicies`): ARNs, and for Ansible also the policies' friendly names.
void checkManagedPolicyList(SemanticContext &Context, const Node *List, const std::string &Grantee,
                            bool NamesAllowed) {
  if (!List)
    return;
  for (const Node *Item : List->asList()) {
    std::optional<std::string> Text = iam::spelledText(*Item);
    if (!Text)
      continue;
    std::optional<iam::PrivilegedGrant> G = iam::awsAdminPolicyArn(*Text);
    if (!G && NamesAllowed && Text->find(':') == std::string::npos)
      G = iam::awsAdminPolicyArn("arn:aws:iam::aws:policy/" + *Text);
    if (G)
      Context.report(iam::AdminPolicyAttachedRule, *Item,
                     "the AWS managed policy " + G->Name + " (" + G->What + ") to " + Grantee, G->LevelOverride);
  }
}

/// Serverless Framework: `provider.iam.role.statements` (v3) and `provider.iamRoleStatements` (v1/v2),
/// lists of IAM statements, judged as one policy; `provider.iam.role.managedPolicies` and
/// `provider.iamManagedPolicies`, managed policy ARNs attached to the functions' role.
void searchServerless(SemanticContext &Context, const Node &Document) {
  const Node *Provider = Document.get("provider");
  if (!Document.get("service") || !Provider || !Provider->isMapping())
    return;
  std::string Grantee = "the functions' role of Serverless service";
  if (std::optional<std::string_view> Service = literalText(Document.get("service")))
    Grantee += " '" + std::string(*Service) + "'";
  checkManagedPolicyList(Context, Provider->get("iamManagedPolicies"), Grantee, false);
  if (const Node *Iam = Provider->get("iam"))
    if (const Node *Role = Iam->get("role"); Role && Role->isMapping())
      checkManagedPolicyList(Context, Role->get("managedPolicies"), Grantee, false);
  std::vector<const Node *> Lists;
  if (const Node *Legacy = Provider->get("iamRoleStatements"))
    Lists.push_back(Legacy);
  if (const Node *Iam = Provider->get("iam"))
    if (const Node *Role = Iam->get("role"); Role && Role->isMapping())
      if (const Node *Statements = Role->get("statements"))
        Lists.push_back(Statements);
  for (const Node *Statements : Lists) {
    if (!Statements->isSequence())
      continue;
    Node Document;
    Document.Kind = NodeKind::Mapping;
    Document.Begin = Document.ContentBegin = Statements->Begin;
    Document.End = Document.ContentEnd = Statements->End;
    model::MapEntry Entry;
    Entry.Key.Kind = NodeKind::String;
    Entry.Key.Value = "Statement";
    Entry.Value = *Statements;
    Document.Entries.push_back(std::move(Entry));
    reportPolicy(Context, iam::policyFromDocument(Document), nullptr);
  }
}

/// Ansible's usual way to keep a policy beside the playbook: `policy_json: "{{ lookup('file',
/// 'policy.json') }}"` (optionally piped through to_json/from_json/string). The file is looked for
/// where Ansible looks first: the `files/` directory beside the playbook (or, for a role's task
/// file, the role's `files/`), then beside the file itself. Templates (`lookup('template', ...)`)
/// hold Jinja and are not read.
void searchAnsibleLookups(PolicyFinder &Finder, const Node &Arguments) {
  static const RE2 Lookup(
      R"re(\s*\{\{\s*lookup\(\s*['"]file['"]\s*,\s*['"]([^'"{}]+)['"]\s*\)\s*(?:\|\s*(?:to_json|from_json|string)\s*)?\}\}\s*)re");
  for (const char *Key : {"policy_json", "policy", "policy_document", "assume_role_policy_document"}) {
    const Node *Value = Arguments.get(Key);
    std::string Path;
    if (!Value || !Value->isString() || !RE2::FullMatch(Value->Value, Lookup, &Path))
      continue;
    if (Path.front() == '/')
      continue; // outside the repository
    Finder.searchRepositoryFile(*Value, {"files/" + Path, Path, "../files/" + Path});
  }
}

/// Ansible: the arguments of the amazon.aws / community.aws IAM modules (iam_policy's policy_json,
/// iam_managed_policy's policy, iam_role's documents), JSON text or YAML, in any play or task list.
void searchAnsible(SemanticContext &Context, PolicyFinder &Finder, const Node &N, unsigned Depth) {
  if (Depth > 12)
    return;
  static const RE2 Module(R"((?:(?:amazon|community)\.aws\.)?(iam_policy|iam_managed_policy|iam_role))");
  // The principal modules attach managed policies by ARN or friendly name (`managed_policies`, alias
  // `managed_policy`).
  static const RE2 Principal(R"((?:(?:amazon|community)\.aws\.)?iam_(role|user|group))");
  if (N.isSequence()) {
    for (const Node &Item : N.Items)
      searchAnsible(Context, Finder, Item, Depth + 1);
    return;
  }
  if (!N.isMapping())
    return;
  for (const model::MapEntry &E : N.Entries) {
    std::string Kind;
    if (E.Key.isString() && E.Value.isMapping() && RE2::FullMatch(E.Key.Value, Principal, &Kind)) {
      std::string Grantee = "Ansible " + E.Key.Value;
      if (std::optional<std::string_view> Name = literalText(E.Value.get("name")))
        Grantee += " '" + std::string(*Name) + "'";
      for (const char *Key : {"managed_policies", "managed_policy"})
        checkManagedPolicyList(Context, E.Value.get(Key), Grantee, true);
    }
    if (E.Key.isString() && RE2::FullMatch(E.Key.Value, Module) && E.Value.isMapping()) {
      Finder.search(E.Value, nullptr);
      searchAnsibleLookups(Finder, E.Value);
      continue;
    }
    // Task lists: tasks, pre_tasks, post_tasks, handlers, block/rescue/always, roles' tasks files.
    if (E.Value.isSequence() || E.Value.isMapping())
      searchAnsible(Context, Finder, E.Value, Depth + 1);
  }
}

/// A plain YAML file: Serverless Framework configurations and Ansible playbooks or task files. Other
/// YAML is not searched for policies (a mapping that only looks like one proves nothing there).
void searchYamlTools(SemanticContext &Context, PolicyFinder &Finder, const Node &Document) {
  if (Document.isMapping() && Document.get("service") && Document.get("provider")) {
    searchServerless(Context, Document);
    return;
  }
  searchAnsible(Context, Finder, Document, 0);
}

class IamPolicyAnalyzer final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "iam-policy"; }
  std::string_view description() const override {
    return "IAM policies and role grants in Terraform, CloudFormation and JSON, each judged once whatever its syntax";
  }
  std::vector<std::string_view> ruleIds() const override {
    return {iam::WildcardActionRule,      iam::AllowNotActionRule,  iam::WildcardPrincipalRule,
            iam::AdminPolicyAttachedRule, iam::GcpPrimitiveRoleRule, iam::GcpPublicMemberRule,
            iam::AzureSubscriptionOwnerRule, AzureRoleDefinitionRule};
  }
  bool appliesTo(std::string_view Language) const override {
    return Language == "terraform" || Language == "cloudformation" || Language == "cloudformation-json" ||
           Language == "json" || Language == "yaml";
  }

  void analyze(SemanticContext &Context) const override {
    const std::string &Language = Context.language();
    if (Language == "terraform") {
      PolicyFinder Finder(Context, /*Terraform=*/true);
      walkTerraformBlock(Context, Finder, Context.hcl(), 0);
      return;
    }
    PolicyFinder Finder(Context, /*Terraform=*/false);
    if (Language == "yaml") {
      for (const Node &Document : Context.yamlDocuments())
        searchYamlTools(Context, Finder, Document);
      return;
    }
    if (Language == "cloudformation") {
      for (const Node &Document : Context.yamlDocuments()) {
        Finder.search(Document, nullptr);
        checkCloudFormationResources(Context, Document);
      }
      return;
    }
    const Node *Document = Context.jsonDocument();
    if (!Document)
      return;
    Finder.search(*Document, nullptr);
    if (Language == "json")
      checkArmTemplate(Context, *Document);
    if (Language == "cloudformation-json")
      checkCloudFormationResources(Context, *Document);
  }
};

} // namespace

const SemanticAnalyzer &iamPolicyAnalyzer() {
  static const IamPolicyAnalyzer Instance;
  return Instance;
}

} // namespace blastradius
