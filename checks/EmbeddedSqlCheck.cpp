//===--- EmbeddedSqlCheck.cpp - blastradius -------------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "EmbeddedSqlCheck.h"
#include "utils/CheckUtils.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang::ast_matchers;

namespace clang::tidy::blastradius {

namespace {

struct SqlApi {
  const char *Name;
  unsigned SqlArgument;
};

/// Free functions that execute (or prepare) SQL text, from each library's
/// reference: SQLite (sqlite3_exec, sqlite3_prepare*), libpq (PQexec,
/// PQexecParams, PQprepare, PQsendQuery*), MySQL/MariaDB C API
/// (mysql_query, mysql_real_query, mysql_send_query).
const SqlApi FreeFunctions[] = {
    {"::sqlite3_exec", 1},       {"::sqlite3_prepare", 1},
    {"::sqlite3_prepare_v2", 1}, {"::sqlite3_prepare_v3", 1},
    {"::PQexec", 1},             {"::PQexecParams", 1},
    {"::PQprepare", 2},          {"::PQsendQuery", 1},
    {"::PQsendQueryParams", 1},  {"::PQsendPrepare", 2},
    {"::mysql_query", 1},        {"::mysql_real_query", 1},
    {"::mysql_send_query", 1},
};

/// libpqxx member functions (of transactions and connections) whose first
/// argument is SQL: pqxx::transaction_base::exec* and query*, 6.x to 7.x.
const llvm::StringRef PqxxMethods[] = {
    "exec",     "exec0",     "exec1",         "exec_n",     "exec_params",
    "exec_params0", "exec_params1", "exec_params_n", "query", "query1",
    "query01",  "query_n",   "query_value",   "for_query",  "for_stream",
    "stream",   "prepare",
};

bool isInPqxx(const Decl *D) {
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      if (NS->getDeclName().isIdentifier() && NS->getName() == "pqxx" &&
          NS->getParent()->getRedeclContext()->isTranslationUnit())
        return true;
  return false;
}

} // namespace

EmbeddedSqlCheck::EmbeddedSqlCheck(StringRef Name, ClangTidyContext *Context)
    : EmbeddedCodeCheck(Name, Context),
      SqlFunctions(Options.get("SqlFunctions", "")) {
  for (const SqlApi &Api : FreeFunctions)
    ArgumentIndex[Api.Name] = Api.SqlArgument;
  for (const std::string &Item : utils::parseListOption(SqlFunctions)) {
    auto [Function, Index] = llvm::StringRef(Item).split('=');
    unsigned Argument = 0;
    if (Function.trim().empty() ||
        (!Index.empty() && Index.trim().getAsInteger(10, Argument))) {
      configurationDiag("invalid entry '%0' in option 'SqlFunctions'; "
                        "expected 'qualified::name=ARGUMENT_INDEX'")
          << Item;
      continue;
    }
    std::string Name = Function.trim().str();
    if (Name.rfind("::", 0) != 0)
      Name = "::" + Name;
    ArgumentIndex[Name] = Argument;
  }
}

void EmbeddedSqlCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  EmbeddedCodeCheck::storeOptions(Opts);
  Options.store(Opts, "SqlFunctions", SqlFunctions);
}

void EmbeddedSqlCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> Names;
  for (const auto &Entry : ArgumentIndex)
    Names.push_back(Entry.first);
  Finder->addMatcher(
      callExpr(unless(isExpansionInSystemHeader()), callee(functionDecl(hasAnyName(Names)).bind("func")),
               unless(cxxMemberCallExpr()))
          .bind("call"),
      this);
  std::vector<llvm::StringRef> Methods(std::begin(PqxxMethods),
                                       std::end(PqxxMethods));
  Finder->addMatcher(
      cxxMemberCallExpr(unless(isExpansionInSystemHeader()), callee(cxxMethodDecl(hasAnyName(Methods)).bind("method")),
                        hasArgument(0, expr().bind("sql")))
          .bind("member"),
      this);
  // A member function named in SqlFunctions.
  Finder->addMatcher(
      cxxMemberCallExpr(unless(isExpansionInSystemHeader()), callee(cxxMethodDecl(hasAnyName(Names)).bind("func")))
          .bind("call"),
      this);
}

void EmbeddedSqlCheck::check(const MatchFinder::MatchResult &Result) {
  const Expr *Sql = nullptr;
  std::string Where;
  if (const auto *Method = Result.Nodes.getNodeAs<CXXMethodDecl>("method")) {
    if (!isInPqxx(Method))
      return;
    Sql = Result.Nodes.getNodeAs<Expr>("sql");
    Where = "in the SQL run by 'pqxx::" + Method->getName().str() + "'";
  } else {
    const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
    const auto *Func = Result.Nodes.getNodeAs<FunctionDecl>("func");
    if (!Call || !Func)
      return;
    auto Found = ArgumentIndex.find("::" + Func->getQualifiedNameAsString());
    if (Found == ArgumentIndex.end())
      return;
    unsigned Index = Found->second;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
      if (Index >= Member->getNumArgs())
        return;
      Sql = Member->getArg(Index);
    } else {
      if (Index >= Call->getNumArgs())
        return;
      Sql = Call->getArg(Index);
    }
    Where = "in the SQL run by '" + Func->getName().str() + "'";
  }
  if (!Sql)
    return;
  std::optional<AssembledText> Text =
      AssembledText::of(Sql, PlaceholderStyle::Sql, *Result.Context);
  if (!Text)
    return;
  reportEmbedded(*Text, "sql", Where, *Result.Context);
}

} // namespace clang::tidy::blastradius
