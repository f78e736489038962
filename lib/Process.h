// Runs a trusted system tool (git, clang-tidy) and captures its output. Never used to run anything
// that comes from the scanned repository.
#ifndef BLASTRADIUS_PROCESS_H
#define BLASTRADIUS_PROCESS_H

#include <string>
#include <vector>

namespace blastradius {

struct ProcessResult {
  /// Exit status, or -1 when the program could not be started or was killed by a signal.
  int ExitCode = -1;
  std::string Stdout;
  std::string Stderr;
  std::string StartError;
};

/// Runs Argv (Argv[0] looked up in PATH) in WorkingDirectory with stdin from /dev/null (or fed
/// Input, when given: `git cat-file --batch`), in this process's environment plus ExtraEnvironment
/// ("NAME=value" entries).
ProcessResult runProcess(const std::vector<std::string> &Argv, const std::string &WorkingDirectory = "",
                         const std::vector<std::string> &ExtraEnvironment = {}, const std::string *Input = nullptr);

} // namespace blastradius

#endif
