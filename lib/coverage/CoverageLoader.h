// Reads the --coverage files of a scan: detects each one's format by its content, parses it, maps
// its paths into the repository and merges everything into one CoverageData (hits add up across
// files). Nothing here aborts a scan: every problem is a notification naming the coverage file and
// line, and one summary notification always says how many file records mapped.
#ifndef BLASTRADIUS_COVERAGE_COVERAGELOADER_H
#define BLASTRADIUS_COVERAGE_COVERAGELOADER_H

#include "Report.h"
#include "coverage/CoverageData.h"
#include "coverage/PathMapping.h"

#include <functional>
#include <string>
#include <vector>

namespace blastradius::coverage {

struct LoadedCoverage {
  CoverageData Data;
  std::vector<Notification> Notifications;
  /// File records read, and how many of them mapped to a scanned file (and matched its length).
  unsigned Records = 0;
  unsigned Mapped = 0;
};

class CoverageLoader {
public:
  /// SourceRoot is absolute; IsScanned tells whether a repository-relative path is a scanned file.
  CoverageLoader(std::string SourceRoot, std::vector<PrefixRule> Prefixes,
                 std::function<bool(const std::string &)> IsScanned);

  /// Reads every file (a missing or unreadable one is a notification), in the order given.
  LoadedCoverage load(const std::vector<std::string> &Files) const;

private:
  /// How the report names a coverage file: relative to the source root when inside it.
  std::string displayPath(const std::string &File) const;
  /// The number of lines of a repository file, or 0 when it cannot be read.
  unsigned sourceLineCount(const std::string &Relative) const;

  std::string SourceRoot;
  PathMapper Mapper;
};

} // namespace blastradius::coverage

#endif
