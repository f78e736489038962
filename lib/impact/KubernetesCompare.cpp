#include "impact/KubernetesCompare.h"

#include "Git.h"
#include "Process.h"
#include "impact/KubernetesPruning.h"
#include "impact/TerraformModel.h"
#include "model/RegionParse.h"
#include "model/Yaml.h"
#include "semantic/KubernetesObjects.h"

#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

namespace fs = std::filesystem;

namespace blastradius::impact {

namespace {

using model::Node;

struct Manifest {
  std::string File;
  std::string Text;
  std::vector<Node> Documents;
  std::vector<kubernetes::Object> Objects;
};

std::unique_ptr<Manifest> parseManifest(const std::string &File, std::string Text) {
  auto M = std::make_unique<Manifest>();
  M->File = File;
  M->Text = std::move(Text);
  model::TreePtr Tree = model::parseRegion(Grammar::Yaml, M->Text, 0, static_cast<uint32_t>(M->Text.size()));
  if (!Tree)
    return M;
  M->Documents = model::convertYamlRecovering(ts_tree_root_node(Tree.get()), M->Text);
  M->Objects = kubernetes::kubernetesObjects(M->Documents);
  return M;
}

std::string keyOf(const kubernetes::Object &O) {
  return O.Kind + "/" + std::string(O.ns()) + "/" + std::string(O.name());
}

std::string describe(const kubernetes::Object &O) {
  std::string Name(O.name());
  std::string Ns(O.ns());
  return O.Kind + " " + (Ns.empty() ? "" : Ns + "/") + Name;
}

std::string canonical(const Node *N) { return N ? canonicalValue(*N) : ""; }

/// A storage quantity in bytes ("10Gi", "500M", "1e3"); negative when it does not parse.
double quantity(const Node *N) {
  if (!N || (N->Kind != model::NodeKind::String && N->Kind != model::NodeKind::Number))
    return -1;
  static const RE2 Quantity("([0-9]+(?:\\.[0-9]+)?)([KMGTPE]i?|[kmunM]?)");
  std::string Number, Suffix;
  if (!RE2::FullMatch(N->Value, Quantity, &Number, &Suffix))
    return -1;
  double Value = std::stod(Number);
  static const std::map<std::string, double> Scale = {
      {"", 1},       {"k", 1e3},          {"M", 1e6},          {"G", 1e9},          {"T", 1e12},
      {"P", 1e15},   {"E", 1e18},         {"Ki", 1024.0},      {"Mi", 1048576.0},   {"Gi", 1073741824.0},
      {"Ti", 1099511627776.0}, {"Pi", 1125899906842624.0}, {"Ei", 1152921504606846976.0}, {"m", 1e-3}};
  auto Found = Scale.find(Suffix);
  return Found == Scale.end() ? -1 : Value * Found->second;
}

bool isProtectedKind(const std::string &Kind) {
  return Kind == "Namespace" || Kind == "PersistentVolumeClaim" || Kind == "PersistentVolume" ||
         Kind == "StatefulSet" || Kind == "CustomResourceDefinition";
}

std::string whatIsLost(const std::string &Kind) {
  if (Kind == "Namespace")
    return "every object in the namespace goes with it";
  if (Kind == "CustomResourceDefinition")
    return "every custom resource of that type goes with it";
  if (Kind == "StatefulSet")
    return "its pods go, and with a retention policy of Delete its volumes too";
  return "with a reclaim policy of Delete, the volume and its data go too";
}

bool isKustomization(const std::string &File) {
  std::string Name = fs::path(File).filename().string();
  return Name == "kustomization.yaml" || Name == "kustomization.yml" || Name == "Kustomization";
}

} // namespace

void compareKubernetes(const std::vector<std::string> &Changed, const Revision &Base, const Revision &Head,
                       const std::string &Top, const std::string &HeadCommit, ImpactSink &Sink) {
  std::vector<std::unique_ptr<Manifest>> Before, After;
  for (const std::string &File : Changed) {
    std::string Error;
    // Only files that look like manifests: a CI workflow or a Helm values file is not.
    if (std::optional<std::string> Text = Base.read(File, Error);
        Text && Text->find("apiVersion") != std::string::npos && Text->find("kind") != std::string::npos)
      Before.push_back(parseManifest(File, std::move(*Text)));
    if (std::optional<std::string> Text = Head.read(File, Error);
        Text && Text->find("apiVersion") != std::string::npos && Text->find("kind") != std::string::npos)
      After.push_back(parseManifest(File, std::move(*Text)));
  }
  bool KustomizationChanged = std::any_of(Changed.begin(), Changed.end(), isKustomization);
  if (Before.empty() && !KustomizationChanged)
    return;
  std::map<std::string, std::pair<const Manifest *, const kubernetes::Object *>> Now;
  for (const auto &M : After)
    for (const kubernetes::Object &O : M->Objects)
      if (!O.name().empty())
        Now.emplace(keyOf(O), std::make_pair(M.get(), &O));

  // The pruning deployers, read once and only when something could be pruned.
  std::optional<std::vector<PruneRoot>> Roots;
  AppliedManifests BaseApplied(Base), HeadApplied(Head);
  auto roots = [&]() -> const std::vector<PruneRoot> & {
    if (!Roots)
      Roots = pruneRoots(Top, HeadCommit, Head);
    return *Roots;
  };
  // Whether the head still applies Key under Root (it moved to another applied file).
  auto stillApplied = [&](const PruneRoot &Root, const std::string &Key) {
    auto Found = Now.find(Key);
    return Found != Now.end() && HeadApplied.applies(Root, Found->second.first->File);
  };
  std::set<std::string> Reported;
  for (const auto &M : Before)
    for (const kubernetes::Object &Old : M->Objects) {
      if (Old.name().empty())
        continue;
      auto Found = Now.find(keyOf(Old));
      if (Found == Now.end()) {
        if (!isProtectedKind(Old.Kind))
          continue;
        const PruneRoot *Root = nullptr;
        for (const PruneRoot &R : roots())
          if (BaseApplied.applies(R, M->File) && !keptByAnnotation(R, *Old.Body)) {
            Root = &R;
            break;
          }
        if (!Root)
          continue; // nothing deletes what is no longer applied
        ImpactSink::Event E;
        E.RuleId = "k8s-pruned-object-removed";
        E.Address = keyOf(Old);
        Reported.insert(E.Address);
        bool FileStays = false;
        for (const auto &A : After)
          FileStays = FileStays || A->File == M->File;
        if (FileStays || Head.exists(M->File)) {
          E.Where = {M->File, 0, 0};
          if (!FileStays) {
            std::string Error;
            if (std::optional<std::string> Text = Head.read(M->File, Error))
              Sink.text(M->File, *Text);
          }
        } else {
          Sink.text(M->File, M->Text);
          E.Where = {M->File, Old.Body->Begin, Old.Body->Begin};
        }
        E.Detail = describe(Old) + " is removed from " + (Root->Path.empty() ? std::string(".") : Root->Path) +
                   ", which " + Root->By + "; " + whatIsLost(Old.Kind);
        Sink.report(std::move(E));
        continue;
      }
      const kubernetes::Object &New = *Found->second.second;
      const Manifest &NewFile = *Found->second.first;
      std::vector<std::pair<std::string, const Node *>> Changes;
      auto Compare = [&](const char *Name, std::initializer_list<const char *> Keys) {
        const Node *A = model::lookupPath(Old.Body, Keys);
        const Node *B = model::lookupPath(New.Body, Keys);
        if (canonical(A) != canonical(B))
          Changes.push_back({Name, B ? B : New.Body});
      };
      if (Old.Kind == "Deployment" || Old.Kind == "StatefulSet" || Old.Kind == "DaemonSet" || Old.Kind == "ReplicaSet")
        Compare("spec.selector", {"spec", "selector"});
      if (Old.Kind == "StatefulSet") {
        Compare("spec.volumeClaimTemplates", {"spec", "volumeClaimTemplates"});
        Compare("spec.serviceName", {"spec", "serviceName"});
      }
      if (Old.Kind == "Job")
        Compare("spec.template", {"spec", "template"});
      if (Old.Kind == "PersistentVolumeClaim") {
        Compare("spec.storageClassName", {"spec", "storageClassName"});
        Compare("spec.accessModes", {"spec", "accessModes"});
        double Was = quantity(model::lookupPath(Old.Body, {"spec", "resources", "requests", "storage"}));
        const Node *Storage = model::lookupPath(New.Body, {"spec", "resources", "requests", "storage"});
        double Is = quantity(Storage);
        if (Was > 0 && Is > 0 && Is < Was)
          Changes.push_back({"spec.resources.requests.storage (shrinking)", Storage});
      }
      for (const auto &[Field, At] : Changes) {
        Sink.text(NewFile.File, NewFile.Text);
        ImpactSink::Event E;
        E.RuleId = "k8s-immutable-field-changed";
        E.Address = keyOf(New) + "#" + Field;
        E.Stateful = New.Kind == "StatefulSet" || New.Kind == "PersistentVolumeClaim";
        E.Where = {NewFile.File, At->Begin, At->End > At->Begin ? std::min(At->End, At->Begin + 200) : At->Begin};
        E.Detail = Field + " of " + describe(New) + " changes";
        Sink.report(std::move(E));
      }
    }

  // A file dropped from the resources of a kustomization that a pruning deployer applies: its
  // objects are no longer applied, so the next sync deletes them (the file itself may be unchanged).
  if (!KustomizationChanged)
    return;
  for (const PruneRoot &Root : roots()) {
    const std::set<std::string> *Was = BaseApplied.kustomized(Root.Path);
    const std::set<std::string> *Is = HeadApplied.kustomized(Root.Path);
    if (!Was || !Is)
      continue;
    for (const std::string &File : *Was) {
      if (Is->count(File))
        continue;
      std::string Error;
      std::optional<std::string> Text = Base.read(File, Error);
      if (!Text)
        continue;
      auto Dropped = parseManifest(File, std::move(*Text));
      for (const kubernetes::Object &Old : Dropped->Objects) {
        std::string Key = keyOf(Old);
        if (Old.name().empty() || !isProtectedKind(Old.Kind) || Reported.count(Key) || stillApplied(Root, Key) ||
            keptByAnnotation(Root, *Old.Body))
          continue;
        // At the resources list that named the file in the base, as it is in the head (else the
        // root's kustomization).
        std::string Kustomization = BaseApplied.listedBy(File);
        std::optional<std::string> Listing;
        if (!Kustomization.empty())
          Listing = Head.read(Kustomization, Error);
        if (!Listing) {
          Kustomization = HeadApplied.kustomizationOf(Root.Path);
          Listing = Head.read(Kustomization, Error);
        }
        if (!Listing)
          continue;
        Reported.insert(Key);
        Sink.text(Kustomization, *Listing);
        ImpactSink::Event E;
        E.RuleId = "k8s-pruned-object-removed";
        E.Address = Key;
        size_t At = Listing->find("resources:");
        E.Where = At == std::string::npos
                      ? Place{Kustomization, 0, 0}
                      : Place{Kustomization, static_cast<uint32_t>(At), static_cast<uint32_t>(At + 9)};
        E.Detail = describe(Old) + " (" + File + ") is no longer applied: the file left the resources of " +
                   (Root.Path.empty() ? std::string(".") : Root.Path) + ", which " + Root.By + "; " +
                   whatIsLost(Old.Kind);
        Sink.report(std::move(E));
      }
    }
  }
  if (BaseApplied.Truncated || HeadApplied.Truncated)
    Sink.Notifications.push_back({"", "change-impact-kustomization-depth",
                                  "a kustomization chain is deeper than change impact follows: some pruned "
                                  "objects may not be reported",
                                  Level::Error, false, {}});
}

} // namespace blastradius::impact
