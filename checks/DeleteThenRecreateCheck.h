//===--- DeleteThenRecreateCheck.h - blastradius ----------------*- C++ -*-===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#ifndef BLASTRADIUS_CHECKS_DELETETHENRECREATECHECK_H
#define BLASTRADIUS_CHECKS_DELETETHENRECREATECHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::blastradius {

/// Flags a resource that one function deletes and then creates again under
/// the same name: `std::filesystem::remove_all(P)` then
/// `create_directories(P)`, SQL `DROP TABLE T` then `CREATE TABLE T`, and
/// aws-sdk-cpp / google-cloud-cpp `DeleteBucket` then `CreateBucket` (also
/// tables and stacks).
///
/// For the user-facing documentation see:
/// docs/checks/blastradius-delete-then-recreate.md
class DeleteThenRecreateCheck : public ClangTidyCheck {
public:
  DeleteThenRecreateCheck(StringRef Name, ClangTidyContext *Context);
  ~DeleteThenRecreateCheck() override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onEndOfTranslationUnit() override;

private:
  /// One function body, indexed once (see utils::FunctionIndex), with the
  /// positions of its creates and of the statements that may change a value.
  struct BodyInfo;
  const BodyInfo &bodyInfo(const Stmt *Body);
  llvm::DenseMap<const Stmt *, std::unique_ptr<BodyInfo>> Bodies;

  void checkFilesystem(const CallExpr *Delete, ASTContext &Ctx);
  void checkSql(const StringLiteral *Drop, ASTContext &Ctx);
  void checkSdk(const CXXMemberCallExpr *Delete, ASTContext &Ctx);

  /// Semicolon-separated SQL object kinds whose DROP-then-CREATE is
  /// reported (case-insensitive).
  const std::string SqlObjectKinds;
  /// SqlObjectKinds, parsed and upper-cased.
  std::vector<std::string> SqlKinds;
};

} // namespace clang::tidy::blastradius

#endif // BLASTRADIUS_CHECKS_DELETETHENRECREATECHECK_H
