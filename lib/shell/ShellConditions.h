// What a shell condition says about variables: `[ -n "$X" ]`, `[[ -d $X && $X == /* ]]`, `test -z "$X"`, `! [
// -z "$X" ]`, `[ x"$X" != x ]`, lists of them joined by && and ||. Used by the dataflow (ShellDataflow.h) to
// turn tests into guards.
#ifndef BLASTRADIUS_SHELL_SHELLCONDITIONS_H
#define BLASTRADIUS_SHELL_SHELLCONDITIONS_H

#include <tree_sitter/api.h>

#include <string>
#include <string_view>
#include <vector>

namespace blastradius::shell {

/// Appends the variables that are surely non-empty when Condition (a test_command, a `test`/`[` command, a
/// negation, an && / || list of them) has the value WhenTrue. `[ "$X" != "/" ]` says nothing about emptiness
/// and gives nothing.
void conditionFacts(TSNode Condition, bool WhenTrue, std::string_view Text, std::vector<std::string> &Out,
                    unsigned Depth = 0);

/// `echo ...`, `printf ...`, `true`, `:` (with redirections): commands that do not fail.
bool printsOnly(TSNode Statement, std::string_view Text);

/// The operator token of a `list` node (`&&` or `||`), "" otherwise.
std::string_view listOperator(TSNode List, std::string_view Text);

} // namespace blastradius::shell

#endif
