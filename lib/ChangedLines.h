// Pull-request mode: which lines changed since the merge base with a revision. Findings are kept
// only where their region touches a changed line, and only changed files are parsed.
#ifndef BLASTRADIUS_CHANGEDLINES_H
#define BLASTRADIUS_CHANGEDLINES_H

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace blastradius {

struct ChangedLines {
  /// The commit the diff was taken against (the merge base).
  std::string MergeBase;
  /// Absolute path -> added or modified line ranges [first, last] of the file as it is now. A file
  /// that is new (untracked, or added since the merge base) covers all its lines.
  std::map<std::string, std::vector<std::pair<unsigned, unsigned>>> Files;
  /// Every path the change touches, relative to the top of the work tree ('/' separators, sorted,
  /// unique): deleted files and both sides of a rename included, untracked files too. The
  /// change-impact layer reads this instead of asking git a second time.
  std::vector<std::string> Paths;

  bool touches(const std::string &AbsolutePath, unsigned FirstLine, unsigned LastLine) const;
  bool hasFile(const std::string &AbsolutePath) const { return Files.count(AbsolutePath) != 0; }
};

/// Diffs the work tree of the repository holding Directory against the merge base of BaseRevision
/// and HEAD (`git diff -U0 -M`, external diff drivers and textconv off; untracked, not ignored
/// files count as wholly new). Renames without edits change no line. Returns false with Error set
/// when the directory is not in a git work tree or the revision does not resolve.
bool computeChangedLines(const std::string &Directory, const std::string &BaseRevision, ChangedLines &Out,
                         std::string &Error);

/// Parses `git diff -U0` output into Out.Files (paths made absolute under Top).
void parseUnifiedDiff(const std::string &Diff, const std::string &Top, ChangedLines &Out);

} // namespace blastradius

#endif
