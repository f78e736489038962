// The output formats. Each is a pure function of the canonical report: the same report gives
// byte-identical output.
#ifndef BLASTRADIUS_WRITERS_H
#define BLASTRADIUS_WRITERS_H

#include "Report.h"
#include "RuleText.h"

#include <ctime>
#include <string>

namespace blastradius {

struct OutputOptions {
  /// Also list suppressed findings (text only; JSON and SARIF always carry them).
  bool ShowSuppressed = false;
  /// Also list every skipped file (text only).
  bool Verbose = false;
  /// Also list findings that a baseline already had (text only; hidden by default).
  bool ShowBaseline = false;
  /// Text: the offending source line with a caret under the column and the rule's page after each
  /// finding (on a terminal).
  bool Rich = false;
  /// Text: ANSI colours by level (on a terminal, unless NO_COLOR).
  bool Color = false;
  /// Text: an absolute directory inside the source root (the current directory) that paths are
  /// shown relative to; empty: relative to the source root.
  std::string DisplayDirectory;
  /// When the scan started (GitLab SAST scan.start_time); 0: when the report is written.
  std::time_t StartTime = 0;
  /// SARIF: also write the baseline's results this scan no longer finds (baselineState "absent").
  /// Off by default: GitHub code scanning shows them as open alerts.
  bool SarifAbsent = false;
  /// SARIF automationDetails.id, when set.
  std::string Category;
  /// GitHub code scanning's limits per upload (0: no limit): beyond them, SARIF results are capped
  /// (errors kept first) and a notification says so.
  size_t MaxResults = 25000;
  size_t MaxCompressedBytes = 10 * 1000 * 1000;
};

/// `path:line:col: warning: message [rule-id]` lines, then a summary line.
std::string writeText(const Report &R, const OutputOptions &Options);
/// writeText's last line alone (findings, analysed and skipped files), for a report written elsewhere.
std::string writeTextSummary(const Report &R, const OutputOptions &Options);
std::string writeJson(const Report &R, const OutputOptions &Options);
std::string writeSarif(const Report &R, const OutputOptions &Options);
/// GitHub Actions workflow commands (`::error file=...::message`), one per shown finding.
std::string writeGithub(const Report &R, const OutputOptions &Options);
/// A Markdown job summary: findings per family and tier (for $GITHUB_STEP_SUMMARY).
std::string writeGithubSummary(const Report &R, const OutputOptions &Options);
/// JUnit XML: one test case per rule that ran, one failure per finding.
std::string writeJunit(const Report &R, const OutputOptions &Options);
/// GitLab's Code Quality report (a Code Climate issue array).
std::string writeGitlabCodeQuality(const Report &R, const OutputOptions &Options);
/// GitLab's SAST security report.
std::string writeGitlabSast(const Report &R, const OutputOptions &Options);

/// Whether a finding is reported as live in the plain formats: not suppressed, and not one that the
/// baseline already had (unless ShowBaseline).
bool findingShown(const Finding &F, const OutputOptions &Options);
/// Control characters (C0, DEL, C1) and bytes that are not valid UTF-8 in a file name or message as
/// visible escapes (`\n`, `\x1b`, `\u009b`, `\xff`), so that no scanned file name can forge an output
/// line or a terminal escape sequence.
std::string escapeControl(const std::string &Text);


} // namespace blastradius

#endif
