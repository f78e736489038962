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
  /// True when the time limit ran out and the program was killed.
  bool TimedOut = false;
};

/// Runs Argv (Argv[0] looked up in PATH) in WorkingDirectory with stdin from /dev/null (or fed
/// Input, when given: `git cat-file --batch`), in this process's environment plus ExtraEnvironment
/// ("NAME=value" entries, replacing inherited ones of the same name). With TimeoutSeconds > 0 the
/// program is killed when it runs longer (TimedOut).
ProcessResult runProcess(const std::vector<std::string> &Argv, const std::string &WorkingDirectory = "",
                         const std::vector<std::string> &ExtraEnvironment = {}, const std::string *Input = nullptr,
                         unsigned TimeoutSeconds = 0);

} // namespace blastradius

#endif
