// What the shell command analysers know about commands, kept as data apart from the logic that
// reads it: which wrappers run another command, which options take a value, and which command
// lines tear infrastructure down. Editing a table changes what is recognised and reported; the
// analysers need no change. Sources are cited next to each table in CommandData.cpp.
#ifndef BLASTRADIUS_SHELL_COMMANDDATA_H
#define BLASTRADIUS_SHELL_COMMANDDATA_H

#include <string_view>
#include <vector>

namespace blastradius::shell {

/// A command that runs the command in its arguments (`sudo`, `env`, `xargs` ...).
struct Wrapper {
  std::string_view Name;
  /// Options whose value is the next word (`sudo -u root`); `--opt=value` and `-uroot` need none.
  std::vector<std::string_view> OptionsTakingValue;
  /// Options that make it run nothing (`command -v`, `sudo -l`).
  std::vector<std::string_view> OptionsRunningNothing;
  /// Positional words before the command (`timeout 30s cmd`: 1).
  unsigned LeadingOperands = 0;
  /// Whether `NAME=value` words before the command are environment settings (`env X=1 cmd`).
  bool TakesAssignments = false;
};
const std::vector<Wrapper> &wrappers();

/// Shells whose `-c` option runs its operand as a script.
const std::vector<std::string_view> &shells();

/// Options of a tool, before or after its subcommand, that take the next word as their value
/// (`kubectl -n prod`, `aws --region eu-west-1`): skipped when a command line's words are matched.
const std::vector<std::string_view> &optionsTakingValue(std::string_view Tool);

/// A command line that deletes infrastructure or data when run.
struct DestructiveCommand {
  std::string_view RuleId;
  /// The tool; alternatives separated by '|' ("terraform|tofu"); a trailing '*' matches any
  /// suffix ("mkfs.*" matches `mkfs.ext4`).
  std::string_view Tool;
  /// The positional words that must follow (options skipped), in order. A word may list
  /// alternatives with '|' and also matches `ALT/name` ("namespace|ns" matches `ns/prod`); "*"
  /// matches any one word; "..." skips any number of words before the next.
  std::vector<std::string_view> Words;
  /// At least one of these options must be present (none: no condition). An option matches
  /// exactly, as `--opt=value` unless value is false, and an entry ending in '/' or containing '='
  /// matches as a prefix (`of=/dev/`).
  std::vector<std::string_view> AnyOf;
  /// Options that make the line safe or not a delete at all (`of=/dev/null`).
  std::vector<std::string_view> NoneOf;
  /// Options that raise the finding to an error (`--skip-final-snapshot`, `-auto-approve`).
  std::vector<std::string_view> ErrorIf;
  /// What it destroys, for the message.
  std::string_view Effect;
  /// Whether a further operand makes it safe (`terraform apply -auto-approve tfplan` applies a
  /// saved, reviewable plan).
  bool NoFurtherOperands = false;
};
/// In order: the first entry that matches a command line is the one reported.
const std::vector<DestructiveCommand> &destructiveCommands();

/// Arguments that make any of these commands change nothing (`--dry-run`, `-help`): exact, or as
/// `--opt=value`.
bool isNonMutatingArgument(std::string_view Argument);

/// Branches a forced push must not rewrite.
const std::vector<std::string_view> &protectedBranches();

/// Path segments that name a directory holding data (`/var/lib/postgresql/data`, `./db`), for the
/// delete-then-recreate rule: a build or cache directory wiped and recreated is routine.
const std::vector<std::string_view> &dataDirectorySegments();

} // namespace blastradius::shell

#endif
