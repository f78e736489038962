// The Kubernetes objects of a YAML stream. Every document is one object, except lists: `kind: List`
// (what `kubectl get -o yaml` and `helm template | kubectl ...` pipelines produce) and typed lists
// (`RoleList`, `ClusterRoleList` ...) stand for their `items`, each judged on its own.
#ifndef BLASTRADIUS_SEMANTIC_KUBERNETESOBJECTS_H
#define BLASTRADIUS_SEMANTIC_KUBERNETESOBJECTS_H

#include "model/Node.h"

#include <string>
#include <string_view>
#include <vector>

namespace blastradius::kubernetes {

struct Object {
  const model::Node *Body = nullptr;
  /// The object's kind; for an item of a typed list that omits it (the API server's own list
  /// responses do), the kind the list's name implies ("RoleList" -> "Role").
  std::string Kind;

  /// metadata.name when it is a literal, else "".
  std::string_view name() const;
  /// metadata.namespace when it is a literal, else "".
  std::string_view ns() const;
};

/// Every object of the documents, in source order: lists are flattened (nested lists too, to a
/// small depth); documents that are not mappings (empty, broken, a bare scalar) are skipped.
std::vector<Object> kubernetesObjects(const std::vector<model::Node> &Documents);

/// The literal strings of a field that holds a list of strings (`verbs`, `resources`). The API
/// server rejects a scalar there, so it grants nothing and yields nothing; non-literal items are
/// left out.
std::vector<const model::Node *> literalItems(const model::Node *Field);

} // namespace blastradius::kubernetes

#endif
