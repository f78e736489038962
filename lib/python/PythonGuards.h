// Guards on the way to a Python statement: the conditions a risky call sits under (an enclosing
// if/elif/while, `x and f()`, a conditional expression) and the earlier statements of its function
// that stop it from running (`if not p: raise`, `assert`, a validation call).
#ifndef BLASTRADIUS_PYTHON_PYTHONGUARDS_H
#define BLASTRADIUS_PYTHON_PYTHONGUARDS_H

#include "python/PythonSyntax.h"

#include <functional>
#include <string>
#include <vector>

namespace blastradius::python {

/// Whether Target (whose ancestors, outermost first, are Ancestors) is guarded within its function:
/// an enclosing condition satisfies Tests; or an earlier statement of an enclosing block is
/// `if C: <exit>` or `assert C` with Tests(C), or satisfies Checks.
bool guardedOnPath(TSNode Target, const std::vector<TSNode> &Ancestors, const Imports &Names,
                   std::string_view Source, const std::function<bool(TSNode Condition)> &Tests,
                   const std::function<bool(TSNode Statement)> &Checks);

/// Whether Condition validates one of the Names as a path: an emptiness test (`if p`, `not p`,
/// `len(p)`), a comparison (`p != "/"`, `p in ALLOWED`), a containment check (`startswith`,
/// `is_relative_to`, `commonpath`) or a call to a `*safe*`/`*valid*` predicate on it.
bool testsPath(TSNode Condition, const std::vector<std::string> &Names, std::string_view Source);
/// Whether Statement validates one of the Names by raising when it is wrong: `validate(p)`,
/// `check_path(p)`, `p.relative_to(base)`.
bool checksPath(TSNode Statement, const std::vector<std::string> &Names, std::string_view Source);

/// Whether Condition is a dry-run or confirmation test (`args.dry_run`, `confirm == "yes"`,
/// `input(...)`).
bool testsConfirmation(TSNode Condition, std::string_view Source);

} // namespace blastradius::python

#endif
