// Where a scan's Terraform modules come from: which files of a directory make a module (its *.tf,
// terraform.tfvars, *.auto.tfvars, and the configured var files beside or above it), read once per
// scan and shared by every worker, and the hash of those files that the result cache keys a file on.
// Only real directories inside the scan root, reached without symlinks: a module source in a hostile
// repository must not make the scan read elsewhere.
#ifndef BLASTRADIUS_TERRAFORM_MODULECATALOG_H
#define BLASTRADIUS_TERRAFORM_MODULECATALOG_H

#include "terraform/Module.h"

#include <tree_sitter/api.h>

#include <cstdint>
#include <functional>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace blastradius::terraform {

/// Whether a file name belongs to a Terraform module: configuration and the variable files Terraform
/// loads by itself.
bool isModuleFile(const std::string &Name);

/// The absolute directory of a module source written in File (an absolute path), as the analysers
/// resolve it: lexically, relative to File's directory, without a trailing '/'. Nested calls pass
/// the sources joined with '/' ("../m" then "./n": "../m/./n").
std::string moduleDirectory(const std::string &File, std::string_view Source);

class ModuleCatalog {
public:
  /// Reads a configuration file's whole text (an open editor buffer may win over the disk).
  using SourceReader = std::function<bool(const std::string &Path, std::string &Content)>;

  /// VarFiles: the configured var files, relative to the scan root; files larger than MaxFileSize
  /// are left out.
  ModuleCatalog(std::vector<std::string> VarFiles, uint64_t MaxFileSize, SourceReader ReadSource)
      : VarFiles(std::move(VarFiles)), MaxFileSize(MaxFileSize), ReadSource(std::move(ReadSource)) {}

  /// The module of an absolute Directory under SourceRoot, or nullptr outside it or through a
  /// symlink. Read once, by the thread that asks first (the others wait); Parser belongs to the
  /// calling thread. Trees (optional): the trees the build shares with the scan (Module.h).
  const Module *module(TSParser *Parser, const std::string &SourceRoot, const std::string &Directory,
                       const SharedTrees *Trees = nullptr);
  /// Whether the module of the absolute Directory was read already.
  bool isRead(const std::string &Directory);
  /// Whether the analysers read a module in the absolute Directory: a real directory inside SourceRoot
  /// (not the root's parent, nor reached through a symlink).
  static bool isModuleDirectory(const std::string &SourceRoot, const std::string &Directory);
  /// The module files of a directory that isModuleDirectory (name, content), as module() reads
  /// them: regular files only, none binary, none over the size limit, in directory order.
  std::vector<std::pair<std::string, std::string>> moduleFiles(const std::string &Directory) const;
  /// The hash of the module's files (names and contents) and its var files, once per directory.
  std::string hash(const std::string &SourceRoot, const std::string &Directory);

private:
  /// The configured var files that serve the module of Directory: (as configured, absolute path),
  /// only regular files inside the scan root reached without symlinks.
  std::vector<std::pair<std::string, std::string>> varFilesFor(const std::string &SourceRoot,
                                                               const std::string &Directory) const;

  std::vector<std::string> VarFiles;
  uint64_t MaxFileSize;
  SourceReader ReadSource;
  std::mutex HashesMutex;
  std::map<std::string, std::string> Hashes;
  /// One directory's module, built by the first thread that asks while the others wait for it (two
  /// builds of one module would parse its files twice: a directory's files are scanned together).
  struct Slot {
    std::once_flag Once;
    std::shared_ptr<const Module> Built;
    std::atomic<bool> Done{false};
  };
  std::mutex ModulesMutex;
  std::map<std::string, std::shared_ptr<Slot>> Modules;
};

} // namespace blastradius::terraform

#endif
