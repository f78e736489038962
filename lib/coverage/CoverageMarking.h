// Joins findings with coverage: a finding whose lines never ran in a file that has coverage is
// `untested` (and may be raised by the policy); one whose lines ran carries how often. Findings in
// files without coverage data, or on lines the coverage does not instrument, are left alone.
#ifndef BLASTRADIUS_COVERAGE_COVERAGEMARKING_H
#define BLASTRADIUS_COVERAGE_COVERAGEMARKING_H

#include "Report.h"
#include "coverage/CoverageData.h"

#include <optional>

namespace blastradius::coverage {

/// The finding's execution count: the highest hit count among the instrumented lines of its region
/// (at most its first 50 lines), nullopt when none of them is instrumented or the file has no data.
std::optional<uint64_t> findingExecutions(const Finding &F, const CoverageData &Data);

/// Marks every finding (ExecutionCount, Untested). With UntestedLevel (`.blastradius.yaml`
/// `untested: {level: ...}`), an untested finding below that level is raised to it and says so.
void markCoverage(Report &R, const CoverageData &Data, std::optional<Level> UntestedLevel);

} // namespace blastradius::coverage

#endif
