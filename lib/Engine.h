// Runs a scan: every inventory file on a worker thread (one tree-sitter parser and query cursor per
// thread, queries shared), C++ translation units through clang-tidy with the plugin, and one
// canonical report at the end, identical for any number of threads.
#ifndef BLASTRADIUS_ENGINE_H
#define BLASTRADIUS_ENGINE_H

#include "Inventory.h"
#include "Report.h"
#include "RuleLoader.h"

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

struct ScanOptions {
  unsigned Jobs = 1;
  uint64_t MaxFileSize = 4 * 1024 * 1024;
  /// A clang-tidy run on one translation unit is stopped after this many seconds (0: no limit).
  unsigned TidyTimeoutSeconds = 300;
  /// clang-tidy and the plugin that holds the blastradius checks (empty: the clang-tidy has them
  /// built in, blastradius-clang-tidy); C++ files are skipped with a reason when either is missing.
  std::string ClangTidy;
  std::string TidyPlugin;
  /// `--tidy-plugin none`: ClangTidy has the checks built in (blastradius-clang-tidy), no --load.
  bool TidyChecksBuiltIn = false;
  /// The directory of compile_commands.json (`-p`), or empty.
  std::string CompileDatabaseDir;
  /// C++ files with no build flags (no `-p`, no compile_commands.json or compile_flags.txt above
  /// them) are analysed with guessed flags only when named on the command line (absolute paths
  /// here) or with GuessCppFlags (`--cpp-guess-flags`); otherwise one notification counts them.
  /// One clang-tidy process per file with guessed flags costs minutes on a monorepo, and the
  /// findings of a file parsed without its include paths are unreliable.
  std::set<std::string> CppFilesNamed;
  bool GuessCppFlags = false;
  /// Report suppressions that suppress nothing (blastradius-unused-suppression).
  bool ReportUnusedSuppressions = false;
  /// `--cache DIR`: per-file results reused while the file, the rules, the options and the file's
  /// dependencies are unchanged. SetupKey must cover the tool version, rule set and options.
  std::string CacheDirectory;
  std::string CacheSetupKey;
  /// Called from worker threads after each file (files done, total, findings so far); must be
  /// thread-safe. Unset: no progress.
  std::function<void(size_t Done, size_t Total, size_t Findings)> Progress;
  /// `--coverage`: how often each line of a file (repository-relative path) ran, or an empty
  /// function when there is no coverage for it. Unset: no coverage at all.
  std::function<std::function<std::optional<uint64_t>(unsigned Line)>(const std::string &Path)> CoverageFor;
  /// `.blastradius.yaml` `terraform: var-files:` (scan-root relative): each serves the module in its
  /// own directory or the one above it, after terraform.tfvars and *.auto.tfvars.
  std::vector<std::string> TerraformVarFiles;
  /// The text of a file open in an editor (unsaved edits included), by absolute path, or nullopt to
  /// read the disk. Set by `blastradius lsp`, so that a Terraform module's neighbours come from the
  /// open buffers; a scan leaves it unset.
  std::function<std::optional<std::string>(const std::string &AbsolutePath)> OpenDocument;
};

/// What one file contributed to the report.
struct FileResult {
  std::vector<Finding> Findings;
  std::vector<Notification> Notifications;
  bool Analysed = false;
};

class TreeSitterWorker;
class ResultCache;
struct FileAnalysis;
namespace model {
struct Node;
}
namespace terraform {
struct Module;
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
  /// The Terraform module of an absolute Directory (its *.tf, terraform.tfvars, *.auto.tfvars and
  /// the configured var files beside or below it), or nullptr outside the scan root or through a
  /// symlink. Each module is read once per scan, whichever thread asks first.
  const terraform::Module *terraformModule(TreeSitterWorker &Worker, const std::string &Directory);
  /// The configured var files that serve the module of Directory: (as configured, absolute path),
  /// only regular files inside the scan root reached without symlinks.
  std::vector<std::pair<std::string, std::string>> varFilesFor(const std::string &Directory) const;
  /// A file named relative to File's directory, read only when it stays inside the source root.
  std::optional<std::string> readRepositoryFile(const std::string &File, std::string_view Relative) const;

  /// The hash of a Terraform module's *.tf files (names and contents), once per directory per scan.
  std::string moduleHash(const std::string &Directory);

  const RuleSet &Rules;
  ScanOptions Options;
  std::string SourceRoot;
  std::unique_ptr<ResultCache> Cache;
  std::mutex ModuleHashMutex;
  std::map<std::string, std::string> ModuleHashes;
  std::mutex ModulesMutex;
  std::map<std::string, std::shared_ptr<const terraform::Module>> Modules;
};

/// Reads at most MaxSize bytes; Error says why when it fails.
bool readWholeFile(const std::string &Path, uint64_t MaxSize, std::string &Content, std::string &ErrorKind,
                   std::string &Error);

/// Builds a finding for a rule at a region of Source, with snippet, level and message.
Finding makeFinding(const Rule &R, const std::string &Path, const SourceText &Source, size_t StartByte,
                    size_t EndByte, const std::string &Detail);

/// Suppressions, canonical order and fingerprints for the findings of one file.
void finishFileFindings(std::vector<Finding> &Findings, const SourceText &Source, const std::string &Path,
                        const std::string &Language, const RuleSet &Rules, bool ReportUnusedSuppressions);

} // namespace blastradius

#endif
