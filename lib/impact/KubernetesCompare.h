// Kubernetes manifests across a change: a Namespace, PersistentVolumeClaim, PersistentVolume,
// StatefulSet or CustomResourceDefinition that leaves what a pruning deployer applies (Argo CD or
// Flux with prune: true, `kubectl apply --prune`, a kustomization's resources list: see
// KubernetesPruning.h) is deleted from the cluster, with what it holds, unless the deployer's
// keep-annotation is on it; an immutable field
// changed (selectors, a StatefulSet's volumeClaimTemplates and serviceName, a Job's template, a PVC's
// storage class, access modes or a shrinking request) makes the apply fail, and the usual fix is
// delete and recreate.
#ifndef BLASTRADIUS_IMPACT_KUBERNETESCOMPARE_H
#define BLASTRADIUS_IMPACT_KUBERNETESCOMPARE_H

#include "impact/ImpactSink.h"
#include "impact/Revision.h"

#include <string>
#include <vector>

namespace blastradius::impact {

/// Changed: the changed .yaml/.yml paths (top-relative). HeadCommit empty: the work tree.
void compareKubernetes(const std::vector<std::string> &Changed, const Revision &Base, const Revision &Head,
                       const std::string &Top, const std::string &HeadCommit, ImpactSink &Sink);

} // namespace blastradius::impact

#endif
