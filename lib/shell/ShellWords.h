// Reading bash syntax trees as the shell would expand them: a command's name and arguments, and an
// argument as a sequence of literal text and parameter expansions.
#ifndef BLASTRADIUS_SHELL_SHELLWORDS_H
#define BLASTRADIUS_SHELL_SHELLWORDS_H

#include <tree_sitter/api.h>

#include <string>
#include <string_view>
#include <vector>

namespace blastradius::shell {

/// One piece of a shell word after parsing, before expansion.
struct WordPart {
  enum class Kind {
    Literal,   // text known now ('x', "x", x)
    Parameter, // $X, ${X}, ${X:-d} ...: its value is known only at run time
    Computed,  // $(...), `...`, $((...)): also known only at run time
  };
  Kind PartKind = Kind::Literal;
  std::string Text;         // the literal text, or the source text of the expansion
  std::string Variable;     // for Parameter: the name ("DIR", "1", "@")
  bool FailsIfEmpty = false; // ${X:?msg}: the shell aborts instead of expanding to nothing
  /// ${X:-default} (or -, :=, =) with a literal default that is not empty; only the forms with a
  /// colon also replace an empty value (see Operator).
  bool HasNonEmptyDefault = false;
  /// The expansion's operator as written (":-", ":?", "%", "#" ...); "#len" for ${#X}, "" for $X.
  std::string Operator;
  TSNode Node{};
};

/// The command's name as written ("rm"), or "" when it is computed.
std::string commandName(TSNode Command, std::string_view Text);
/// The argument nodes of a `command` node, in order.
std::vector<TSNode> commandArguments(TSNode Command);
/// The parts of one argument word, in order.
std::vector<WordPart> wordParts(TSNode Word, std::string_view Text);

} // namespace blastradius::shell

#endif
