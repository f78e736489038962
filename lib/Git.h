// git, as blastradius runs it: the one place every git invocation goes through. The scanned
// repository is hostile, and so is its .git/config: nothing configured there may run (filters,
// fsmonitor, hooks, external diff drivers, textconv, gpg, transports for lazy fetches), move the work
// tree (core.worktree) or hide changes (the -diff and binary attributes). Nothing is written to it
// (optional locks would refresh the index). See docs/security.md.
#ifndef BLASTRADIUS_GIT_H
#define BLASTRADIUS_GIT_H

#include "Process.h"

#include <string>
#include <vector>

namespace blastradius {

/// {"git", <fixed hardening options>, Arguments...}. Prefer runGit, which also sets the environment
/// and disarms the repository's filter drivers; this is kept for callers that only need the argv.
std::vector<std::string> gitCommand(std::vector<std::string> Arguments);

/// Runs `git <hardening> Arguments` in Directory with a fixed environment: no system or global
/// configuration (the user's safe.directory entries are carried over), every filter driver the
/// repository configures disarmed, the work tree pinned to the directory holding `.git`.
/// Input, when given, is fed to git's standard input (`cat-file --batch`).
ProcessResult runGit(const std::vector<std::string> &Arguments, const std::string &Directory,
                     const std::string *Input = nullptr);

/// The top of the work tree holding Directory (the nearest ancestor with a `.git` entry that git
/// accepts), or "" when it is in none. core.worktree from the repository is ignored.
std::string gitTopLevel(const std::string &Directory);

/// The bytes of Path (relative to the top) at Revision, read from git's objects with no filter,
/// textconv or attribute applied; false when the revision has no such file.
bool gitReadBlob(const std::string &Top, const std::string &Revision, const std::string &Path, std::string &Out);

} // namespace blastradius

#endif
