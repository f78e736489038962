//===--- BlastradiusTidyModule.cpp - blastradius --------------------------===//
//
// Part of blastradius, a static analyser for code whose mistakes have a
// large blast radius.
//
//===----------------------------------------------------------------------===//
//
// The `blastradius` clang-tidy module: registers every `blastradius-*` check.
// Loaded with `clang-tidy --load=libBlastradiusTidyPlugin.so`.
//
//===----------------------------------------------------------------------===//

#include "BranchMapCheck.h"
#include "CloudDeleteUnguardedCheck.h"
#include "DeleteThenRecreateCheck.h"
#include "EmbeddedPolicyCheck.h"
#include "EmbeddedShellCheck.h"
#include "EmbeddedSqlCheck.h"
#include "IgnoredErrorCodeCheck.h"
#include "SwallowedExceptionCheck.h"
#include "UnvalidatedFilesystemDeleteCheck.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang/Basic/Version.h"
#include "llvm/Config/llvm-config.h"
#if LLVM_VERSION_MAJOR < 22
// LLVM 22 moved ClangTidyModuleRegistry into ClangTidyModule.h and deprecates
// this header with a #warning.
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <string>

namespace clang::tidy {
namespace blastradius {

class BlastradiusModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    CheckFactories.registerCheck<EmbeddedPolicyCheck>(
        "blastradius-embedded-policy");
    CheckFactories.registerCheck<EmbeddedShellCheck>(
        "blastradius-embedded-shell");
    CheckFactories.registerCheck<EmbeddedSqlCheck>("blastradius-embedded-sql");
    CheckFactories.registerCheck<UnvalidatedFilesystemDeleteCheck>(
        "blastradius-unvalidated-filesystem-delete");
    CheckFactories.registerCheck<SwallowedExceptionCheck>(
        "blastradius-swallowed-exception");
    CheckFactories.registerCheck<IgnoredErrorCodeCheck>(
        "blastradius-ignored-error-code");
    CheckFactories.registerCheck<CloudDeleteUnguardedCheck>(
        "blastradius-cloud-delete-unguarded");
    CheckFactories.registerCheck<DeleteThenRecreateCheck>(
        "blastradius-delete-then-recreate");
    // Driver-only: registered when `blastradius scan --coverage` asks for it,
    // so that `blastradius-*` in an editor never enables it.
    if (const char *BranchMap = std::getenv("BLASTRADIUS_BRANCH_MAP"))
      if (std::strcmp(BranchMap, "1") == 0)
        CheckFactories.registerCheck<BranchMapCheck>("blastradius-branch-map");
  }
};

namespace {

/// Refuses to run inside a clang-tidy of another major version than the one
/// this plugin was compiled for. Without it, clang-tidy registers the module,
/// runs nothing (or crashes on the ABI difference), prints nothing and exits
/// 0: a green run that checked nothing.
///
/// The running version comes from `clang::getClangFullVersion()`, looked up
/// with dlsym so that a clang-tidy that does not export it still loads the
/// plugin (the guard is then skipped). Its mangled name and `std::string`
/// return are stable across LLVM releases; its text is
/// "[Vendor ]clang version MAJOR.MINOR.PATCH ...".
/// Set BLASTRADIUS_SKIP_VERSION_CHECK=1 to load anyway.
struct VersionGuard {
  VersionGuard() {
    if (const char *Skip = std::getenv("BLASTRADIUS_SKIP_VERSION_CHECK"))
      if (*Skip && std::strcmp(Skip, "0") != 0)
        return;
    using VersionFn = std::string (*)();
    auto *Fn = reinterpret_cast<VersionFn>(
        dlsym(RTLD_DEFAULT, "_ZN5clang19getClangFullVersionB5cxx11Ev"));
    if (!Fn)
      return;
    std::string Running = Fn();
    std::string::size_type Pos = Running.find("version ");
    if (Pos == std::string::npos)
      return;
    int RunningMajor = std::atoi(Running.c_str() + Pos + 8);
    if (RunningMajor <= 0 || RunningMajor == CLANG_VERSION_MAJOR)
      return;
    std::fprintf(
        stderr,
        "error: blastradius clang-tidy plugin was built for clang-tidy %d "
        "but is loaded into clang-tidy %d (%s); its checks would not run. "
        "Rebuild it with -DBLASTRADIUS_LLVM_VERSION=%d, or load it into "
        "clang-tidy-%d.\n",
        CLANG_VERSION_MAJOR, RunningMajor, Running.c_str(), RunningMajor,
        CLANG_VERSION_MAJOR);
    std::fflush(stderr);
    std::_Exit(1);
  }
};

// Runs before the registration below: initialisers in one translation unit
// run in order of definition.
const VersionGuard Guard;

} // namespace

} // namespace blastradius

// Register the module using this statically initialized variable.
static ClangTidyModuleRegistry::Add<blastradius::BlastradiusModule>
    X("blastradius-module", "Checks for code with a large blast radius.");

// This anchor is used to force the linker to link in the generated object file
// and thus register the BlastradiusModule (for a driver that links the checks
// statically, as clang-tidy's own ClangTidyForceLinker.h does).
// NOLINTNEXTLINE(misc-use-internal-linkage)
volatile int BlastradiusModuleAnchorSource = 0;

} // namespace clang::tidy
