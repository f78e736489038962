// The CloudFormation resource types that hold data which is gone when the resource is deleted, and
// what CloudFormation does to them when a template gives no DeletionPolicy.
#ifndef BLASTRADIUS_SEMANTIC_CLOUDFORMATIONSTATEFULTYPES_H
#define BLASTRADIUS_SEMANTIC_CLOUDFORMATIONSTATEFULTYPES_H

#include "semantic/CloudFormationResources.h"

#include <string_view>
#include <vector>

namespace blastradius::cloudformation {

struct StatefulType {
  std::string_view Type;
  /// What is lost with it, for messages ("the table's items").
  std::string_view Holds;
  /// CloudFormation takes a snapshot on deletion when DeletionPolicy is left out.
  bool SnapshotByDefault = false;
  /// Properties whose presence means the resource keeps no data of its own: an Aurora instance
  /// (its data lives in the cluster), a read replica (a copy of its source).
  std::vector<std::string_view> StatelessWhen;
};

/// The stateful type of that name, or nullptr.
const StatefulType *findStatefulType(std::string_view Type);

/// The stateful type of R when R, as configured, holds data of its own; nullptr otherwise.
const StatefulType *statefulTypeOf(const Resource &R);

} // namespace blastradius::cloudformation

#endif
