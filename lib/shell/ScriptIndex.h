// One walk per script: the statements the shell analysers judge (every command, assignment and
// declaration), in source order, each with its parent and with where bash ignores its failure,
// listed once per file and shared through the SemanticContext. Before this, the command rules,
// the embedded-code analyser and the recursive-delete gate each walked the whole tree on their
// own (a cursor walk costs a descent through hidden nodes at every step); the index is read off
// the file's flattened tree (model/FlatTree.h), which the other walks build anyway.
#ifndef BLASTRADIUS_SHELL_SCRIPTINDEX_H
#define BLASTRADIUS_SHELL_SCRIPTINDEX_H

#include <tree_sitter/api.h>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace blastradius::shell {

class ScriptIndex {
public:
  struct Statement {
    enum class Kind : uint8_t {
      Command,    // a `command` node
      Assignment, // a `variable_assignment` or `declaration_command` node
    };
    TSNode Node;
    /// The node's parent in the tree (a here-document belongs to its redirected_statement).
    TSNode Parent;
    Kind StatementKind;
    /// Where bash ignores a failure even under errexit: an if/while condition, a `!` command, or
    /// any but the last command of an && / || list (and everything inside those).
    bool Exempt = false;
    /// Inside an && / || list: its failure is handled by the list.
    bool InList = false;
    /// Inside a comment, a here-document body or a raw string: text to the script's own walk
    /// (the command rules and the embedded-code analyser skip it); the dataflow still reads the
    /// command substitutions of a here-document.
    bool InText = false;
    /// For a command: its name word read once for every gate (shell/CommandNameGate.h).
    std::optional<std::string_view> PlainName;
  };

  /// Lists Root's statements (iteratively: nesting depth is the script's, not the C++ stack's).
  explicit ScriptIndex(TSNode Root, std::string_view Text);

  /// Every statement in source order (a node before the statements inside it).
  const std::vector<Statement> &statements() const { return Statements; }
  /// The depth of the deepest named node below the root (the root's children are at 1).
  uint32_t maxDepth() const { return MaxDepth; }

private:
  std::vector<Statement> Statements;
  uint32_t MaxDepth = 0;
};

} // namespace blastradius::shell

#endif
