// Builds one Terraform module from its files' contents (the engine reads them, inside the scan root).
#include "terraform/Module.h"
#include "StringHelpers.h"

#include "AnalysisLimits.h"

#include <algorithm>

namespace blastradius::terraform {

namespace {

struct TreeDeleter {
  void operator()(TSTree *T) const { ts_tree_delete(T); }
};

std::unique_ptr<ModuleFile> parseFile(TSParser *Parser, const std::string &Directory, const std::string &Name,
                                      std::string Content, const SharedTrees *Trees) {
  std::string Path = Directory == "." || Directory.empty() ? Name : Directory + "/" + Name;
  // Read by the scan already, from these very bytes.
  if (Trees && Trees->Take)
    if (std::unique_ptr<ModuleFile> Read = Trees->Take(Name, Content)) {
      Read->Path = std::move(Path);
      return Read;
    }
  // The caller's own file, parsed from these very bytes: its tree's offsets fit this copy.
  if (Trees && !ts_node_is_null(Trees->KnownRoot) && Name == Trees->KnownName && Content == Trees->KnownText)
    return readModuleFile(std::move(Path), std::move(Content), Trees->KnownRoot);
  // A parse of our own, its tree left for the scan to take when it reaches the file.
  std::unique_ptr<TSTree, TreeDeleter> Tree(
      ts_parser_parse_string(Parser, nullptr, Content.data(), static_cast<uint32_t>(Content.size())));
  if (!Tree) {
    ts_parser_reset(Parser); // the next parse must not resume this one
    noteAnalysisLimit("the parse of a file of the Terraform module ran past its time budget: the module's "
                      "cross-file checks miss that file");
  }
  std::unique_ptr<ModuleFile> File =
      readModuleFile(std::move(Path), std::move(Content), Tree ? ts_tree_root_node(Tree.get()) : TSNode{});
  if (Tree && Trees && Trees->Keep && Trees->Keep(Name, File->Source->content(), Tree.get()))
    (void)Tree.release(); // the scan's now
  return File;
}

} // namespace

std::unique_ptr<ModuleFile> readModuleFile(std::string Path, std::string Content, TSNode Root) {
  auto File = std::make_unique<ModuleFile>();
  File->Path = std::move(Path);
  File->Source = std::make_unique<SourceText>(std::move(Content));
  if (!ts_node_is_null(Root))
    File->Body = model::convertHcl(Root, File->Source->content());
  return File;
}

namespace {

/// Assignments of a tfvars file: its top-level attributes.
void assign(Module &M, const ModuleFile &File, const std::string &Description) {
  for (const model::HclAttribute &A : File.Body.Attributes)
    M.Variables[A.Name] = Definition{&A.Value, &File, A.Begin, A.End, Description};
}

} // namespace

std::shared_ptr<const Module> buildModule(TSParser *Parser, std::string Directory,
                                          std::vector<std::pair<std::string, std::string>> Files,
                                          std::vector<std::pair<std::string, std::string>> VarFiles,
                                          const SharedTrees *Trees) {
  auto M = std::make_shared<Module>();
  M->Directory = std::move(Directory);
  std::sort(Files.begin(), Files.end());
  std::vector<const ModuleFile *> AutoVars;
  const ModuleFile *TfVars = nullptr;
  for (auto &[Name, Content] : Files) {
    bool Config = endsWith(Name, ".tf");
    bool Vars = Name == "terraform.tfvars" || endsWith(Name, ".auto.tfvars");
    if (!Config && !Vars)
      continue;
    M->Files.push_back(parseFile(Parser, M->Directory, Name, std::move(Content), Trees));
    const ModuleFile &File = *M->Files.back();
    if (Vars) {
      if (Name == "terraform.tfvars")
        TfVars = &File;
      else
        AutoVars.push_back(&File);
      continue;
    }
    for (const model::HclBlock &Block : File.Body.Blocks) {
      if (Block.Type == "variable" && !Block.label(0).empty()) {
        M->Declared[std::string(Block.label(0))] = &Block;
        if (const model::HclAttribute *Default = Block.attribute("default"))
          M->Variables[std::string(Block.label(0))] = Definition{
              &Default->Value, &File, Default->Begin, Default->End, "the default of var." + Block.Labels[0]};
      } else if (Block.Type == "locals") {
        for (const model::HclAttribute &A : Block.Attributes)
          M->Locals[A.Name] = Definition{&A.Value, &File, A.Begin, A.End, "local." + A.Name};
      } else if (Block.Type == "resource") {
        M->Resources.emplace_back(&Block, &File);
      } else if (Block.Type == "module") {
        M->Calls.emplace_back(&Block, &File);
      }
    }
  }
  // Terraform's precedence: defaults, then terraform.tfvars, then *.auto.tfvars in lexical order,
  // then -var-file in the order given.
  if (TfVars)
    assign(*M, *TfVars, TfVars->Path);
  std::sort(AutoVars.begin(), AutoVars.end(),
            [](const ModuleFile *A, const ModuleFile *B) { return A->Path < B->Path; });
  for (const ModuleFile *File : AutoVars)
    assign(*M, *File, File->Path);
  for (auto &[Name, Content] : VarFiles) {
    M->Files.push_back(parseFile(Parser, ".", Name, std::move(Content), nullptr));
    assign(*M, *M->Files.back(), M->Files.back()->Path);
  }
  return M;
}

} // namespace blastradius::terraform
