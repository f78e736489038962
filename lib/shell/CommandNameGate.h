// A cheap answer to "can this command be one of these?", asked before reading the command line
// (shell/CommandLine.h): readCommandLine decodes every word and peels wrappers, which costs far
// more than the analysers' work on the few commands they care about (callgrind: 652 M
// instructions for the 41,707 commands of 757 Linux shell scripts, where only a handful were
// eval, sh or psql). The gate reads only the name word: a plain word that names neither a wrapper
// nor `eval` is the command's name exactly as readCommandLine would read it, so a name outside
// the set means the full read would not match either. Any other name word (quoted, escaped,
// computed) passes the gate, and the caller reads the line as before.
#ifndef BLASTRADIUS_SHELL_COMMANDNAMEGATE_H
#define BLASTRADIUS_SHELL_COMMANDNAMEGATE_H

#include <tree_sitter/api.h>

#include <optional>
#include <string_view>

namespace blastradius::shell {

/// The base name of a command whose name word is a plain word without backslashes
/// (`/usr/bin/psql` reads `psql`), as a view into Text; nullopt for any other name word, and for a
/// command without a name.
std::optional<std::string_view> plainCommandName(TSNode Command, std::string_view Text);

/// Whether readCommandLine looks through a command of that name to another one (a wrapper of
/// shell/CommandData.h, or word-form `eval`).
bool isWrapperName(std::string_view Name);

/// Whether readCommandLine(Command) may name a command for which Wanted(name) holds: false only
/// when the name word is plain, not a wrapper, and not wanted.
template <typename WantedFn> bool mayBeCommand(TSNode Command, std::string_view Text, WantedFn &&Wanted) {
  std::optional<std::string_view> Name = plainCommandName(Command, Text);
  return !Name || isWrapperName(*Name) || Wanted(*Name);
}

/// mayBeCommand with the name word already read (plainCommandName's answer).
template <typename WantedFn> bool mayBeNamed(const std::optional<std::string_view> &PlainName, WantedFn &&Wanted) {
  return !PlainName || isWrapperName(*PlainName) || Wanted(*PlainName);
}

} // namespace blastradius::shell

#endif
