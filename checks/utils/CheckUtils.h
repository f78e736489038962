//===--- CheckUtils.h - blastradius -----------------------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//
//
// Small AST and option helpers that more than one blastradius check needs.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_UTILS_CHECKUTILS_H
#define BLASTRADIUS_CHECKS_UTILS_CHECKUTILS_H

#include "clang-tidy/ClangTidyCheck.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace clang::tidy::blastradius::utils {

/// Parses a bool option value (true/false, 1/0, on/off, yes/no). An invalid
/// value is a configuration diagnostic and yields \p Default.
///
/// Options are read and written through the string overloads of OptionsView
/// only. The `bool` and integer ones are function templates with
/// `std::enable_if_t<std::is_integral_v<T>>` in their signature, which GCC and
/// Clang mangle differently: a plugin built with GCC would not find them in a
/// clang-tidy built with Clang ("undefined symbol ... OptionsView3getIbE").
bool parseBoolOption(ClangTidyCheck &Check, llvm::StringRef Name,
                     llvm::StringRef Value, bool Default);

/// "true" or "false", for storeOptions.
inline llvm::StringRef boolOptionText(bool Value) {
  return Value ? "true" : "false";
}

/// Splits a semicolon-separated option value into trimmed, non-empty items
/// (clang-tidy's convention for list options).
std::vector<std::string> parseListOption(llvm::StringRef Value);

/// Whether \p D is declared in namespace `std` or a namespace nested in it
/// (`std::filesystem`, `std::__1`).
bool isInStdOrNested(const Decl *D);

/// Strips what does not change the value of an expression: parentheses,
/// implicit conversions, temporaries, cleanups and explicit casts
/// (`fs::path("/x")` is not stripped: it is a construction, not a cast).
const Expr *stripValuePreserving(const Expr *E);

/// The variable an expression like `P`, `P.native()` or `Obj.Member` names
/// (following zero-argument member calls to their object), or null.
const ValueDecl *referencedVariable(const Expr *E);

/// Whether control never falls through the end of \p S: `return`, `throw`,
/// `break`, `continue`, `goto`, a call to a `[[noreturn]]` function, or a
/// block ending in one of those.
bool neverFallsThrough(const Stmt *S);

/// The qualified name of \p D as written in code: enclosing namespaces and
/// classes joined with "::", without inline namespaces (`std::__1`),
/// anonymous namespaces and function scopes (`std::cerr`, `app::Log::error`).
std::string writtenQualifiedName(const NamedDecl *D);

/// Whether the name of \p D matches \p Pattern the way `hasName` does: a
/// pattern starting with "::" must be the whole qualified name
/// (`::spdlog::error`); any other pattern must be a suffix of it that starts
/// at a "::" boundary, so an unqualified pattern (`error`) matches the
/// identifier alone.
bool matchesName(const NamedDecl *D, llvm::StringRef Pattern);

/// Whether \p D matches one of \p Patterns (see matchesName).
bool matchesAnyName(const NamedDecl *D,
                    const std::vector<std::string> &Patterns);

} // namespace clang::tidy::blastradius::utils

#endif // BLASTRADIUS_CHECKS_UTILS_CHECKUTILS_H
