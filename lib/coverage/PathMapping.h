// Maps the paths a coverage file names (absolute build paths, paths with '..', paths relative to a
// Cobertura <source>, paths from another machine) to repository-relative paths of scanned files.
#ifndef BLASTRADIUS_COVERAGE_PATHMAPPING_H
#define BLASTRADIUS_COVERAGE_PATHMAPPING_H

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace blastradius::coverage {

/// `--coverage-prefix OLD[=NEW]`: a path starting with the directory OLD has it replaced by NEW
/// (relative to the source root when NEW is relative or empty).
struct PrefixRule {
  std::string From;
  std::string To;
};

/// Parses OLD[=NEW]; false with Error for an empty OLD.
bool parsePrefixRule(const std::string &Spec, PrefixRule &Out, std::string &Error);

struct MappedPath {
  /// Repository-relative, '/' separators; empty when the path did not map.
  std::string Path;
  /// Why it did not map: "outside the source root" or "not a scanned file".
  std::string Reason;
};

class PathMapper {
public:
  /// SourceRoot is absolute. IsScanned says whether a repository-relative path is a scanned file.
  PathMapper(const std::string &SourceRoot, std::vector<PrefixRule> Rules,
             std::function<bool(const std::string &)> IsScanned);

  /// Tries, in order: the prefix rules (the first that matches), Bases (Cobertura <source>
  /// directories) for a relative path, the source root, and CoverageDirectory (the coverage file's
  /// own directory). The first candidate that is a scanned file wins.
  MappedPath map(const std::string &Path, const std::vector<std::string> &Bases,
                 const std::string &CoverageDirectory) const;

private:
  /// Repository-relative form of an absolute or root-relative path, or "" when outside the root.
  std::string relative(const std::string &Candidate) const;

  std::string Root;
  std::string CanonicalRoot;
  std::vector<PrefixRule> Rules;
  std::function<bool(const std::string &)> IsScanned;
};

} // namespace blastradius::coverage

#endif
