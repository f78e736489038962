// Stable fingerprints: a finding keeps its fingerprint when lines are inserted above it or code
// elsewhere in the file changes, so baselines and code-scanning dashboards can follow it.
#ifndef BLASTRADIUS_FINGERPRINT_H
#define BLASTRADIUS_FINGERPRINT_H

#include "Report.h"

#include <vector>

namespace blastradius {

/// Fills Fingerprint and LineHash of every finding of one file. Findings must be in canonical
/// order: the occurrence index that separates identical lines counts in that order.
void assignFingerprints(std::vector<Finding> &FileFindings, const SourceText &Source);

} // namespace blastradius

#endif
