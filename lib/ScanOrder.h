// The order in which a scan's threads take its files. Largest first (clang-tidy processes before
// everything): the threads take the next task from one atomic counter, so the long tasks start early
// and the short ones fill the gaps at the end instead of one thread finishing a big file alone. The
// files of one directory that may form a Terraform module go together, when the largest of them is
// due: a module's build hands the scan the trees of its other files (terraform/TreeHandoff.h), which
// then wait moments, not the whole scan, to be taken. Results stay indexed by task, so the report
// does not depend on the order.
#ifndef BLASTRADIUS_SCANORDER_H
#define BLASTRADIUS_SCANORDER_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace blastradius {

struct ScanTask {
  std::string AbsolutePath;
  /// Before everything (a clang-tidy process), and never part of a module.
  bool First = false;
};

struct ScanOrder {
  /// Task indices, in the order the threads take them.
  std::vector<size_t> Order;
  /// The absolute paths of the tasks that may belong to a Terraform module, and how many
  /// directories hold them.
  std::vector<std::string> ModuleFiles;
  size_t ModuleDirectories = 0;
};

/// Plans Tasks (file sizes read from disk; an unreadable file counts as empty).
ScanOrder planScanOrder(const std::vector<ScanTask> &Tasks);

} // namespace blastradius

#endif
