// clang-tidy's machine output: the YAML it writes with --export-fixes (one entry per diagnostic, with
// its check name, level, message, byte offset and notes). The runner reads this instead of the human
// text on standard output, so a diagnostic's notes survive (SARIF relatedLocations) and nothing is
// recovered from a message by pattern matching.
#ifndef BLASTRADIUS_TIDYEXPORT_H
#define BLASTRADIUS_TIDYEXPORT_H

#include <cstdint>
#include <string>
#include <vector>

namespace blastradius {

/// A place in clang-tidy's output: an absolute file path (empty when clang gave no location) and a
/// byte offset into that file as clang read it.
struct TidyPlace {
  std::string Message;
  std::string FilePath;
  uint64_t FileOffset = 0;
};

struct TidyDiagnostic {
  /// The check, or clang-diagnostic-<name> for a compiler diagnostic.
  std::string Check;
  /// "Warning", "Error" or "Remark", as clang-tidy writes it.
  std::string Level;
  TidyPlace Main;
  std::vector<TidyPlace> Notes;
};

/// Parses the --export-fixes YAML in Text. Returns false with Error set when it is not that format
/// (a truncated or foreign file); an empty Text is no diagnostics.
bool parseTidyExport(const std::string &Text, std::vector<TidyDiagnostic> &Diagnostics, std::string &Error);

} // namespace blastradius

#endif
