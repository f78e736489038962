// The one walk over a work tree that the plan and change-set readers need to find the files an
// address or a logical id lives in: hidden directories and node_modules skipped, symlinks never
// followed, and a cap on the entries visited so that a hostile tree cannot make it endless (the
// caller turns Truncated into a notification).
#ifndef BLASTRADIUS_IMPACT_WORKTREEWALK_H
#define BLASTRADIUS_IMPACT_WORKTREEWALK_H

#include <filesystem>
#include <functional>
#include <string>

namespace blastradius::impact {

/// Calls Visit for every non-directory entry below Top (its file name beside it); sets Truncated
/// when the cap on visited entries stopped the walk.
void walkWorkTree(const std::string &Top,
                  const std::function<void(const std::filesystem::directory_entry &, const std::string &)> &Visit,
                  bool &Truncated);

} // namespace blastradius::impact

#endif
