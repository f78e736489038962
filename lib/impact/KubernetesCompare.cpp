#include "impact/KubernetesCompare.h"

#include "Git.h"
#include "Process.h"
#include "impact/TerraformModel.h"
#include "model/RegionParse.h"
#include "model/Yaml.h"
#include "semantic/KubernetesObjects.h"

#include <re2/re2.h>

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

const Node *path(const Node *N, std::initializer_list<const char *> Keys) {
  for (const char *Key : Keys) {
    if (!N)
      return nullptr;
    N = N->get(Key);
  }
  return N;
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

/// The directories an Argo CD Application or a Flux Kustomization applies with pruning on.
std::vector<std::string> prunedDirectories(const std::string &Top, const std::string &HeadCommit,
                                           const Revision &Head) {
  std::vector<std::string> Arguments = {"grep", "-l", "-z", "-I", "-E", "prune:[[:space:]]*[\"']?true"};
  if (!HeadCommit.empty())
    Arguments.push_back(HeadCommit);
  for (const char *Pattern : {"--", "*.yaml", "*.yml"})
    Arguments.push_back(Pattern);
  ProcessResult Found = runGit(Arguments, Top);
  std::vector<std::string> Directories;
  size_t Start = 0;
  const std::string &Out = Found.Stdout;
  while (Found.ExitCode == 0 && Start < Out.size()) {
    size_t End = Out.find('\0', Start);
    if (End == std::string::npos)
      End = Out.size();
    std::string File = Out.substr(Start, End - Start);
    Start = End + 1;
    if (!HeadCommit.empty() && File.rfind(HeadCommit + ":", 0) == 0)
      File = File.substr(HeadCommit.size() + 1);
    std::string Error;
    std::optional<std::string> Text = Head.read(File, Error);
    if (!Text)
      continue;
    auto M = parseManifest(File, std::move(*Text));
    for (const kubernetes::Object &O : M->Objects) {
      std::vector<const Node *> Paths;
      if (O.Kind == "Application" && path(O.Body, {"spec", "syncPolicy", "automated", "prune"}) &&
          path(O.Body, {"spec", "syncPolicy", "automated", "prune"})->isTrue()) {
        Paths.push_back(path(O.Body, {"spec", "source", "path"}));
        if (const Node *Sources = path(O.Body, {"spec", "sources"}))
          for (const Node &Item : Sources->Items)
            Paths.push_back(Item.get("path"));
      }
      if (O.Kind == "Kustomization" && path(O.Body, {"spec", "prune"}) && path(O.Body, {"spec", "prune"})->isTrue())
        Paths.push_back(path(O.Body, {"spec", "path"}));
      for (const Node *P : Paths) {
        if (!P || !P->isString() || P->Interpolated)
          continue;
        std::string Directory = fs::path(P->Value).lexically_normal().generic_string();
        while (Directory.rfind("./", 0) == 0)
          Directory = Directory.substr(2);
        while (!Directory.empty() && Directory.back() == '/')
          Directory.pop_back();
        if (Directory == ".")
          Directory.clear();
        Directories.push_back(Directory);
      }
    }
  }
  return Directories;
}

bool under(const std::string &File, const std::string &Directory) {
  return Directory.empty() ||
         (File.size() > Directory.size() && File.compare(0, Directory.size(), Directory) == 0 &&
          File[Directory.size()] == '/');
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
  if (Before.empty())
    return;
  std::map<std::string, std::pair<const Manifest *, const kubernetes::Object *>> Now;
  for (const auto &M : After)
    for (const kubernetes::Object &O : M->Objects)
      if (!O.name().empty())
        Now.emplace(keyOf(O), std::make_pair(M.get(), &O));

  std::optional<std::vector<std::string>> Pruned;
  for (const auto &M : Before)
    for (const kubernetes::Object &Old : M->Objects) {
      if (Old.name().empty())
        continue;
      auto Found = Now.find(keyOf(Old));
      if (Found == Now.end()) {
        if (!isProtectedKind(Old.Kind))
          continue;
        if (!Pruned)
          Pruned = prunedDirectories(Top, HeadCommit, Head);
        const std::string *Root = nullptr;
        for (const std::string &Directory : *Pruned)
          if (under(M->File, Directory))
            Root = &Directory;
        if (!Root)
          continue; // nothing deletes what is no longer applied
        ImpactSink::Event E;
        E.RuleId = "k8s-pruned-object-removed";
        E.Address = keyOf(Old);
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
        E.Detail = describe(Old) + " is removed from " + (Root->empty() ? std::string(".") : *Root) +
                   ", which a deployer applies with prune: true; " + whatIsLost(Old.Kind);
        Sink.report(std::move(E));
        continue;
      }
      const kubernetes::Object &New = *Found->second.second;
      const Manifest &NewFile = *Found->second.first;
      std::vector<std::pair<std::string, const Node *>> Changes;
      auto Compare = [&](const char *Name, std::initializer_list<const char *> Keys) {
        const Node *A = path(Old.Body, Keys);
        const Node *B = path(New.Body, Keys);
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
        double Was = quantity(path(Old.Body, {"spec", "resources", "requests", "storage"}));
        const Node *Storage = path(New.Body, {"spec", "resources", "requests", "storage"});
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
}

} // namespace blastradius::impact
