// Which manifests a pruning deployer applies: whatever leaves that set is deleted from the cluster
// on the next sync. The deployers are Argo CD Applications (syncPolicy.automated.prune: true), Flux
// Kustomizations (spec.prune: true) and `kubectl apply --prune` in a script, Makefile or CI
// workflow; a directory they apply that holds a kustomization.yaml applies exactly its `resources:`
// (followed into the kustomizations they list), so a file dropped from that list is pruned too.
#ifndef BLASTRADIUS_IMPACT_KUBERNETESPRUNING_H
#define BLASTRADIUS_IMPACT_KUBERNETESPRUNING_H

#include "impact/Revision.h"
#include "model/Node.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace blastradius::impact {

struct PruneRoot {
  /// Top-relative directory ("" for the top) or file.
  std::string Path;
  /// A directory: its whole subtree (Argo CD, Flux, `kubectl -R`) or only its own files.
  bool Recursive = true;
  /// `kubectl apply -k`: the path is a kustomization directory.
  bool Kustomize = false;
  /// For messages: "a deployer applies with prune: true", "`kubectl apply --prune` in deploy.sh applies".
  std::string By;
  /// "argocd", "flux" or "kubectl": which annotation tells it to leave an object alone.
  std::string Deployer;
};

/// Whether Object (a manifest's body) carries the annotation that makes Root's deployer leave it in
/// the cluster when it leaves Git (Argo CD `argocd.argoproj.io/sync-options: Prune=false`, Flux
/// `kustomize.toolkit.fluxcd.io/prune: disabled`).
bool keptByAnnotation(const PruneRoot &Root, const model::Node &Object);

/// The pruning deployers declared in the head (HeadCommit, or the work tree when empty).
std::vector<PruneRoot> pruneRoots(const std::string &Top, const std::string &HeadCommit, const Revision &Head);

/// The `kubectl apply --prune` commands of one file's text (a shell script, Makefile, CI workflow):
/// the paths they apply, resolved against the top of the repository (File's directory when the path
/// does not exist from the top). Exposed for tests of the command-line reading.
std::vector<PruneRoot> kubectlPruneRoots(const std::string &File, const std::string &Text, const Revision &Head);

/// What the deployers apply on one side of the change.
class AppliedManifests {
public:
  explicit AppliedManifests(const Revision &Side) : Side(Side) {}
  /// Whether Root applies File on this side.
  bool applies(const PruneRoot &Root, const std::string &File);
  /// The kustomization file of Directory on this side, or "" when it has none.
  std::string kustomizationOf(const std::string &Directory);
  /// The files the kustomization of Directory applies (resources and bases, followed into the
  /// kustomizations they name); nullptr when Directory has no kustomization on this side.
  const std::set<std::string> *kustomized(const std::string &Directory);
  /// The kustomization file whose list named File (after kustomized() collected it), or "".
  std::string listedBy(const std::string &File) const;
  /// A kustomization chain deeper than the reader follows (the set may be short).
  bool Truncated = false;

private:
  void collect(const std::string &Directory, std::set<std::string> &Out, std::vector<std::string> &Chain);
  const Revision &Side;
  std::map<std::string, std::optional<std::set<std::string>>> Sets;
  std::map<std::string, std::string> ListedBy;
};

} // namespace blastradius::impact

#endif
