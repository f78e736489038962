// The resources of a CloudFormation template, YAML (every document of the stream) or JSON: each
// entry of the top-level `Resources` mapping whose body is a mapping with a literal `Type`.
#ifndef BLASTRADIUS_SEMANTIC_CLOUDFORMATIONRESOURCES_H
#define BLASTRADIUS_SEMANTIC_CLOUDFORMATIONRESOURCES_H

#include "model/Node.h"
#include "semantic/SemanticAnalyzer.h"

#include <string>
#include <string_view>
#include <vector>

namespace blastradius::cloudformation {

struct Resource {
  /// The logical id (the key, where findings about the whole resource point) and the body.
  const model::Node *LogicalId = nullptr;
  const model::Node *Body = nullptr;
  std::string_view Type;

  /// "AWS::RDS::DBCluster 'Database'".
  std::string describe() const;
  /// Properties.<Name>, or nullptr.
  const model::Node *property(std::string_view Name) const;
};

std::vector<Resource> cloudFormationResources(const SemanticContext &Context);

} // namespace blastradius::cloudformation

#endif
