// One Terraform module directory as the change-impact comparison sees it: the resources and module
// calls by address, each with a formatting-free canonical form of its arguments, the `moved` and
// `removed` blocks, and what every block references (the reference graph for dependents).
#ifndef BLASTRADIUS_IMPACT_TERRAFORMMODEL_H
#define BLASTRADIUS_IMPACT_TERRAFORMMODEL_H

#include "model/Hcl.h"
#include "model/RegionParse.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace blastradius::impact {

struct TerraformBlock {
  /// "aws_db_instance.orders" or "module.network".
  std::string Address;
  bool IsModule = false;
  std::string Type; // the resource type; "module" for a module call
  std::string Name;
  /// Repository-relative file and the block's byte range and header end in it.
  std::string File;
  uint32_t Begin = 0, End = 0, HeaderEnd = 0;
  /// "", "count" or "for_each", and that argument's canonical value.
  std::string Repetition;
  std::string RepetitionValue;
  /// for_each keys when the value is a literal map or set of strings (toset([...]) included).
  bool KeysKnown = false;
  std::set<std::string> Keys;
  /// Top-level argument name -> canonical value; nested blocks as "block:TYPE#N".
  std::map<std::string, std::string> Arguments;
  /// lifecycle { prevent_destroy = true }, or deletion_protection-style flags set to true.
  bool PreventDestroy = false;
  std::set<std::string> ProtectionFlagsOn;
  /// A module call's `source`.
  std::string Source;
  /// Addresses this block's arguments refer to ("aws_db_instance.orders", "module.x").
  std::set<std::string> References;
  /// A module call: input name -> the addresses its value refers to.
  std::map<std::string, std::set<std::string>> InputReferences;
  /// A module call: input name -> the input variables (`var.NAME`) its value reads, for following
  /// a value that a module passes on to a nested module.
  std::map<std::string, std::set<std::string>> InputVariables;
  /// The input variables this block reads (`var.NAME`).
  std::set<std::string> Variables;
};

struct TerraformMove {
  std::string From, To;
};

struct TerraformRemoved {
  std::string From;
  bool Destroy = true;
};

struct TerraformModule {
  std::string Directory;
  std::map<std::string, TerraformBlock> Blocks;
  std::vector<TerraformMove> Moves;
  std::vector<TerraformRemoved> Removals;
  /// Each file's text, for locations.
  std::map<std::string, std::string> Texts;
  /// Files that could not be read or parsed whole (a comparison on them would invent events).
  std::vector<std::string> Problems;
};

/// Adds one file of a module to the model (File repository-relative, Text its content). Previous
/// and PreviousText: the same file's tree and text on the other side of a change, whose parse is
/// reused for what did not change; Keep, when given, receives this file's tree.
void addTerraformFile(TerraformModule &Module, const std::string &File, std::string Text,
                      const TSTree *Previous = nullptr, std::string_view PreviousText = {},
                      model::TreePtr *Keep = nullptr);

/// The canonical text of a value: formatting, comments and quoting style do not change it.
std::string canonicalValue(const model::Node &Value);

} // namespace blastradius::impact

#endif
