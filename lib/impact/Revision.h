// The two sides of a change, as files: a commit read from git objects (`git ls-tree`, `git
// cat-file blob`: no checkout, no filters, no textconv, no hooks) or the work tree as it stands.
// Paths are relative to the top of the work tree, with '/' separators.
#ifndef BLASTRADIUS_IMPACT_REVISION_H
#define BLASTRADIUS_IMPACT_REVISION_H

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace blastradius::impact {

class Revision {
public:
  /// Commit empty: the work tree under Top.
  Revision(std::string Top, std::string Commit, uint64_t MaxFileSize)
      : Top(std::move(Top)), Commit(std::move(Commit)), MaxFileSize(MaxFileSize) {}

  /// Lists the directories and reads the files (within the size limit) that the comparison will
  /// need, in two git processes whatever their number (`ls-tree`, `cat-file --batch`).
  void prefetchDirectories(const std::vector<std::string> &Directories);
  void prefetchFiles(const std::vector<std::string> &Paths);

  /// The regular files directly in Directory ("" for the top) and their sizes.
  std::map<std::string, uint64_t> filesIn(const std::string &Directory) const;
  /// A file's bytes; nullopt when it does not exist on this side. Error is set (and nullopt
  /// returned) when it exists but cannot be read or is larger than the size limit.
  std::optional<std::string> read(const std::string &Path, std::string &Error) const;
  bool exists(const std::string &Path) const;
  const std::string &commit() const { return Commit; }
  /// "base abc1234" / "the work tree", for messages.
  std::string describe() const;

private:
  std::string Top;
  std::string Commit;
  uint64_t MaxFileSize;
  mutable std::map<std::string, std::map<std::string, uint64_t>> Listings;
  std::map<std::string, std::string> Blobs;
};

/// Resolves Revision to a commit in the repository at Top ("" and Error when it does not resolve
/// or looks like an option).
std::string resolveCommit(const std::string &Top, const std::string &Rev, const std::string &Flag,
                          std::string &Error);

/// Paths that differ between BaseCommit and HeadCommit (or the work tree, untracked files included,
/// when HeadCommit is empty). Renames count as a deletion and an addition.
bool changedPaths(const std::string &Top, const std::string &BaseCommit, const std::string &HeadCommit,
                  std::vector<std::string> &Paths, std::string &Error);

} // namespace blastradius::impact

#endif
