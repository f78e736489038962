// Kubernetes RBAC: bindings to the built-in super-user roles, wildcard and escalation grants in
// Roles and ClusterRoles, and cluster roles that read Secrets. Every object (every document, every
// item of a `kind: List`) is judged on its own: a binding is not followed to the role it names.
// Terraform's kubernetes provider (kubernetes_role, kubernetes_cluster_role, their bindings, and the
// _v1 spellings) is the same object written in HCL: its blocks are mapped onto the manifest's shape
// (rule -> rules, api_groups -> apiGroups, role_ref -> roleRef, subject -> subjects) with every value
// keeping its place in the .tf file, and judged by the same functions.
#include "semantic/Analyzers.h"
#include "semantic/KubernetesObjects.h"
#include "semantic/LiteralText.h"

#include <algorithm>
#include <initializer_list>

#include <re2/re2.h>

namespace blastradius {

namespace {

using kubernetes::Object;
using model::Node;

constexpr std::string_view BindingRule = "k8s-binding-cluster-admin";
constexpr std::string_view WildcardRule = "k8s-rbac-wildcard";
constexpr std::string_view EscalationRule = "k8s-rbac-escalation-verbs";
constexpr std::string_view SecretsRule = "k8s-cluster-secrets-read";

std::string describe(const Object &O) {
  std::string_view Name = O.name();
  return Name.empty() ? O.Kind : O.Kind + " '" + std::string(Name) + "'";
}

bool isOneOf(std::string_view Value, std::initializer_list<std::string_view> Choices) {
  return std::find(Choices.begin(), Choices.end(), Value) != Choices.end();
}

/// One entry of a role's `rules`, with the literal strings of each field (a value given as
/// anything else cannot be judged and is left out).
struct PolicyRule {
  std::vector<const Node *> Verbs, Resources, ApiGroups, NonResourceUrls, ResourceNames;

  explicit PolicyRule(const Node &Rule)
      : Verbs(kubernetes::literalItems(Rule.get("verbs"))),
        Resources(kubernetes::literalItems(Rule.get("resources"))),
        ApiGroups(kubernetes::literalItems(Rule.get("apiGroups"))),
        NonResourceUrls(kubernetes::literalItems(Rule.get("nonResourceURLs"))),
        ResourceNames(kubernetes::literalItems(Rule.get("resourceNames"))) {}

  static bool any(const std::vector<const Node *> &Field, std::initializer_list<std::string_view> Values) {
    return std::any_of(Field.begin(), Field.end(), [&](const Node *N) { return isOneOf(N->Value, Values); });
  }
  /// Only named objects: RBAC then never matches create, nor list/watch of the whole collection.
  bool limitedToNames() const { return !ResourceNames.empty(); }
  bool readOnly() const {
    return !Verbs.empty() && std::all_of(Verbs.begin(), Verbs.end(), [](const Node *N) {
      return isOneOf(N->Value, {"get", "list", "watch"});
    });
  }
  /// Secrets of the core API group are among the resources matched.
  bool coversSecrets() const { return any(Resources, {"secrets", "*"}) && any(ApiGroups, {"", "*"}); }
};

void checkWildcards(SemanticContext &Context, const Object &O, const PolicyRule &Rule) {
  std::string Who = describe(O);
  // Reading everything except Secrets is still a wildcard, but a note rather than a warning.
  std::optional<Level> ReadLevel;
  if (Rule.readOnly() && !Rule.coversSecrets())
    ReadLevel = Level::Note;
  for (const Node *Verb : Rule.Verbs)
    if (Verb->Value == "*" && !Rule.limitedToNames())
      Context.report(WildcardRule, *Verb, "verbs of " + Who);
  for (const Node *Resource : Rule.Resources)
    if (Resource->Value == "*")
      Context.report(WildcardRule, *Resource, "resources of " + Who, ReadLevel);
  for (const Node *Group : Rule.ApiGroups)
    if (Group->Value == "*")
      Context.report(WildcardRule, *Group, "apiGroups of " + Who, ReadLevel);
  // Reading every non-resource URL (/healthz, /metrics, /version, discovery) is what monitoring
  // roles do; writing to all of them is not.
  bool ReadOnlyUrls = !Rule.Verbs.empty() && std::all_of(Rule.Verbs.begin(), Rule.Verbs.end(), [](const Node *N) {
    return isOneOf(N->Value, {"get", "head"});
  });
  if (!ReadOnlyUrls)
    for (const Node *Url : Rule.NonResourceUrls)
      if (isOneOf(Url->Value, {"*", "/*"}))
        Context.report(WildcardRule, *Url, "nonResourceURLs of " + Who);
}

void checkEscalation(SemanticContext &Context, const Object &O, const PolicyRule &Rule) {
  bool OnRoles = PolicyRule::any(Rule.Resources, {"roles", "clusterroles", "*"}) &&
                 PolicyRule::any(Rule.ApiGroups, {"rbac.authorization.k8s.io", "*"});
  // `bind` limited to named roles is how RBAC delegation is meant to be done, unless a name is a
  // super-user role.
  bool NamesSuperUser = PolicyRule::any(Rule.ResourceNames, {"cluster-admin", "admin"});
  bool OnIdentities =
      (PolicyRule::any(Rule.Resources, {"users", "groups", "serviceaccounts", "uids", "*"}) ||
       std::any_of(Rule.Resources.begin(), Rule.Resources.end(),
                   [](const Node *N) { return N->Value.rfind("userextras", 0) == 0; })) &&
      PolicyRule::any(Rule.ApiGroups, {"", "authentication.k8s.io", "*"});
  std::string Who = describe(O);
  for (const Node *Verb : Rule.Verbs) {
    if (Verb->Value == "bind" && OnRoles && (!Rule.limitedToNames() || NamesSuperUser))
      Context.report(EscalationRule, *Verb,
                     "'bind' verb of " + Who + " (binds roles holding permissions its holders lack)");
    else if (Verb->Value == "escalate" && OnRoles && (!Rule.limitedToNames() || NamesSuperUser))
      Context.report(EscalationRule, *Verb,
                     "'escalate' verb of " + Who + " (edits roles to add permissions its holders lack)");
    else if (Verb->Value == "impersonate" && OnIdentities)
      Context.report(EscalationRule, *Verb,
                     "'impersonate' verb of " + Who + " (acts as other users, groups or service accounts)");
  }
}

void checkSecretsRead(SemanticContext &Context, const Object &O, const PolicyRule &Rule) {
  if (O.Kind != "ClusterRole" || Rule.limitedToNames() || !Rule.coversSecrets() ||
      !PolicyRule::any(Rule.Verbs, {"get", "list", "watch", "*"}))
    return;
  for (const Node *Resource : Rule.Resources)
    if (isOneOf(Resource->Value, {"secrets", "*"})) {
      Context.report(SecretsRule, *Resource, describe(O));
      return;
    }
}

void checkRole(SemanticContext &Context, const Object &O) {
  // An aggregated ClusterRole's rules are filled in by the controller from the roles it selects;
  // those roles are judged themselves. Rules written out (as `kubectl get` shows them) are judged.
  const Node *Rules = O.Body->get("rules");
  if (!Rules || !Rules->isSequence())
    return; // the API server rejects anything else
  for (const Node &Entry : Rules->Items) {
    if (!Entry.isMapping())
      continue;
    PolicyRule Rule(Entry);
    checkWildcards(Context, O, Rule);
    checkEscalation(Context, O, Rule);
    checkSecretsRead(Context, O, Rule);
  }
}

/// "ServiceAccount ci/deployer and 2 more": the subjects, a list of mappings (the API server
/// rejects anything else, so such a binding grants nothing), or "" when there are none.
std::string describeSubjects(const Node *Subjects) {
  std::vector<const Node *> List;
  if (Subjects && Subjects->isSequence())
    for (const Node &Subject : Subjects->Items)
      if (Subject.isMapping())
        List.push_back(&Subject);
  if (List.empty())
    return "";
  const Node *First = List.front();
  std::optional<std::string_view> Kind = literalText(First->get("kind"));
  std::optional<std::string_view> Name = literalText(First->get("name"));
  std::optional<std::string_view> Ns = literalText(First->get("namespace"));
  std::string Text = std::string(Kind ? *Kind : "subject") + " ";
  if (Ns && !Ns->empty())
    Text += std::string(*Ns) + "/";
  Text += Name ? std::string(*Name) : "?";
  if (List.size() > 1)
    Text += " and " + std::to_string(List.size() - 1) + " more";
  return Text;
}

void checkBinding(SemanticContext &Context, const Object &O) {
  const Node *RoleRef = O.Body->get("roleRef");
  if (!RoleRef || !isLiteralText(RoleRef->get("kind"), "ClusterRole"))
    return; // a namespaced Role's name says nothing about what it grants
  const Node *Name = RoleRef->get("name");
  // A binding without subjects grants nothing.
  std::string Who = describeSubjects(O.Body->get("subjects"));
  if (Who.empty())
    return;
  bool ClusterWide = O.Kind == "ClusterRoleBinding";
  if (isLiteralText(Name, "cluster-admin")) {
    if (ClusterWide)
      Context.report(BindingRule, *Name, Who + " the built-in cluster-admin role over the whole cluster");
    else
      Context.report(BindingRule, *Name,
                     Who + " the built-in cluster-admin role in namespace '" +
                         std::string(O.ns().empty() ? "default" : O.ns()) +
                         "' (bind 'admin' for namespace administration)",
                     Level::Warning);
  } else if (ClusterWide && isLiteralText(Name, "admin")) {
    Context.report(BindingRule, *Name,
                   Who + " the built-in admin role in every namespace (Secrets, workloads and RoleBindings included)",
                   Level::Warning);
  }
}

/// A mapping key as the YAML model would hold it.
model::MapEntry entry(std::string_view Key, Node Value) {
  model::MapEntry E;
  E.Key.Kind = model::NodeKind::String;
  E.Key.Value = std::string(Key);
  E.Key.Begin = E.Key.End = E.Key.ContentBegin = E.Key.ContentEnd = Value.Begin;
  E.Value = std::move(Value);
  return E;
}

/// The attributes of an HCL block renamed to the manifest's field names.
Node blockAsMapping(const model::HclBlock &Block,
                    std::initializer_list<std::pair<std::string_view, std::string_view>> Names) {
  Node Out;
  Out.Kind = model::NodeKind::Mapping;
  Out.Begin = Out.ContentBegin = Block.Begin;
  Out.End = Out.ContentEnd = Block.End;
  for (const auto &[Hcl, Manifest] : Names)
    if (const model::HclAttribute *A = Block.attribute(Hcl))
      Out.Entries.push_back(entry(Manifest, A->Value));
  return Out;
}

Node sequence(const model::HclBlock &Parent) {
  Node Out;
  Out.Kind = model::NodeKind::Sequence;
  Out.Begin = Out.ContentBegin = Parent.Begin;
  Out.End = Out.ContentEnd = Parent.End;
  return Out;
}

/// kubernetes_cluster_role_binding_v1 -> ClusterRoleBinding, or "" for other resource types.
std::string terraformKind(std::string_view Type) {
  static const RE2 Rbac("kubernetes_(cluster_)?role(_binding)?(_v1)?");
  std::string Cluster, Binding, V1;
  if (!RE2::FullMatch(Type, Rbac, &Cluster, &Binding, &V1))
    return "";
  return std::string(Cluster.empty() ? "" : "Cluster") + "Role" + (Binding.empty() ? "" : "Binding");
}

/// The manifest a Terraform kubernetes_* RBAC resource stands for.
Node terraformObject(const model::HclBlock &Resource) {
  Node Body;
  Body.Kind = model::NodeKind::Mapping;
  Body.Begin = Body.ContentBegin = Resource.Begin;
  Body.End = Body.ContentEnd = Resource.End;
  for (const model::HclBlock *Metadata : Resource.blocks("metadata"))
    Body.Entries.push_back(entry("metadata", blockAsMapping(*Metadata, {{"name", "name"}, {"namespace", "namespace"}})));
  Node Rules = sequence(Resource);
  for (const model::HclBlock *Rule : Resource.blocks("rule"))
    Rules.Items.push_back(blockAsMapping(*Rule, {{"verbs", "verbs"},
                                                 {"resources", "resources"},
                                                 {"api_groups", "apiGroups"},
                                                 {"resource_names", "resourceNames"},
                                                 {"non_resource_urls", "nonResourceURLs"}}));
  if (!Rules.Items.empty())
    Body.Entries.push_back(entry("rules", std::move(Rules)));
  for (const model::HclBlock *RoleRef : Resource.blocks("role_ref"))
    Body.Entries.push_back(entry("roleRef", blockAsMapping(*RoleRef, {{"kind", "kind"}, {"name", "name"},
                                                                      {"api_group", "apiGroup"}})));
  Node Subjects = sequence(Resource);
  for (const model::HclBlock *Subject : Resource.blocks("subject"))
    Subjects.Items.push_back(
        blockAsMapping(*Subject, {{"kind", "kind"}, {"name", "name"}, {"namespace", "namespace"}}));
  if (!Subjects.Items.empty())
    Body.Entries.push_back(entry("subjects", std::move(Subjects)));
  return Body;
}

void judge(SemanticContext &Context, const Object &O) {
  if (O.Kind == "Role" || O.Kind == "ClusterRole")
    checkRole(Context, O);
  else if (O.Kind == "RoleBinding" || O.Kind == "ClusterRoleBinding")
    checkBinding(Context, O);
}

class KubernetesRbacAnalyzer final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "kubernetes-rbac"; }
  std::string_view description() const override {
    return "Kubernetes RBAC: super-user bindings, wildcard and escalation grants, cluster-wide Secret reads";
  }
  std::vector<std::string_view> ruleIds() const override {
    return {BindingRule, WildcardRule, EscalationRule, SecretsRule};
  }
  bool appliesTo(std::string_view FileLanguage) const override {
    return FileLanguage == "kubernetes" || FileLanguage == "terraform";
  }
  void analyze(SemanticContext &Context) const override {
    if (Context.language() == "terraform") {
      for (const model::HclBlock &Block : Context.hcl().Blocks) {
        std::string Kind = Block.Type == "resource" ? terraformKind(Block.label(0)) : "";
        if (Kind.empty())
          continue;
        Node Body = terraformObject(Block);
        judge(Context, Object{&Body, Kind});
      }
      return;
    }
    for (const Object &O : kubernetes::kubernetesObjects(Context.yamlDocuments()))
      judge(Context, O);
  }
};

} // namespace

const SemanticAnalyzer &kubernetesRbacAnalyzer() {
  static const KubernetesRbacAnalyzer Instance;
  return Instance;
}

} // namespace blastradius
