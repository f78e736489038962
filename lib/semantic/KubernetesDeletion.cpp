// Kubernetes settings that delete things as a matter of course: volumes whose data is deleted with
// their claim (a policy written down, or, a lower level, a StorageClass left at Kubernetes' default
// Delete), and Deployments that stop every pod before starting new ones. The reclaim policies are
// judged in Terraform's kubernetes provider too (kubernetes_storage_class, kubernetes_persistent_volume
// and their _v1 twins), with that provider's defaults: Delete for a class, Retain for a volume.
#include "semantic/Analyzers.h"
#include "semantic/KubernetesObjects.h"
#include "semantic/LiteralText.h"

#include <re2/re2.h>

namespace blastradius {

namespace {

using kubernetes::Object;
using model::Node;

constexpr std::string_view ReclaimRule = "k8s-reclaim-policy-delete";
constexpr std::string_view RecreateRule = "k8s-recreate-strategy";
constexpr std::string_view AbsentRule = "k8s-reclaim-policy-absent";

std::string describe(const Object &O) {
  std::string_view Name = O.name();
  return Name.empty() ? O.Kind : O.Kind + " '" + std::string(Name) + "'";
}

void checkReclaimPolicy(SemanticContext &Context, const Object &O) {
  const Node *Policy = nullptr;
  if (O.Kind == "PersistentVolume") {
    const Node *Spec = O.Body->get("spec");
    Policy = Spec ? Spec->get("persistentVolumeReclaimPolicy") : nullptr;
  } else if (O.Kind == "StorageClass") {
    // A StorageClass keeps its policy at the top level. Leaving it out also means Delete: that is
    // the lower-level AbsentRule (a PersistentVolume written by hand defaults to Retain instead).
    const model::MapEntry *Entry = O.Body->entry("reclaimPolicy");
    if (!Entry) {
      const Node *Name = O.Body->get("metadata") ? O.Body->get("metadata")->get("name") : nullptr;
      const Node *At = Name ? Name : O.Body->get("kind");
      Context.report(AbsentRule, At ? *At : *O.Body, describe(O));
      return;
    }
    Policy = &Entry->Value;
  }
  if (isLiteralText(Policy, "Delete"))
    Context.report(ReclaimRule, *Policy, describe(O));
}

void checkStrategy(SemanticContext &Context, const Object &O) {
  // OpenShift's DeploymentConfig has the same strategy field with the same meaning.
  if (O.Kind != "Deployment" && O.Kind != "DeploymentConfig")
    return;
  const Node *Spec = O.Body->get("spec");
  const Node *Strategy = Spec ? Spec->get("strategy") : nullptr;
  const Node *Type = Strategy ? Strategy->get("type") : nullptr;
  if (isLiteralText(Type, "Recreate"))
    Context.report(RecreateRule, *Type, describe(O));
}

/// Terraform: `resource "kubernetes_storage_class_v1" "x" { reclaim_policy = "Delete" }` and
/// `kubernetes_persistent_volume_v1 { spec { persistent_volume_reclaim_policy = "Delete" } }`.
void checkTerraformResource(SemanticContext &Context, const model::HclBlock &Resource) {
  static const RE2 Storage("kubernetes_(storage_class|persistent_volume)(?:_v1)?");
  std::string What;
  if (Resource.Type != "resource" || !RE2::FullMatch(Resource.label(0), Storage, &What))
    return;
  std::string Described = What == "storage_class" ? "StorageClass" : "PersistentVolume";
  for (const model::HclBlock *Metadata : Resource.blocks("metadata"))
    if (const model::HclAttribute *Name = Metadata->attribute("name"))
      if (std::optional<std::string_view> Text = literalText(&Name->Value))
        Described += " '" + std::string(*Text) + "'";
  Described += " (" + std::string(Resource.label(0)) + "." + std::string(Resource.label(1)) + ")";
  if (What == "storage_class") {
    const model::HclAttribute *Policy = Resource.attribute("reclaim_policy");
    if (!Policy)
      Context.report(AbsentRule, Resource.Begin, Resource.HeaderEnd, Described);
    else if (isLiteralText(&Policy->Value, "Delete"))
      Context.report(ReclaimRule, Policy->Value, Described);
    return;
  }
  // The provider defaults a volume's policy to Retain: only a written Delete is reported.
  for (const model::HclBlock *Spec : Resource.blocks("spec"))
    if (const model::HclAttribute *Policy = Spec->attribute("persistent_volume_reclaim_policy");
        Policy && isLiteralText(&Policy->Value, "Delete"))
      Context.report(ReclaimRule, Policy->Value, Described);
}

class KubernetesDeletionAnalyzer final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "kubernetes-deletion"; }
  std::string_view description() const override {
    return "Kubernetes: volumes deleted with their claims, Deployments that delete every pod before replacing it";
  }
  std::vector<std::string_view> ruleIds() const override { return {ReclaimRule, RecreateRule, AbsentRule}; }
  bool appliesTo(std::string_view FileLanguage) const override {
    return FileLanguage == "kubernetes" || FileLanguage == "terraform";
  }
  void analyze(SemanticContext &Context) const override {
    if (Context.language() == "terraform") {
      if (Context.ruleEnabled(ReclaimRule) || Context.ruleEnabled(AbsentRule))
        for (const model::HclBlock &Block : Context.hcl().Blocks)
          checkTerraformResource(Context, Block);
      return;
    }
    for (const Object &O : kubernetes::kubernetesObjects(Context.yamlDocuments())) {
      checkReclaimPolicy(Context, O);
      checkStrategy(Context, O);
    }
  }
};

} // namespace

const SemanticAnalyzer &kubernetesDeletionAnalyzer() {
  static const KubernetesDeletionAnalyzer Instance;
  return Instance;
}

} // namespace blastradius
