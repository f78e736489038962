// The file inventory: every file a scan was given, from git (tracked plus untracked-not-ignored) or
// from a directory walk that never follows symbolic links. Files that cannot even be listed as
// regular files (links, devices, unreadable directories) come back as skip notifications.
#ifndef BLASTRADIUS_INVENTORY_H
#define BLASTRADIUS_INVENTORY_H

#include "Report.h"

#include <string>
#include <vector>

namespace blastradius {

struct InventoryEntry {
  /// Relative to the source root, '/' separators: what reports show.
  std::string RelativePath;
  std::string AbsolutePath;
};

struct Inventory {
  /// Absolute; every RelativePath is relative to it.
  std::string SourceRoot;
  std::vector<InventoryEntry> Files;
  std::vector<Notification> Skipped;
};

/// Lists the files under Paths (files or directories). SourceRoot, when empty, becomes the top of
/// the git work tree holding the first path, or else the first directory given. Returns false with
/// Error set when a path does not exist.
bool buildInventory(const std::vector<std::string> &Paths, const std::string &SourceRoot, Inventory &Out,
                    std::string &Error);

/// Path relative to Root with '/' separators, or the absolute path when it lies outside Root.
std::string relativeTo(const std::string &Root, const std::string &AbsolutePath);

} // namespace blastradius

#endif
