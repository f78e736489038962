// git, as blastradius runs it: hardened so that nothing configured in the scanned repository runs
// (fsmonitor hooks, external diff drivers, textconv filters are commands) and nothing is written to
// it (optional locks would refresh the index).
#ifndef BLASTRADIUS_GIT_H
#define BLASTRADIUS_GIT_H

#include <string>
#include <vector>

namespace blastradius {

/// {"git", <hardening options>, Arguments...} for runProcess.
std::vector<std::string> gitCommand(std::vector<std::string> Arguments);

/// The top of the work tree holding Directory, or "" when it is in none.
std::string gitTopLevel(const std::string &Directory);

} // namespace blastradius

#endif
