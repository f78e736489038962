// Provenance: changes made with AI assistants get more scrutiny. For the findings of a scan, blame
// their lines and read the commits' messages and trailers (Co-authored-by:, Assisted-by:,
// Generated-by:); a commit that matches marks the finding aiAssisted. Only files with findings are
// blamed, so a scan without findings runs no git at all.
#ifndef BLASTRADIUS_PROVENANCE_H
#define BLASTRADIUS_PROVENANCE_H

#include "Report.h"

#include <string>
#include <vector>

namespace blastradius {

/// The default patterns (RE2, matched against the whole commit message) for the common assistants.
const std::vector<std::string> &defaultProvenancePatterns();

/// Marks findings whose first line was last changed by a commit matching one of Patterns. With
/// Raise, such findings are raised one level and say so. Adds a notification when the source root
/// is not in a git repository.
void markProvenance(Report &R, const std::vector<std::string> &Patterns, bool Raise);

} // namespace blastradius

#endif
