// The scan's shared vocabulary: what a scan is asked to do (ScanOptions) and what one file gives
// back (FileResult). Below the engine, so that the clang-tidy runner, the result cache, the
// change-impact sink and the editor front ends can speak it without including the engine itself.
#ifndef BLASTRADIUS_SCANOPTIONS_H
#define BLASTRADIUS_SCANOPTIONS_H

#include "Report.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
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
  /// Skip the analysers (and the parse) that a file's bytes show cannot match (lib/Prefilter.h);
  /// `--no-prefilter` turns it off to debug a rule's declared literals.
  bool Prefilter = true;
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

} // namespace blastradius

#endif
