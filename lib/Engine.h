// Runs a scan: every inventory file on a worker thread (one tree-sitter parser and query cursor per
// thread, queries shared), C++ translation units through clang-tidy with the plugin, and one
// canonical report at the end, identical for any number of threads.
#ifndef BLASTRADIUS_ENGINE_H
#define BLASTRADIUS_ENGINE_H

#include "FileFindings.h"
#include "Inventory.h"
#include "Report.h"
#include "RepositoryFiles.h"
#include "RuleLoader.h"
#include "ScanOptions.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius {

class TreeSitterWorker;
class ResultCache;
class Prefilter;
struct FileAnalysis;
namespace model {
struct Node;
}
namespace terraform {
struct Module;
class ModuleCatalog;
class TreeHandoff;
struct SharedTrees;
}

class Engine {
public:
  Engine(const RuleSet &Rules, ScanOptions Options);
  ~Engine();

  /// Scans every file of the inventory. Fills Error and returns false only on a fatal problem
  /// (an unreadable compile database); per-file problems become notifications.
  bool scan(const Inventory &Files, Report &Out, std::string &Error);

  /// Analyses one file with the tree-sitter rules only, as the scan would (used by `blastradius test`).
  FileResult analyzeFile(const InventoryEntry &Entry, const std::string &SourceRoot);

  /// Analyses Content as the text of Entry (an editor's buffer, unsaved edits included), exactly as
  /// the scan would analyse that file with that text (same size limit, same suppressions).
  FileResult analyzeDocument(const InventoryEntry &Entry, const std::string &SourceRoot, const std::string &Content);

  /// Analyses code embedded in a file the engine does not parse itself (a shell command or SQL
  /// string that a clang-tidy check found in a C++ literal): every rule of Language runs on Text as
  /// embedded code (depth 1, so SQL inside that shell is still followed). Findings and notifications
  /// are located in Text; Path only names it. Uses one tree-sitter worker per calling thread.
  FileResult analyzeEmbeddedText(const std::string &Path, const std::string &Language, const std::string &Text);

private:
  friend struct FileAnalysis;
  FileResult analyzeTreeSitter(TreeSitterWorker &Worker, const InventoryEntry &Entry,
                               const std::string *Given = nullptr);
  /// readWholeFile, but an open editor buffer wins over the disk (ScanOptions::OpenDocument).
  bool readSource(const std::string &Path, std::string &Content, std::string &ErrorKind, std::string &Error) const;
  /// The Terraform module of an absolute Directory (terraform/ModuleCatalog.h); Trees: what its
  /// build shares with the scan (terraform/Module.h).
  const terraform::Module *terraformModule(TreeSitterWorker &Worker, const std::string &Directory,
                                           const terraform::SharedTrees *Trees);
  /// A file named relative to File's directory, read only when it stays inside the source root.
  std::optional<std::string> readRepositoryFile(const std::string &File, std::string_view Relative) const;

  /// The hash of a Terraform module's files, for the result cache (terraform/ModuleCatalog.h).
  std::string moduleHash(const std::string &Directory);

  const RuleSet &Rules;
  ScanOptions Options;
  std::string SourceRoot;
  std::unique_ptr<ResultCache> Cache;
  std::unique_ptr<Prefilter> ThePrefilter;
  /// The scan's Terraform modules, read once each.
  std::unique_ptr<terraform::ModuleCatalog> Modules;
  /// During scan(): the trees the module builds parsed for files the scan has yet to start.
  std::unique_ptr<terraform::TreeHandoff> Handoff;
};

} // namespace blastradius

#endif
