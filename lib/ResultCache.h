// `--cache DIR`: per-file results keyed by what determines them (tool version, rule set, options,
// the file's path and content), so that a re-scan of an unchanged monorepo only reads and hashes
// files. Results that depended on other files (a Terraform module's variable defaults, a policy
// read with file()) record those dependencies with their hashes and are reused only while they
// still match. A corrupt or unreadable entry is a miss, never trusted; entries are written
// atomically, so concurrent scans sharing a cache cannot tear one.
#ifndef BLASTRADIUS_RESULTCACHE_H
#define BLASTRADIUS_RESULTCACHE_H

#include "Report.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace blastradius {

struct FileResult;

/// Something a result depended on besides its own file: "file:<path>" or "module:<dir>", with
/// the hash of what it held ("" for absent).
struct CacheDependency {
  std::string Name;
  std::string Hash;
};

class ResultCache {
public:
  /// Directory is created when missing. SetupKey covers everything common to all files: tool
  /// version, rule set, options.
  ResultCache(std::string Directory, std::string SetupKey);

  /// The key of one file's result.
  std::string keyFor(const std::string &RelativePath, const std::string &Content) const;

  /// The cached result, when present, well-formed and every dependency still hashes the same
  /// (CurrentHash answers for a dependency name).
  std::optional<FileResult> lookup(const std::string &Key,
                                   const std::function<std::string(const std::string &Name)> &CurrentHash) const;

  /// Stores a result; failures are ignored (a cache is an optimisation).
  void store(const std::string &Key, const FileResult &Result, const std::vector<CacheDependency> &Dependencies) const;

private:
  std::string Directory;
  std::string SetupKey;
};

/// A hex hash of Text (xxh3 128).
std::string contentHash(const std::string &Text);

} // namespace blastradius

#endif
