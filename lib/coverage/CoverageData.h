// The coverage model every coverage format is parsed into: per repository-relative file, line hit
// counts, branch records and function records. Parsers fill one FileRecord per file section of a
// coverage file (an LCOV SF block, a llvm-cov JSON file entry, a Cobertura class); the loader maps
// their paths into the repository and merges them here, adding hits up.
//
// What the lookups mean (for rules such as untested-risky-branch):
//  - lineHits(L): nullopt when line L is not instrumented (a comment, a declaration, a line the
//    format does not list), else how often it ran (0: never). regionHits(A, B): the same for lines
//    A..B (the most-run line).
//  - branchesOn(L): the branch records of line L, in (Block, Branch) order. A record's Taken is
//    nullopt when the branch's condition itself never ran (LCOV '-'), and Exact is false when the
//    format only says whether a branch was taken (Cobertura's condition-coverage), not how often.
//  - functionAt(L): the function whose start line is the closest at or above L (formats give no
//    end line reliably), or nullptr.
#ifndef BLASTRADIUS_COVERAGE_COVERAGEDATA_H
#define BLASTRADIUS_COVERAGE_COVERAGEDATA_H

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace blastradius::coverage {

struct BranchRecord {
  unsigned Line = 0;
  /// 0 when the format has none (Cobertura, llvm-cov JSON: the ordinal of the condition on the line).
  unsigned Column = 0;
  /// LCOV's block id; the ordinal of the condition on its line for llvm-cov JSON; 0 for Cobertura.
  unsigned Block = 0;
  /// LCOV's branch number within the block; 0 (true) / 1 (false) for llvm-cov JSON.
  unsigned Branch = 0;
  std::optional<uint64_t> Taken;
  bool Exact = true;
};

struct FunctionRecord {
  std::string Name;
  unsigned StartLine = 0;
  /// 0 when the format does not give one.
  unsigned EndLine = 0;
  uint64_t Hits = 0;
};

struct FileCoverage {
  /// Instrumented lines only.
  std::map<unsigned, uint64_t> Lines;
  /// Sorted by (Line, Block, Branch, Column) after finish().
  std::vector<BranchRecord> Branches;
  /// Sorted by (StartLine, Name) after finish(); one record per name and start line.
  std::vector<FunctionRecord> Functions;

  std::optional<uint64_t> lineHits(unsigned Line) const;
  /// The highest count among the instrumented lines First..Last; nullopt when none is instrumented.
  /// A branch body ran when this is > 0, and never ran when it is 0.
  std::optional<uint64_t> regionHits(unsigned First, unsigned Last) const;
  std::vector<const BranchRecord *> branchesOn(unsigned Line) const;
  const FunctionRecord *functionAt(unsigned Line) const;
  /// The highest instrumented line (0 when none), for the mismatch check against the source.
  unsigned lastLine() const;

  /// Adds Other's hits to this file's: lines and branches add up, functions by (name, start line).
  void merge(const FileCoverage &Other);
  /// Sorts branches and functions and folds duplicates, so that lookups and dumps are canonical.
  void finish();
};

/// One file section of a coverage file, with its path as the file wrote it.
struct FileRecord {
  std::string Path;
  /// Directories a relative Path may be relative to, best first (Cobertura's <source> elements).
  std::vector<std::string> BaseDirectories;
  /// 1-based line of the record in its coverage file (0 for formats without useful lines).
  unsigned Line = 0;
  FileCoverage Data;
};

/// What one coverage file holds, and what was wrong with it.
struct ParsedCoverage {
  /// "lcov", "llvm-cov-json" or "cobertura".
  std::string Format;
  std::vector<FileRecord> Records;
  struct Problem {
    unsigned Line = 0;
    /// "coverage-malformed" (the file is broken) or "coverage-mismatch" (it contradicts itself).
    std::string Kind;
    std::string Message;
  };
  std::vector<Problem> Problems;
  /// Problems beyond the first few of a file are only counted: one broken file must not flood the report.
  unsigned MoreProblems = 0;

  void problem(unsigned Line, std::string Message, std::string Kind = "coverage-malformed");
};

/// The merged coverage of a scan, keyed by repository-relative path ('/' separators).
class CoverageData {
public:
  /// nullptr when the file has no coverage data (then its findings are not marked).
  const FileCoverage *file(const std::string &Path) const;
  FileCoverage &add(const std::string &Path) { return Files[Path]; }
  const std::map<std::string, FileCoverage> &files() const { return Files; }
  bool empty() const { return Files.empty(); }

private:
  std::map<std::string, FileCoverage> Files;
};

} // namespace blastradius::coverage

#endif
