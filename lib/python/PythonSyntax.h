// Small helpers for the Python analysers (tree-sitter-python): what a call's target resolves to
// through `import x as y` / `from x import y`, the value of a string literal with exact host
// offsets, the assignments of a scope, and a light "computed vs literal" notion of values.
#ifndef BLASTRADIUS_PYTHON_PYTHONSYNTAX_H
#define BLASTRADIUS_PYTHON_PYTHONSYNTAX_H

#include "EmbeddedCode.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/TreeSitterUtil.h"

#include <tree_sitter/api.h>

namespace blastradius::python {

// The tree helpers every converter and analyser shares.
using model::isType;
using model::namedChildren;
std::string_view text(TSNode N, std::string_view Source);
TSNode field(TSNode N, const char *Name);
/// The child in field Id (python/PythonFields.h), or a null node: the form for hot loops.
TSNode field(TSNode N, TSFieldId Id);

/// Walks every node below Root (Root included) without recursion. Visit gets the node and its
/// ancestors (outermost first, the node's parent last).
void walk(TSNode Root, const std::function<void(TSNode, const std::vector<TSNode> &)> &Visit);
/// The same walk, but Visit says whether to descend into the node's children: a subtree it skips
/// costs nothing (a walk that tests every ancestor of every node instead is quadratic in the depth).
void walkPruned(TSNode Root, const std::function<bool(TSNode, const std::vector<TSNode> &)> &Visit);
/// walkPruned, with Visit called only for the nodes of Kinds (the others are walked through): on a
/// flattened tree, a node not in the set costs one table read, and Ancestors is built only for the
/// nodes visited (most whole-file walks look for one or two kinds: calls, imports, try statements).
void walkKinds(TSNode Root, const model::KindSet &Kinds,
               const std::function<bool(TSNode, const std::vector<TSNode> &)> &Visit);

/// The local names a file binds by import: `import os.path` binds os -> os, `import shutil as sh`
/// sh -> shutil, `from shutil import rmtree as rm` rm -> shutil.rmtree. Imports anywhere in the
/// file count (function-level imports are common in scripts).
class Imports {
public:
  Imports(TSNode Root, std::string_view Source);
  /// The dotted name of an identifier/attribute chain with its first part resolved through the
  /// imports (`sh.rmtree` -> `shutil.rmtree`); names not imported stay as written. Empty for any
  /// other expression (a call, a subscript).
  std::string qualify(TSNode Expr) const;
  bool imported(std::string_view LocalName) const { return Names.count(std::string(LocalName)) > 0; }

private:
  std::string_view Source;
  std::map<std::string, std::string, std::less<>> Names;
};

/// A call's arguments: positional ones in order and keyword ones by name.
struct Arguments {
  std::vector<TSNode> Positional;
  std::vector<std::pair<std::string_view, TSNode>> Keywords;
  bool HasStarArgs = false;
  TSNode keyword(std::string_view Name) const;
  /// The positional argument at Index, else the keyword argument Name, else a null node.
  TSNode get(size_t Index, std::string_view Name) const;
};
Arguments callArguments(TSNode Call, std::string_view Source);

/// The method name of `x.name(...)` / the function name of `name(...)`.
std::string_view calledName(TSNode Call, std::string_view Source);

/// What an f-string's replacement field `{expr}` stands for (its bytes map to the `{`), or nullopt
/// when it cannot be represented.
using Interpolator = std::function<std::optional<std::string>(TSNode Expression)>;

/// The decoded value of a string literal (or implicit concatenation of literals), each byte mapped
/// to its host offset: escapes decoded (the decoded byte maps to its backslash), raw strings kept
/// as written, `{{`/`}}` of f-strings halved. An f-string's replacement fields are what Interpolate
/// says; without it such an f-string is not a literal (nullopt), nor is anything else.
std::optional<EmbeddedSnippet> stringLiteral(TSNode N, std::string_view Source,
                                             const Interpolator *Interpolate = nullptr);

/// Whether the file is test code (test_*.py, *_test.py, conftest.py, under tests/): tests create
/// and drop schemas and mocked cloud resources all the time.
bool isTestPath(std::string_view Path);

/// Whether N is the literal `True` / `False`.
bool isTrue(TSNode N);
bool isFalse(TSNode N);

/// Whether an exit statement: raise, return, continue, break, or a call of sys.exit/exit/quit/
/// os._exit/parser.error/abort.
bool isExitStatement(TSNode Statement, const Imports &Names, std::string_view Source);
/// Whether every path through the block ends in an exit statement (its last statement does).
bool blockExits(TSNode Block, const Imports &Names, std::string_view Source);

/// The innermost function_definition among Ancestors, or a null node (module level).
TSNode enclosingFunction(const std::vector<TSNode> &Ancestors);

/// Every identifier in Expr (not descending into lambdas), as written.
void identifiersIn(TSNode Expr, std::string_view Source, std::vector<std::string_view> &Out);

/// What may a value hold: a literal (or something built only from literals), a computed value
/// (from a function parameter, sys.argv, the environment, input(), command-line options), or a
/// temporary directory the program made itself.
struct Provenance {
  bool Computed = false;
  /// Where the computed part comes from ("parameter 'path'", "sys.argv", "os.environ").
  std::string Source;
  /// The names on the way (the argument's own and those it was built from), for guard checks.
  std::vector<std::string> Names;
};

/// Assignments of one scope (a function's body or the module, nested functions and classes
/// excluded) and the judgement of values in it.
class ValueFlow {
public:
  ValueFlow(TSNode Root, std::string_view Source, const Imports &Names);
  /// The provenance of Expr evaluated in the scope of Function (null: module level).
  Provenance provenance(TSNode Expr, TSNode Function) const;
  /// The single right-hand side assigned to Name in Function's scope (else the module's), or a
  /// null node when there is none or more than one.
  TSNode singleAssignment(std::string_view Name, TSNode Function) const;
  /// Every right-hand side assigned to Name in Function's scope (else the module's).
  const std::vector<TSNode> *assignments(std::string_view Name, TSNode Function) const;
  /// Names adds the names of Function's scope assigned from one of them (`real =
  /// os.path.realpath(path)` for path), two steps deep: a check of `real` checks `path`.
  void addDerivedNames(std::vector<std::string> &Names, TSNode Function) const;

private:
  struct Scope {
    std::map<std::string, std::vector<TSNode>, std::less<>> Assigned;
    std::map<std::string, bool, std::less<>> Parameters;
  };
  void collect(TSNode Body, Scope &S) const;
  const Scope *scopeOf(TSNode Function) const;
  bool computed(TSNode Expr, TSNode Function, unsigned Depth, Provenance &Out) const;
  bool nameComputed(std::string_view Name, TSNode Function, unsigned Depth, Provenance &Out) const;

  std::string_view Source;
  const Imports &Names;
  Scope Module;
  std::map<uint32_t, Scope> Functions; // by start byte of the function_definition
};

} // namespace blastradius::python

#endif
