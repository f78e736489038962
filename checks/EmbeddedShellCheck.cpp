//===--- EmbeddedShellCheck.cpp - blastradius -----------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//

#include "EmbeddedShellCheck.h"
#include "utils/CheckUtils.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::blastradius {

namespace {

/// C and POSIX functions whose first argument is run by `/bin/sh -c`
/// (system(3), popen(3)).
const llvm::StringRef CommandLineFunctions[] = {"::system", "::std::system",
                                                "::popen"};

/// The exec(3) family. The `l` forms take the arguments as varargs, the `v`
/// forms as an array; either runs a shell command only as `sh -c CMD`.
const llvm::StringRef ExecListFunctions[] = {"::execl", "::execlp", "::execle"};
const llvm::StringRef ExecVectorFunctions[] = {"::execv", "::execvp",
                                               "::execve", "::execvpe"};

/// The literal string value of \p E, if it is one.
std::optional<llvm::StringRef> literalText(const Expr *E) {
  if (!E)
    return std::nullopt;
  if (const auto *Literal =
          dyn_cast<StringLiteral>(utils::stripValuePreserving(E)))
    if (Literal->getCharByteWidth() == 1)
      return Literal->getString();
  return std::nullopt;
}

/// Whether \p Program names a POSIX shell: `sh`, `/bin/bash`, `dash` ...
bool isShell(llvm::StringRef Program) {
  llvm::StringRef Base = Program.rsplit('/').second.empty()
                             ? Program
                             : Program.rsplit('/').second;
  static const llvm::StringRef Shells[] = {"sh",  "bash", "dash",   "zsh",
                                           "ksh", "ash",  "busybox"};
  return llvm::is_contained(Shells, Base);
}

/// In a list of exec arguments (program path, argv[0], argv[1], ...), the
/// command of `sh -c CMD`: the argument after a literal "-c" that follows a
/// shell name. Null if the list is not a shell running a command.
const Expr *shellCommandArgument(llvm::ArrayRef<const Expr *> Args) {
  bool SawShell = false;
  for (size_t I = 0; I + 1 < Args.size(); ++I) {
    std::optional<llvm::StringRef> Text = literalText(Args[I]);
    if (!Text)
      continue;
    if (isShell(*Text))
      SawShell = true;
    else if (SawShell && (*Text == "-c" || *Text == "-ec" || *Text == "-ce" ||
                          *Text == "-euc" || *Text == "-xc"))
      return Args[I + 1];
  }
  return nullptr;
}

/// The elements of `const char *Argv[] = {"sh", "-c", Cmd, nullptr};` when
/// \p E names such a local array.
std::vector<const Expr *> arrayElements(const Expr *E) {
  std::vector<const Expr *> Elements;
  const auto *Ref = dyn_cast<DeclRefExpr>(utils::stripValuePreserving(E));
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->getType()->isArrayType() || !Var->hasInit())
    return Elements;
  if (const auto *Init = dyn_cast<InitListExpr>(Var->getInit()->IgnoreImplicit()))
    for (const Expr *Element : Init->inits())
      Elements.push_back(Element);
  return Elements;
}

} // namespace

EmbeddedShellCheck::EmbeddedShellCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : EmbeddedCodeCheck(Name, Context),
      ShellFunctions(Options.get("ShellFunctions", "")) {}

void EmbeddedShellCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  EmbeddedCodeCheck::storeOptions(Opts);
  Options.store(Opts, "ShellFunctions", ShellFunctions);
}

void EmbeddedShellCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> CommandNames(std::begin(CommandLineFunctions),
                                            std::end(CommandLineFunctions));
  std::vector<std::string> Extra = utils::parseListOption(ShellFunctions);
  for (const std::string &Name : Extra)
    CommandNames.push_back(Name);
  Finder->addMatcher(
      callExpr(unless(isExpansionInSystemHeader()), callee(functionDecl(hasAnyName(CommandNames)).bind("func")),
               hasArgument(0, expr().bind("command")))
          .bind("call"),
      this);
  std::vector<llvm::StringRef> ExecNames(std::begin(ExecListFunctions),
                                         std::end(ExecListFunctions));
  ExecNames.insert(ExecNames.end(), std::begin(ExecVectorFunctions),
                   std::end(ExecVectorFunctions));
  Finder->addMatcher(
      callExpr(unless(isExpansionInSystemHeader()), callee(functionDecl(hasAnyName(ExecNames)).bind("func")))
          .bind("exec"),
      this);
}

void EmbeddedShellCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Func = Result.Nodes.getNodeAs<FunctionDecl>("func");
  if (!Func)
    return;
  const Expr *Command = Result.Nodes.getNodeAs<Expr>("command");
  if (const auto *Exec = Result.Nodes.getNodeAs<CallExpr>("exec")) {
    std::vector<const Expr *> Args(Exec->arg_begin(), Exec->arg_end());
    bool IsVector = Func->getName().starts_with("execv");
    if (IsVector && Args.size() >= 2) {
      // execv(Path, Argv): the program is the path, the arguments the array.
      std::vector<const Expr *> Expanded = {Args[0]};
      for (const Expr *Element : arrayElements(Args[1]))
        Expanded.push_back(Element);
      Command = shellCommandArgument(Expanded);
    } else {
      Command = shellCommandArgument(Args);
    }
  }
  if (!Command)
    return;
  std::optional<AssembledText> Text =
      AssembledText::of(Command, PlaceholderStyle::Shell, *Result.Context);
  if (!Text)
    return;
  reportEmbedded(*Text, "bash",
                 "in the shell command run by '" + Func->getName().str() + "'",
                 *Result.Context);
}

} // namespace clang::tidy::blastradius
