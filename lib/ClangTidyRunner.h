// C++ goes through clang-tidy with the blastradius plugin loaded, so that `clang-tidy --load` in an
// editor and `blastradius scan` report exactly the same findings. Running the real clang-tidy binary
// (rather than linking clang-tidy's libraries into the driver) keeps one check registry and costs
// nothing measurable next to the parse of a translation unit.
#ifndef BLASTRADIUS_CLANGTIDYRUNNER_H
#define BLASTRADIUS_CLANGTIDYRUNNER_H

#include "ScanOptions.h"
#include "Inventory.h"
#include "RuleLoader.h"

#include <set>
#include <string>
#include <vector>

namespace blastradius {

struct ClangTidyTask {
  InventoryEntry File;
  /// Directory of compile_commands.json to pass as -p, or empty to let clang-tidy look for one
  /// (falling back to default flags when there is none).
  std::string CompileDatabaseDir;
  bool UseDefaultFlags = false;
};

/// The absolute paths of the files compile_commands.json in Directory names.
bool readCompileDatabase(const std::string &Directory, std::set<std::string> &Files, std::string &Error);

/// Runs clang-tidy on one translation unit and turns its diagnostics into findings (in the TU and
/// in the project headers it includes) and notifications (compile errors).
FileResult runClangTidy(const ClangTidyTask &Task, const ScanOptions &Options, const std::string &SourceRoot,
                        const RuleSet &Rules);

} // namespace blastradius

#endif
