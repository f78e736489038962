// Terraform/HCL as blocks and attributes whose values are model::Node trees. `jsonencode(x)` is
// replaced by x (so a policy written as an HCL object is the same tree as one written as JSON);
// heredocs and quoted templates become strings; references and other calls become Expressions.
#ifndef BLASTRADIUS_MODEL_HCL_H
#define BLASTRADIUS_MODEL_HCL_H

#include "model/Node.h"

#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

namespace blastradius::model {

struct HclAttribute {
  std::string Name;
  /// The whole `name = value` and the name alone, in the host.
  uint32_t Begin = 0, End = 0;
  uint32_t NameBegin = 0, NameEnd = 0;
  Node Value;
};

struct HclBlock {
  /// "resource", "data", "variable", "lifecycle" ...; empty for the file's top-level body.
  std::string Type;
  /// The labels without quotes: resource "aws_s3_bucket" "logs" -> {"aws_s3_bucket", "logs"}.
  std::vector<std::string> Labels;
  /// The whole block, and its header (type and labels) for reporting.
  uint32_t Begin = 0, End = 0;
  uint32_t HeaderEnd = 0;
  std::vector<HclAttribute> Attributes;
  std::vector<HclBlock> Blocks;

  const HclAttribute *attribute(std::string_view Name) const;
  std::vector<const HclBlock *> blocks(std::string_view BlockType) const;
  /// Labels[I] or "".
  std::string_view label(size_t I) const;
};

/// Converts a tree-sitter-hcl tree (config_file) over Text. Parts that do not convert (ERROR nodes)
/// are left out; the rest of the file still converts.
HclBlock convertHcl(TSNode Root, std::string_view Text);

} // namespace blastradius::model

#endif
