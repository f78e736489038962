// A Terraform module as the evaluator needs it: every *.tf of one directory read as one module
// (Terraform's own unit), with its variables and their defaults, its locals, the values that
// terraform.tfvars, *.auto.tfvars and configured var files assign, and its resource blocks (to follow
// a caller's module input to the attribute it sets) and its module calls (to follow it further down). Every value keeps the file and place it came
// from, so a finding can show where a risky value is set (a SARIF related location).
#ifndef BLASTRADIUS_TERRAFORM_MODULE_H
#define BLASTRADIUS_TERRAFORM_MODULE_H

#include "SourceText.h"
#include "model/Hcl.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

namespace blastradius::terraform {

/// One file of the module, kept whole: its blocks point into Content.
struct ModuleFile {
  /// Relative to the scan root, '/' separators.
  std::string Path;
  std::unique_ptr<SourceText> Source;
  model::HclBlock Body;
};

/// A value and where it is written.
struct Definition {
  const model::Node *Value = nullptr;
  const ModuleFile *File = nullptr;
  /// The whole `name = value` (or `default = value`) in File.
  uint32_t Begin = 0, End = 0;
  /// "the default of var.x", "terraform.tfvars", "local.x" ...
  std::string Description;
};

/// Local modules nested deeper than this below the analysed file are not followed (the analysers
/// say so in an error-level notification; the prefilter parses such a file).
constexpr unsigned MaxModuleNesting = 6;

struct Module {
  /// Relative to the scan root ("." for the root itself).
  std::string Directory;
  std::vector<std::unique_ptr<ModuleFile>> Files;
  /// variable name -> its effective value: the default, overridden by terraform.tfvars, then the
  /// *.auto.tfvars in name order, then the configured var files in their order (Terraform's order).
  std::map<std::string, Definition, std::less<>> Variables;
  /// Declared variables (with or without a default).
  std::map<std::string, const model::HclBlock *, std::less<>> Declared;
  std::map<std::string, Definition, std::less<>> Locals;
  /// Every `resource` block of the module with the file that holds it.
  std::vector<std::pair<const model::HclBlock *, const ModuleFile *>> Resources;
  /// Every `module` block (a call of another module) with the file that holds it, to follow a
  /// caller's input through modules nested more than one level.
  std::vector<std::pair<const model::HclBlock *, const ModuleFile *>> Calls;
};


/// The syntax trees a module build shares with the scan (TreeHandoff.h), so that no file is parsed
/// twice: the tree of the file whose analysis asks for the module, trees the scan parsed already,
/// and where the build leaves each tree it parses, for the scan to take when it reaches that file.
struct SharedTrees {
  /// A file of the directory that the caller holds parsed: its name and the exact text parsed.
  std::string KnownName;
  std::string_view KnownText;
  TSNode KnownRoot{};
  /// A file of the directory that the scan read as a module file already (file name, its text), or
  /// null; the build owns it.
  std::function<std::unique_ptr<ModuleFile>(const std::string &Name, const std::string &Text)> Take;
  /// Given each tree the build parses (file name, the text parsed); returns true when it took the
  /// tree, which the build then does not delete.
  std::function<bool(const std::string &Name, const std::string &Text, TSTree *Tree)> Keep;
};

/// Builds the module of Directory (scan-root relative) from its files: `*.tf` are configuration,
/// `terraform.tfvars` and `*.auto.tfvars` assign variables, VarFiles (name -> content, in order)
/// are the var files configured for this module. Parser must be an HCL parser. Trees (optional):
/// what the build shares with the scan.
/// A file read as a module file: its text (Content, kept) and the model of it, from Root, the tree
/// of exactly Content (a null Root: the parse gave up, the model stays empty). Path: relative to
/// the scan root.
std::unique_ptr<ModuleFile> readModuleFile(std::string Path, std::string Content, TSNode Root);

std::shared_ptr<const Module> buildModule(TSParser *Parser, std::string Directory,
                                          std::vector<std::pair<std::string, std::string>> Files,
                                          std::vector<std::pair<std::string, std::string>> VarFiles,
                                          const SharedTrees *Trees = nullptr);

} // namespace blastradius::terraform

#endif
