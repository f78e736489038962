// A simple command as the shell will run it: the words after wrappers (`sudo`, `env X=1`,
// `exec`, `command`, `nohup`, `time`, `nice`, `timeout`, `xargs`, word-form `eval`) are peeled
// off, so `sudo -u ops env -i kubectl delete ns prod` reads as `kubectl delete ns prod`. Each word
// keeps its host offsets and whether its text is known before the script runs.
#ifndef BLASTRADIUS_SHELL_COMMANDLINE_H
#define BLASTRADIUS_SHELL_COMMANDLINE_H

#include "EmbeddedCode.h"

#include <tree_sitter/api.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius::shell {

struct CommandWord {
  /// The text after quote removal when Literal, else the word's source text.
  std::string Text;
  /// Whether the word has no expansion: its text is known now.
  bool Literal = false;
  /// The literal text before the first expansion (all of Text when Literal): `of="/dev/$D"`
  /// starts with `of=/dev/`.
  std::string LiteralPrefix;
  uint32_t Begin = 0, End = 0;
  TSNode Node{};
};

struct CommandLine {
  TSNode Command{};
  /// Words[0] is the command run (its base name: `/usr/bin/terraform` reads `terraform`).
  std::vector<CommandWord> Words;
  /// The wrappers seen through, outermost first ("sudo", "env" ...).
  std::vector<std::string> Wrappers;

  const std::string &name() const { return Words.front().Text; }
  /// Arguments: every word after the name.
  size_t argumentCount() const { return Words.size() - 1; }
  const CommandWord &argument(size_t I) const { return Words[I + 1]; }
};

/// Every word of a `command` node (its name first), without wrappers seen through.
std::vector<CommandWord> commandWords(TSNode Command, std::string_view Text);

/// The command as run, or nullopt when its name is computed (`$TOOL destroy`), the wrappers leave
/// no command (`sudo -v`), or the wrapper only looks a command up (`command -v terraform`).
std::optional<CommandLine> readCommandLine(TSNode Command, std::string_view Text);

/// For a shell that runs a literal script (`eval 'x'`, `eval "x"`, `bash -c 'x'`, `sh -ec "x"`):
/// the index in Words of that script's word, or 0 when there is none.
size_t inlineScriptWord(const CommandLine &Line);

/// Whether the command is a shell that reads its script from standard input: no `-c`, and no
/// operand but after `-s` (`bash`, `sh -s arg`, `bash -eux`).
bool readsScriptFromInput(const CommandLine &Line);

/// A quoted or plain word's decoded text with its host offsets: '...' verbatim, "..." with the
/// backslash escapes the shell removes there (\" \\ \$ \` and line continuations), a plain word
/// with its backslashes removed. Expansions stay as written, so a re-parse sees them as
/// expansions. nullopt for words the shell assembles from several pieces in ways not mapped here.
std::optional<EmbeddedSnippet> wordSnippet(TSNode Word, std::string_view Text);

/// The body of a here-document fed to the command (`psql <<'SQL' ... SQL`, `<<-EOF`), or a
/// here-string (`psql <<< "..."`), verbatim with host offsets; nullopt when it has none. Parent is
/// the command's parent node (a here-document belongs to the enclosing redirected_statement).
std::optional<EmbeddedSnippet> standardInputSnippet(TSNode Command, TSNode Parent, std::string_view Text);

} // namespace blastradius::shell

#endif
