// The three output formats. Each is a pure function of the canonical report: the same report gives
// byte-identical output.
#ifndef BLASTRADIUS_WRITERS_H
#define BLASTRADIUS_WRITERS_H

#include "Report.h"

#include <string>

namespace blastradius {

struct OutputOptions {
  /// Also list suppressed findings (text only; JSON and SARIF always carry them).
  bool ShowSuppressed = false;
  /// Also list every skipped file (text only).
  bool Verbose = false;
  /// Also list findings that a baseline already had (text only; hidden by default).
  bool ShowBaseline = false;
  /// SARIF automationDetails.id, when set.
  std::string Category;
  /// GitHub code scanning's limits per upload (0: no limit): beyond them, SARIF results are capped
  /// (errors kept first) and a notification says so.
  size_t MaxResults = 25000;
  size_t MaxCompressedBytes = 10 * 1000 * 1000;
};

/// `path:line:col: warning: message [rule-id]` lines, then a summary line.
std::string writeText(const Report &R, const OutputOptions &Options);
std::string writeJson(const Report &R, const OutputOptions &Options);
std::string writeSarif(const Report &R, const OutputOptions &Options);

/// The documentation page of a rule, as an absolute URI.
std::string helpUri(const Rule &R);

} // namespace blastradius

#endif
