// A command as the shell runs it: through `sudo`, `env X=1`, `command`, `exec`, `xargs` ... to the command
// that does the work, with that command's name and arguments.
#ifndef BLASTRADIUS_SHELL_SHELLCOMMANDS_H
#define BLASTRADIUS_SHELL_SHELLCOMMANDS_H

#include <tree_sitter/api.h>

#include <string>
#include <string_view>
#include <vector>

namespace blastradius::shell {

struct EffectiveCommand {
  /// The literal name of the command that does the work ("rm"), "" when it is computed.
  std::string Name;
  /// The word naming it (the command_name node, or an argument of a wrapper).
  TSNode NameNode{};
  /// Its arguments, in order.
  std::vector<TSNode> Arguments;
  /// Run by xargs: more arguments come from its standard input.
  bool ViaXargs = false;
};

/// The command a `command` node runs once wrappers (sudo, env, command, exec, nice, xargs ...) are looked
/// through. A wrapper chain longer than 8 is left as it is.
EffectiveCommand effectiveCommand(TSNode Command, std::string_view Text);

/// The literal text of a word when it has no expansion in it (quotes removed), or nullopt-like "". Sets
/// Literal to false when the word has any expansion.
std::string literalWord(TSNode Word, std::string_view Text, bool &Literal);

} // namespace blastradius::shell

#endif
