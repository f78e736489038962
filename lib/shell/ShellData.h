// Lists the shell analyses read: commands that run another command, commands whose output is never empty, and
// system paths. Data, not logic: extend here.
#ifndef BLASTRADIUS_SHELL_SHELLDATA_H
#define BLASTRADIUS_SHELL_SHELLDATA_H

#include <array>
#include <string_view>

namespace blastradius::shell {

/// Commands that run their operands as a command (`sudo rm -rf /`), from the coreutils, sudo and findutils
/// manuals, with the options of theirs that take a separate value (`sudo -u root`).
struct CommandWrapper {
  std::string_view Name;
  std::string_view OptionsWithValue; // space separated
};
inline constexpr std::array<CommandWrapper, 13> CommandWrappers = {{
    {"sudo", "-u -g -U -C -p -h -r -t -D -R -T"},
    {"doas", "-u -C"},
    {"command", ""},
    {"builtin", ""},
    {"exec", "-a"},
    {"nice", "-n"},
    {"nohup", ""},
    {"time", "-f -o"},
    {"env", "-u -C -S"},
    {"timeout", "-s -k"},
    {"ionice", "-c -n -p"},
    {"stdbuf", "-i -o -e"},
    {"xargs", "-I -n -P -L -d -a -E -s -i -l -e"},
}};

/// Commands whose output, captured by $(...), is never empty when they succeed: `mktemp -d` prints the new
/// path, `pwd` the directory, `dirname` at least ".". A failing mktemp prints nothing; that case is accepted
/// (documented in rules/bash/bash-recursive-rm-unguarded-variable/README.md).
inline constexpr std::array<std::string_view, 4> NonEmptyOutputCommands = {"mktemp", "pwd", "dirname", "realpath"};

/// Variables every POSIX shell sets to a non-empty value before a script runs.
inline constexpr std::array<std::string_view, 3> AlwaysSetVariables = {"HOME", "PWD", "0"};

/// Top-level directories of the Filesystem Hierarchy Standard 3.0 (plus macOS's /Users, /System): deleting
/// one of them, or everything inside it, breaks the machine. /tmp is left out on purpose: `rm -rf /tmp/*` is
/// the usual last line of a Dockerfile RUN.
inline constexpr std::array<std::string_view, 23> SystemDirectories = {
    "/bin",  "/boot", "/dev",  "/etc", "/home", "/lib", "/lib32", "/lib64", "/media",  "/mnt",       "/opt",    "/proc",
    "/root", "/run",  "/sbin", "/srv", "/sys",  "/usr", "/var",   "/Users", "/System", "/usr/local", "/usr/lib"};

} // namespace blastradius::shell

#endif
