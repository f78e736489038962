#include "Git.h"

#include "Process.h"

namespace blastradius {

std::vector<std::string> gitCommand(std::vector<std::string> Arguments) {
  std::vector<std::string> Command = {"git", "-c", "core.fsmonitor=false", "-c", "core.untrackedCache=false",
                                      "--no-optional-locks"};
  Command.insert(Command.end(), Arguments.begin(), Arguments.end());
  return Command;
}

std::string gitTopLevel(const std::string &Directory) {
  ProcessResult Result = runProcess(gitCommand({"rev-parse", "--show-toplevel"}), Directory);
  if (Result.ExitCode != 0)
    return "";
  std::string Top = Result.Stdout;
  while (!Top.empty() && (Top.back() == '\n' || Top.back() == '\r'))
    Top.pop_back();
  return Top;
}

} // namespace blastradius
