// Baselines: a team switches blastradius on for an existing repository by recording today's
// findings once (a SARIF log) and failing only on new ones. Results are matched by the tool's own
// fingerprint (rule, path, normalised line text, occurrence), which survives line shifts and edits
// elsewhere in the file.
#ifndef BLASTRADIUS_BASELINE_H
#define BLASTRADIUS_BASELINE_H

#include "Report.h"

#include <string>
#include <vector>

namespace blastradius {

/// Reads the results of a blastradius SARIF log (every run). Returns false with Error set when the
/// file is unreadable, not JSON, not SARIF, or has results without a blastradius fingerprint.
bool loadBaseline(const std::string &Path, std::vector<Finding> &Out, std::string &Error);

/// Marks each finding "new" or "unchanged" and collects the baseline results that no longer occur
/// as Report::Absent. Matching counts occurrences: two identical baseline results cover two findings.
void applyBaseline(Report &R, const std::vector<Finding> &Baseline);

} // namespace blastradius

#endif
