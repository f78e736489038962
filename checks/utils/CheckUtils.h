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
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
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

/// The namespaces enclosing \p D, outermost first, joined with "::", without
/// inline and anonymous namespaces: "Aws::S3" for `Aws::S3::S3Client`,
/// "google::cloud::storage" for `google::cloud::storage::v2_30::Client`.
std::string namespacePath(const Decl *D);

/// The body of the function, lambda or block whose code \p S is part of, or
/// null (a statement outside any function, e.g. a global initialiser).
const Stmt *enclosingFunctionBody(const Stmt *S, ASTContext &Ctx);

/// Strips value-preserving wrappers (stripValuePreserving) and converting
/// constructions (`fs::path(S)`, `std::string("x")`, an implicit conversion
/// of a `const char *` to a class), so that two spellings of one value
/// compare equal.
const Expr *stripConversions(const Expr *E);

/// The text of \p E when it is a string literal or a `const`/`constexpr`
/// variable initialised from one (after stripConversions), else nothing.
std::optional<llvm::StringRef> constantText(const Expr *E);

/// Whether \p A and \p B denote the same value: structurally identical
/// after stripConversions (same variables, same literals, same operators),
/// or constants with the same text.
bool isSameValue(const Expr *A, const Expr *B, const ASTContext &Ctx);

/// Calls \p Visit on every statement below \p S, in source order, without
/// entering lambdas (their code runs some other time, not in this function).
void forEachStmt(const Stmt *S, llvm::function_ref<void(const Stmt *)> Visit);

/// The call that sets a property of the SDK request \p Request passed to
/// \p Call: the last `Setter(A)` made on the request variable before
/// \p Call in the same function (`R.SetSkipFinalSnapshot(true)`), or a
/// `Builder(A)` chained into the argument or the variable's initialiser
/// (`Model::X().WithSkipFinalSnapshot(true)`). Null when there is none.
const CXXMemberCallExpr *findRequestSetter(const Expr *Call,
                                           const Expr *Request,
                                           llvm::StringRef Setter,
                                           llvm::StringRef Builder,
                                           ASTContext &Ctx);

} // namespace clang::tidy::blastradius::utils

#endif // BLASTRADIUS_CHECKS_UTILS_CHECKUTILS_H
