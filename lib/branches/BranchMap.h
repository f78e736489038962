// The branch structure of a script, from the same tree-sitter parse the rules use: if/elif/else
// arms, case arms, exception handlers, and the `||` / `&&` command fallbacks of the shell, with the
// function each lies in and the calls each makes. It is what the untested-risky-branch family
// judges: which branch holds a finding, whether that branch only runs when something failed, and
// (with coverage) whether any test ever ran it.
#ifndef BLASTRADIUS_BRANCHES_BRANCHMAP_H
#define BLASTRADIUS_BRANCHES_BRANCHMAP_H

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

namespace blastradius {

struct CodeBranch {
  /// "if", "elif", "else", "case", "except", "catch", "||", "&&".
  std::string Kind;
  /// What decides the branch, as written on one line (`! terraform apply`, `except OSError`,
  /// `make deploy ||`), at most ~80 characters.
  std::string Condition;
  /// Bytes of the condition (for a location) and of the body the branch runs.
  size_t ConditionBegin = 0, ConditionEnd = 0;
  size_t BodyBegin = 0, BodyEnd = 0;
  /// The branch runs because something failed: the right side of `||`, `if ! cmd; then`, the
  /// `else` of `if cmd; then`, an exception handler.
  bool HandlesFailure = false;
  /// Index into BranchMap::Functions of the innermost enclosing function, or -1 (top level).
  int Function = -1;
  /// The arms of one if/elif/else statement share this value (the statement's first byte + 1);
  /// 0 for branches that have no sibling arms (`||`, handlers, case arms).
  size_t Statement = 0;
};

struct CodeFunction {
  std::string Name;
  size_t Begin = 0, End = 0;
};

struct CodeCall {
  std::string Callee;
  size_t Begin = 0, End = 0;
};

struct BranchMap {
  std::vector<CodeBranch> Branches;
  std::vector<CodeFunction> Functions;
  /// Calls of plain names (shell commands, Python functions): what may call a function of the file.
  std::vector<CodeCall> Calls;
};

/// Whether branches of that language are understood ("bash", "python").
bool hasBranchMap(std::string_view Language);

/// The branch map of a parsed file. Iterative and depth-limited: any tree is safe.
BranchMap buildBranchMap(std::string_view Language, TSNode Root, std::string_view Text);

} // namespace blastradius

#endif
