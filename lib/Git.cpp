#include "Git.h"

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>

namespace fs = std::filesystem;

namespace blastradius {

namespace {

/// Options that switch off every command git could take from the repository's configuration for the
/// read-only commands blastradius runs (diff, ls-files, blame, show, cat-file, rev-parse), and every
/// file outside the repository it could read. git follows include.path and includeIf in the
/// repository's own configuration (nothing turns that off), but a `-c` option is read after every
/// configuration file, so it wins over any included one as well.
const std::vector<std::string> &hardeningOptions() {
  static const std::vector<std::string> Options = {
      "--no-optional-locks",       "--no-pager",
      "-c", "core.fsmonitor=false", "-c", "core.untrackedCache=false",
      "-c", "core.hooksPath=/dev/null", "-c", "diff.external=",
      "-c", "log.showSignature=false", "-c", "diff.ignoreSubmodules=all",
      "-c", "submodule.recurse=false", "-c", "protocol.allow=never",
      "-c", "credential.helper=",     "-c", "core.sshCommand=false",
      "-c", "gpg.program=false",      "-c", "core.pager=cat",
      "-c", "diff.noprefix=false",    "-c", "diff.mnemonicPrefix=false",
      "-c", "color.ui=false",
      // Ignore and attribute files outside the repository (a hidden file, a whole tree silently
      // dropped; gitattributes arming a filter): .gitignore, .gitattributes and .git/info/ still apply.
      "-c", "core.excludesFile=/dev/null", "-c", "core.attributesFile=/dev/null",
  };
  return Options;
}

/// The environment of every git run: the system and global configuration are out (they could
/// carry settings that change output), HOME and XDG point nowhere writable.
const std::vector<std::string> &gitEnvironment() {
  static const std::vector<std::string> Environment = {
      "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null", "HOME=/dev/null",  "XDG_CONFIG_HOME=/dev/null",
      "GIT_ATTR_NOSYSTEM=1",   "GIT_TERMINAL_PROMPT=0",       "GIT_PAGER=cat",   "GIT_OPTIONAL_LOCKS=0",
      "GIT_NO_REPLACE_OBJECTS=1", "GIT_EXTERNAL_DIFF=",       "LC_ALL=C",
  };
  return Environment;
}

/// The user's own safe.directory entries (their trust decision, made in their global or system
/// configuration), read once with their environment, outside any repository.
const std::vector<std::string> &userSafeDirectories() {
  static std::vector<std::string> Entries;
  static std::once_flag Once;
  std::call_once(Once, [] {
    for (const char *Scope : {"--system", "--global"}) {
      ProcessResult R = runProcess({"git", "config", Scope, "--null", "--get-all", "safe.directory"}, "/");
      if (R.ExitCode != 0)
        continue;
      size_t Start = 0;
      while (Start < R.Stdout.size()) {
        size_t End = R.Stdout.find('\0', Start);
        if (End == std::string::npos)
          End = R.Stdout.size();
        if (End > Start)
          Entries.push_back(R.Stdout.substr(Start, End - Start));
        Start = End + 1;
      }
    }
  });
  return Entries;
}

/// GIT_CEILING_DIRECTORIES (the user's environment): the search does not move up into them.
bool isCeiling(const fs::path &Directory) {
  const char *Ceilings = std::getenv("GIT_CEILING_DIRECTORIES");
  if (!Ceilings)
    return false;
  std::string List = Ceilings;
  size_t Start = 0;
  while (Start <= List.size()) {
    size_t End = List.find(':', Start);
    if (End == std::string::npos)
      End = List.size();
    std::string Entry = List.substr(Start, End - Start);
    while (Entry.size() > 1 && Entry.back() == '/')
      Entry.pop_back();
    if (!Entry.empty() && fs::path(Entry).lexically_normal() == Directory.lexically_normal())
      return true;
    Start = End + 1;
  }
  return false;
}

/// The nearest ancestor of Directory (itself included) holding a `.git` entry.
std::string findTop(const std::string &Directory) {
  std::error_code Ec;
  fs::path Walk = fs::absolute(Directory, Ec).lexically_normal();
  if (Ec)
    return "";
  while (true) {
    fs::file_status Status = fs::symlink_status(Walk / ".git", Ec);
    if (!Ec && (fs::is_directory(Status) || fs::is_regular_file(Status))) {
      std::string Top = Walk.string();
      while (Top.size() > 1 && Top.back() == '/')
        Top.pop_back();
      return Top;
    }
    if (!Walk.has_parent_path() || Walk.parent_path() == Walk || isCeiling(Walk.parent_path()))
      return "";
    Walk = Walk.parent_path();
  }
}

ProcessResult runGitIn(const std::string &Top, const std::vector<std::string> &Arguments,
                       const std::string &Directory, bool DisarmFilters, const std::string *Input = nullptr);

/// `-c filter.<name>.{clean,smudge,process}=` for every filter driver the repository configures
/// (names are free-form: they are read from the configuration itself, includes followed). An
/// empty command is no command; required=false keeps git from failing on the disarmed driver.
std::vector<std::string> disarmedFilters(const std::string &Top) {
  ProcessResult R = runGitIn(Top, {"config", "--null", "--name-only", "--get-regexp", "^filter\\."}, Top,
                             /*DisarmFilters=*/false);
  std::set<std::string> Names;
  size_t Start = 0;
  while (Start < R.Stdout.size()) {
    size_t End = R.Stdout.find('\0', Start);
    if (End == std::string::npos)
      End = R.Stdout.size();
    std::string Key = R.Stdout.substr(Start, End - Start);
    Start = End + 1;
    size_t LastDot = Key.rfind('.');
    if (Key.size() > 7 && LastDot != std::string::npos && LastDot > 7)
      Names.insert(Key.substr(7, LastDot - 7));
  }
  std::vector<std::string> Options;
  for (const std::string &Name : Names)
    for (const char *Key : {"clean", "smudge", "process"}) {
      Options.push_back("-c");
      Options.push_back("filter." + Name + "." + Key + "=");
    }
  for (const std::string &Name : Names) {
    Options.push_back("-c");
    Options.push_back("filter." + Name + ".required=false");
  }
  return Options;
}

ProcessResult runGitIn(const std::string &Top, const std::vector<std::string> &Arguments,
                       const std::string &Directory, bool DisarmFilters, const std::string *Input) {
  std::vector<std::string> Command = gitCommand({});
  for (const std::string &Safe : userSafeDirectories()) {
    Command.push_back("-c");
    Command.push_back("safe.directory=" + Safe);
  }
  if (!Top.empty()) {
    // The work tree is where `.git` is, whatever core.worktree in that repository says.
    Command.push_back("--work-tree=" + Top);
    if (DisarmFilters)
      for (std::string &Option : disarmedFilters(Top))
        Command.push_back(std::move(Option));
  }
  Command.insert(Command.end(), Arguments.begin(), Arguments.end());
  return runProcess(Command, Directory, gitEnvironment(), Input);
}

} // namespace

std::vector<std::string> gitCommand(std::vector<std::string> Arguments) {
  std::vector<std::string> Command = {"git"};
  Command.insert(Command.end(), hardeningOptions().begin(), hardeningOptions().end());
  Command.insert(Command.end(), Arguments.begin(), Arguments.end());
  return Command;
}

ProcessResult runGit(const std::vector<std::string> &Arguments, const std::string &Directory,
                     const std::string *Input) {
  return runGitIn(findTop(Directory), Arguments, Directory, /*DisarmFilters=*/true, Input);
}

std::string gitTopLevel(const std::string &Directory) {
  std::string Top = findTop(Directory);
  if (Top.empty())
    return "";
  // git must accept it (a stray `.git` file or an unreadable repository is no work tree).
  ProcessResult Result = runGitIn(Top, {"rev-parse", "--is-inside-work-tree"}, Top, /*DisarmFilters=*/false);
  if (Result.ExitCode != 0 || Result.Stdout.rfind("true", 0) != 0)
    return "";
  return Top;
}

bool gitReadBlob(const std::string &Top, const std::string &Revision, const std::string &Path, std::string &Out) {
  if (Revision.empty() || Revision[0] == '-')
    return false;
  // `cat-file blob` prints the object's bytes as stored: no filter, textconv or attribute applies.
  ProcessResult Result = runGitIn(Top, {"cat-file", "blob", Revision + ":" + Path}, Top, /*DisarmFilters=*/false);
  if (Result.ExitCode != 0)
    return false;
  Out = std::move(Result.Stdout);
  return true;
}

} // namespace blastradius
