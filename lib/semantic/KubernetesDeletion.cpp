// Kubernetes settings that delete things as a matter of course: volumes whose data is deleted with
// their claim (a policy written down, or, a lower level, a StorageClass left at Kubernetes' default
// Delete), and Deployments that stop every pod before starting new ones.
#include "semantic/Analyzers.h"
#include "semantic/KubernetesObjects.h"
#include "semantic/LiteralText.h"

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

class KubernetesDeletionAnalyzer final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "kubernetes-deletion"; }
  std::string_view description() const override {
    return "Kubernetes: volumes deleted with their claims, Deployments that delete every pod before replacing it";
  }
  std::vector<std::string_view> ruleIds() const override { return {ReclaimRule, RecreateRule, AbsentRule}; }
  bool appliesTo(std::string_view FileLanguage) const override { return FileLanguage == "kubernetes"; }
  void analyze(SemanticContext &Context) const override {
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
