//===--- PathValidation.h - blastradius -------------------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//
//
// Whether the path a filesystem delete receives is validated: the analysis of
// blastradius-unvalidated-filesystem-delete (see PathValidation.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_UTILS_PATHVALIDATION_H
#define BLASTRADIUS_CHECKS_UTILS_PATHVALIDATION_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace clang::tidy::blastradius::utils {

/// The delete functions, by fully qualified name: recursive (`remove_all`),
/// single-entry (`std::filesystem::remove`), C single-entry (`::unlink`, only
/// their `extern "C"` declarations) and tree walks (`::nftw`).
llvm::ArrayRef<llvm::StringRef> recursiveDeleteNames();
llvm::ArrayRef<llvm::StringRef> singleDeleteNames();
llvm::ArrayRef<llvm::StringRef> cSingleDeleteNames();
llvm::ArrayRef<llvm::StringRef> treeWalkNames();

/// The argument that holds the deleted path: 1 for `unlinkat(DirFd, Path,
/// Flags)`, 0 otherwise.
unsigned deletedPathArgument(const FunctionDecl *Func, bool SingleEntry);

/// The delete function a tree walk's callback calls, or null when it calls
/// none or cannot be seen (declared in another file, a parameter).
const FunctionDecl *treeWalkCallbackDelete(const Expr *Callback);

/// Whether every part of \p Path (the path argument of \p Call) that is only
/// known at run time is validated on every path to the call (non-empty,
/// canonical and inside a base directory, or a ValidationFunctions result);
/// true for a compile-time constant path.
bool isPathValidated(const Expr *Path, const CallExpr *Call, ASTContext &Ctx,
                     bool IgnoreEmptyChecked,
                     const std::vector<std::string> &ValidationFunctions);

} // namespace clang::tidy::blastradius::utils

#endif
