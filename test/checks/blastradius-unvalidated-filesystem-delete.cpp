// REQUIRES: clang-tidy-plugin
// RUN: %check_clang_tidy %s blastradius-unvalidated-filesystem-delete %t -- -isystem %S/Inputs/mock-std
// RUN: %check_clang_tidy -check-suffix=NOGUARD %s blastradius-unvalidated-filesystem-delete %t \
// RUN:   -config="{CheckOptions: {blastradius-unvalidated-filesystem-delete.IgnoreEmptyChecked: false}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -DNOGUARD
// RUN: %check_clang_tidy -check-suffix=EXTRA %s blastradius-unvalidated-filesystem-delete %t \
// RUN:   -config="{CheckOptions: {blastradius-unvalidated-filesystem-delete.ExtraFunctions: '::app::remove_all; ::other::wipe'}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -DEXTRA
// RUN: %check_clang_tidy -check-suffix=VALIDATE %s blastradius-unvalidated-filesystem-delete %t \
// RUN:   -config="{CheckOptions: {blastradius-unvalidated-filesystem-delete.ValidationFunctions: '::app::checkInside; app::isSafe;::app::requireInside ; ::app::insideBase;::app::statusOf;::app::Guard::check;::app::ignoredResult'}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -DVALIDATE
// RUN: %check_clang_tidy -check-suffix=LIBCXX %s blastradius-unvalidated-filesystem-delete %t \
// RUN:   -- -DLIBCXX
// RUN: %check_clang_tidy -check-suffix=BADBOOL %s blastradius-unvalidated-filesystem-delete %t \
// RUN:   -config="{CheckOptions: {blastradius-unvalidated-filesystem-delete.IgnoreEmptyChecked: maybe}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -DNOGUARD
// CHECK-MESSAGES-BADBOOL: warning: invalid configuration value 'maybe' for option 'IgnoreEmptyChecked'; expected a bool [clang-tidy-config]

#ifndef LIBCXX
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <experimental/filesystem>
#include <fcntl.h>
#include <filesystem>
#include <ftw.h>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

namespace app {
// Project validation functions (named in the VALIDATE run's option).
bool isSafe(const fs::path &P);
void requireInside(const fs::path &Base, const fs::path &P); // throws
fs::path insideBase(const fs::path &Base, const fs::path &P); // throws
int statusOf(const fs::path &P); // 0 or an errno value
bool ignoredResult(const fs::path &P);
struct Guard {
  void check(const fs::path &P) const;
};
// Not a validation function in any run.
bool looksFine(const fs::path &P);
} // namespace app

[[noreturn]] void fatal(const char *Message);
#endif

#if !defined(NOGUARD) && !defined(EXTRA) && !defined(VALIDATE) && !defined(LIBCXX)

// ================================================================ positives

// ------------------------------------------ std::filesystem::remove_all

void fromParameter(const fs::path &Dir) {
  fs::remove_all(Dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of an unvalidated computed path: 'std::filesystem::remove_all' removes whatever the path holds at run time, including '/' or the home directory if it is empty or wrong; validate it (non-empty, canonical and inside a base directory) first [blastradius-unvalidated-filesystem-delete]
}

void fromStringParameter(std::string Dir) {
  std::filesystem::remove_all(Dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of an unvalidated computed path: 'std::filesystem::remove_all' {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void fromGetenv() {
  fs::remove_all(std::getenv("BUILD_DIR"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of an unvalidated computed path: {{.*}} [blastradius-unvalidated-filesystem-delete]
  fs::remove_all(getenv("BUILD_DIR"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of an unvalidated computed path: {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void concatenation(const std::string &Name) {
  fs::remove_all(std::string(std::getenv("HOME")) + "/.cache/" + Name);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  fs::remove_all(fs::path("/var/cache") / Name);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  fs::remove_all("/var/cache/" + Name);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

namespace alias {
namespace filesys = std::filesystem;
void throughAlias(const filesys::path &P) {
  filesys::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of an unvalidated computed path: 'std::filesystem::remove_all' {{.*}} [blastradius-unvalidated-filesystem-delete]
  filesys::remove(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete of an unvalidated computed path: 'std::filesystem::remove' {{.*}} [blastradius-unvalidated-filesystem-delete]
}
} // namespace alias

void throughUsingDeclaration(const fs::path &P) {
  using std::filesystem::remove_all;
  remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of an unvalidated computed path: 'std::filesystem::remove_all' {{.*}} [blastradius-unvalidated-filesystem-delete]
  using std::filesystem::remove;
  remove(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete of an unvalidated computed path: 'std::filesystem::remove' {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void throughArgumentDependentLookup(const fs::path &P) {
  remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}}'std::filesystem::remove_all' {{.*}} [blastradius-unvalidated-filesystem-delete]
  remove(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete {{.*}}'std::filesystem::remove' {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void errorCodeOverloads(const fs::path &P) {
  std::error_code Ec;
  fs::remove_all(P, Ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}}'std::filesystem::remove_all' {{.*}} [blastradius-unvalidated-filesystem-delete]
  fs::remove(P, Ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete {{.*}}'std::filesystem::remove' {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void filesystemTS(const char *P) {
  std::experimental::filesystem::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of an unvalidated computed path: 'std::experimental::filesystem::remove_all' {{.*}} [blastradius-unvalidated-filesystem-delete]
  std::experimental::filesystem::remove(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete of an unvalidated computed path: 'std::experimental::filesystem::remove' {{.*}} [blastradius-unvalidated-filesystem-delete]
}

// ----------------------------------------------- std::filesystem::remove

void singleEntry(const fs::path &P) {
  fs::remove(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete of an unvalidated computed path: 'std::filesystem::remove' removes whichever file or empty directory the path names at run time; validate it (non-empty, canonical and inside a base directory) first [blastradius-unvalidated-filesystem-delete]
}

// ------------------------------------------------------- C and POSIX

void cAndPosix(const char *Path, const std::string &Name, int DirFd) {
  ::unlink(Path);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete of an unvalidated computed path: 'unlink' {{.*}} [blastradius-unvalidated-filesystem-delete]
  unlink(Name.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete of an unvalidated computed path: 'unlink' {{.*}} [blastradius-unvalidated-filesystem-delete]
  rmdir(Path);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete of an unvalidated computed path: 'rmdir' {{.*}} [blastradius-unvalidated-filesystem-delete]
  unlinkat(DirFd, Path, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete of an unvalidated computed path: 'unlinkat' {{.*}} [blastradius-unvalidated-filesystem-delete]
  unlinkat(AT_FDCWD, Name.c_str(), AT_REMOVEDIR);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete of an unvalidated computed path: 'unlinkat' {{.*}} [blastradius-unvalidated-filesystem-delete]
  ::remove(Path);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete of an unvalidated computed path: 'remove' {{.*}} [blastradius-unvalidated-filesystem-delete]
  std::remove(Path);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete of an unvalidated computed path: 'remove' {{.*}} [blastradius-unvalidated-filesystem-delete]
  remove(Name.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete of an unvalidated computed path: 'remove' {{.*}} [blastradius-unvalidated-filesystem-delete]
}

// ----------------------------------------------- nftw with a delete callback

int removeEntry(const char *Path, const struct stat *, int, struct FTW *) {
  return ::remove(Path);
}
int unlinkEntry(const char *Path, const struct stat *, int, struct FTW *);
int unlinkEntry(const char *Path, const struct stat *, int, struct FTW *) {
  return Path ? unlink(Path) : rmdir(Path);
}
int fsRemoveEntry(const char *Path, const struct stat *, int, struct FTW *) {
  return fs::remove(Path) ? 0 : 1;
}

void treeWalks(const char *Dir, const std::string &Root) {
  nftw(Dir, removeEntry, 16, FTW_DEPTH | FTW_PHYS);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of an unvalidated computed path: 'nftw' with a callback that calls 'remove' removes whatever the path holds at run time, including '/' or the home directory if it is empty or wrong; validate it (non-empty, canonical and inside a base directory) first [blastradius-unvalidated-filesystem-delete]
  ::nftw(Root.c_str(), &unlinkEntry, 16, FTW_DEPTH);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}}'nftw' with a callback that calls 'unlink' {{.*}} [blastradius-unvalidated-filesystem-delete]
  nftw(Dir, fsRemoveEntry, 16, FTW_DEPTH);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}}'nftw' with a callback that calls 'std::filesystem::remove' {{.*}} [blastradius-unvalidated-filesystem-delete]
  nftw(Dir, [](const char *P, const struct stat *, int, struct FTW *) {
    return unlinkat(AT_FDCWD, P, AT_REMOVEDIR);
  }, 16, FTW_DEPTH);
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: recursive delete {{.*}}'nftw' with a callback that calls 'unlinkat' {{.*}} [blastradius-unvalidated-filesystem-delete]
  nftw(Dir, +[](const char *P, const struct stat *, int, struct FTW *) {
    return rmdir(P);
  }, 16, FTW_DEPTH);
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: recursive delete {{.*}}'nftw' with a callback that calls 'rmdir' {{.*}} [blastradius-unvalidated-filesystem-delete]
  const auto Callback = [](const char *P, const struct stat *, int,
                           struct FTW *) { return ::remove(P); };
  nftw(Dir, Callback, 16, FTW_DEPTH);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}}'nftw' with a callback that calls 'remove' {{.*}} [blastradius-unvalidated-filesystem-delete]
  int (*const Pointer)(const char *, const struct stat *, int, struct FTW *) =
      removeEntry;
  nftw(Dir, Pointer, 16, FTW_DEPTH);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}}'nftw' with a callback that calls 'remove' {{.*}} [blastradius-unvalidated-filesystem-delete]
}

// ---------------------------------------------------- what is not constant

void nonConstVariable() {
  // Not const: anything may have changed it before the call.
  fs::path Tmp = "/tmp/blastradius-test";
  fs::remove_all(Tmp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  const char *Dir = "/tmp/blastradius-test"; // the pointer is not const
  unlink(Dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void constFromComputed() {
  const std::string Home = std::getenv("HOME");
  fs::remove_all(Home);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  const fs::path Tmp = fs::temp_directory_path();
  fs::remove_all(Tmp / "blastradius");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

struct Workspace {
  fs::path Root;
  void clean() {
    fs::remove_all(Root);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  }
};

template <typename PathT> void inTemplate(const PathT &P) {
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}
void instantiate(const fs::path &P) { inTemplate(P); }

// ------------------------------------- near misses: not a validation of P

void validatesAnotherVariable(const fs::path &P, const fs::path &Q,
                              const fs::path &Base) {
  if (!Q.empty())
    fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  if (Q == "/")
    return;
  fs::remove(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  const fs::path CanonQ = fs::weakly_canonical(Q);
  if (!CanonQ.string().starts_with(Base.string()))
    return;
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void wrongPolarity(const fs::path &P, const fs::path &Base) {
  if (P.empty())
    fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  if (P == "/")
    fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  if (P != Base)
    return;
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void checkInUnrelatedBranch(const fs::path &P, bool Verbose) {
  if (Verbose) {
    if (P.empty())
      return;
  }
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  if (P.empty()) {
  } else if (Verbose) {
  }
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void checkAfterTheCall(const fs::path &P) {
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  if (P.empty() || P == "/")
    return;
}

void checkThatFallsThrough(const fs::path &P, int &Errors) {
  if (P.empty())
    ++Errors;
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  if (P.empty() && Errors)
    return;
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void onlyPartValidated(const std::string &Name, const fs::path &Base) {
  // The guard covers Name, not the getenv result.
  if (!Name.empty())
    fs::remove_all(std::string(std::getenv("HOME")) + "/" + Name);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  if (Name.empty())
    return;
  fs::remove_all(Base / Name);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void reassignedAfterTheCheck(fs::path P, const fs::path &Other,
                             std::string S) {
  if (P.empty())
    return;
  P = Other;
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  if (!P.empty()) {
    P /= Other;
    fs::remove_all(P);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  }
  if (P == "/")
    return;
  P.replace_filename(Other);
  fs::remove(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  if (S.empty())
    return;
  S.assign(Other.string());
  unlink(S.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void readPath(fs::path &Out);

void changedThroughReference(fs::path P) {
  if (P.empty())
    return;
  readPath(P);
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void prefixCheckWithoutCanonical(const fs::path &P, const fs::path &Base) {
  // Without canonical(), "Base/../../etc" passes a prefix test.
  if (!P.string().starts_with(Base.string()))
    return;
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  const fs::path Rel = P.lexically_relative(Base);
  if (Rel.empty() || *Rel.begin() == "..")
    return;
  fs::remove(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void containmentOfTheWrongKind(const fs::path &P, const std::string &Base) {
  const std::string C = fs::weakly_canonical(P).string();
  // Found somewhere, not at the start.
  if (C.find(Base) == std::string::npos)
    return;
  fs::remove_all(C);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  // The prefix test is the wrong way round.
  if (C.rfind(Base, 0) == 0)
    return;
  fs::remove_all(C);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  // Equal to the base: that is the base itself.
  if (C.compare(Base) == 0)
    fs::remove_all(C);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void notAComparisonWithTheRoot(const fs::path &P, const char *Dir) {
  // The file name or extension says nothing about where P is.
  if (P.extension() == ".tmp")
    fs::remove(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  // Compares addresses, not paths.
  if (Dir == "/")
    return;
  rmdir(Dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  if (Dir == nullptr)
    return;
  rmdir(Dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void validationFunctionNotConfigured(const fs::path &P) {
  // Without ValidationFunctions these are ordinary calls.
  if (!app::isSafe(P))
    return;
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  app::requireInside("/srv", P);
  fs::remove(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void lambdaBoundary(const fs::path &P) {
  if (P.empty())
    return;
  auto Later = [](const fs::path &Q) {
    fs::remove_all(Q);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  };
  Later(P);
}

void directoryEntriesOfAComputedDirectory(const fs::path &Dir) {
  for (const auto &Entry : fs::directory_iterator(Dir))
    fs::remove_all(Entry.path());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  for (auto Entry : fs::recursive_directory_iterator(Dir / "sub"))
    fs::remove(Entry.path());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

void checkSkippedByAJump(const fs::path &P, int Mode) {
  switch (Mode) {
  case 1:
    if (P.empty())
      return;
  case 2:
    fs::remove_all(P);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
    break;
  case 3:
    if (P.empty())
      return;
  case 4:
    fs::remove(P.string());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
    fs::remove_all(P);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
    break;
  }
}

void validatesAReference(const fs::path &P) {
  // Another variable, even if it refers to the same object.
  const fs::path &Ref = P;
  if (Ref.empty())
    return;
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

// ================================================================ negatives

constexpr const char *KBuildDir = "/tmp/blastradius-build";
const char KCacheDir[] = "/tmp/blastradius-cache";
const std::string KLogDir = "/tmp/blastradius-logs";
static const fs::path KTmpRoot("/tmp/blastradius");
extern const fs::path KDefinedElsewhere;

struct Config {
  static constexpr const char *Scratch = "/tmp/blastradius-scratch";
};

void constants() {
  fs::remove_all("/tmp/blastradius-literal");
  fs::remove_all(fs::path("/tmp/blastradius-literal"));
  fs::remove_all(fs::path{"/tmp/blastradius-literal"});
  fs::remove_all(std::string("/tmp/blastradius-literal"));
  fs::remove_all(KBuildDir);
  fs::remove_all(KCacheDir);
  fs::remove_all(KLogDir);
  fs::remove_all(KTmpRoot);
  fs::remove_all(KTmpRoot / "sub" / "dir");
  fs::remove_all(KLogDir + "/old");
  fs::remove_all(KLogDir.c_str());
  fs::remove_all(KTmpRoot.parent_path());
  fs::remove_all(Config::Scratch);
  fs::remove_all(KDefinedElsewhere);
  const fs::path Local = "/tmp/blastradius-local";
  fs::remove_all(Local);
  const fs::path Derived = Local / "derived";
  fs::remove_all(Derived);
  using namespace std::string_literals;
  fs::remove_all("/tmp/blastradius-udl"s);
  std::error_code Ec;
  fs::remove_all(KBuildDir, Ec);
  fs::remove(KBuildDir, Ec);
  fs::remove(KTmpRoot / "lock");
  unlink("/tmp/blastradius.sock");
  unlink(KLogDir.c_str());
  rmdir(KCacheDir);
  ::remove("/tmp/blastradius.pid");
  std::remove(KBuildDir);
  unlinkat(AT_FDCWD, "/tmp/blastradius.lock", 0);
  std::experimental::filesystem::remove_all("/tmp/blastradius-ts");
  nftw(KBuildDir, removeEntry, 16, FTW_DEPTH | FTW_PHYS);
}

void eitherConstant(bool Debug, int DirFd) {
  fs::remove_all(Debug ? "/tmp/blastradius-debug" : "/tmp/blastradius-release");
  // unlinkat's path is its second argument; the descriptor is not a path.
  unlinkat(DirFd, "blastradius.lock", 0);
}

// ------------------------------------------------------- emptiness checks

void emptinessChecked(const fs::path &P, const std::string &Name) {
  if (!P.empty())
    fs::remove_all(P);
  if (!P.empty() && P.c_str()) {
    fs::remove_all(P);
  }
  if (P.empty()) {
    return;
  } else {
    fs::remove(P);
  }
  if (!Name.empty())
    fs::remove_all(KTmpRoot / Name);
  if (!Name.empty())
    unlink(Name.c_str());
}

void earlyExit(const fs::path &P, const fs::path &Q, const std::string &Name) {
  if (P.empty())
    return;
  fs::remove_all(P);
  if (Q.empty() || Name.empty()) {
    fatal("nothing to clean");
  }
  fs::remove_all(Q / Name);
  for (int I = 0; I < 3; ++I) {
    if (P.empty())
      continue;
    {
      fs::remove_all(P.string());
    }
  }
}

// --------------------------------------- comparisons with the root or base

void rootOrBaseComparison(const fs::path &P, const fs::path &Base,
                          const std::string &S) {
  if (P == "/")
    return;
  fs::remove_all(P);
  if (P != Base)
    fs::remove_all(P);
  if (P.root_path() == P)
    throw 1;
  fs::remove(P);
  if (P == P.root_directory() || P.empty())
    return;
  fs::remove_all(P);
  if (S.empty() || S == "/")
    return;
  unlink(S.c_str());
  if (Base == P)
    return;
  rmdir(P.c_str());
  if (!(P == "/")) {
    fs::remove_all(P);
  }
  if (P.lexically_normal() == Base) {
  } else {
    fs::remove_all(P);
  }
}

// ------------------------------------------- canonical plus a prefix check

void canonicalAndMismatch(const fs::path &Target, const fs::path &Base) {
  const fs::path B = fs::weakly_canonical(Base);
  const fs::path T = fs::weakly_canonical(Target);
  auto [BEnd, TIt] = std::mismatch(B.begin(), B.end(), T.begin(), T.end());
  if (BEnd != B.end() || TIt == T.end())
    throw 1;
  fs::remove_all(T);
}

void canonicalAndMismatchPair(const fs::path &P, const fs::path &Base) {
  fs::path C = fs::canonical(P);
  auto Result = std::mismatch(Base.begin(), Base.end(), C.begin());
  if (Result.first == Base.end())
    fs::remove_all(C);
  if (std::mismatch(Base.begin(), Base.end(), C.begin()).first != Base.end())
    return;
  fs::remove(C);
  // The path itself is validated through its canonical form.
  fs::remove(P);
}

void canonicalAndRelative(const fs::path &P, const fs::path &Base) {
  fs::path C = fs::weakly_canonical(P);
  fs::path Rel = C.lexically_relative(Base);
  if (!Rel.empty() && *Rel.begin() != "..")
    fs::remove_all(C);
  const fs::path Rel2 = fs::relative(P, Base);
  if (Rel2.empty() || *Rel2.begin() == "..")
    return;
  fs::remove_all(P);
}

void canonicalAndStringPrefix(const fs::path &P, const std::string &Base) {
  const std::string C = fs::weakly_canonical(P).string();
  if (!C.starts_with(Base))
    return;
  unlink(C.c_str());
  if (C.rfind(Base, 0) != 0)
    return;
  fs::remove_all(C);
  if (C.compare(0, Base.size(), Base) == 0)
    fs::remove_all(C);
  if (fs::canonical(P).string().find(Base) == 0)
    fs::remove_all(P);
  if (std::equal(Base.begin(), Base.end(), C.begin()))
    fs::remove_all(C);
  bool Inside = C.starts_with(Base);
  if (!Inside)
    return;
  fs::remove_all(fs::weakly_canonical(P));
}

void ifWithInitialiser(const fs::path &P, const std::string &Base) {
  if (auto C = fs::weakly_canonical(P); C.string().starts_with(Base))
    fs::remove_all(C);
}

struct Cache {
  fs::path Root;
  void clean() {
    if (Root.empty() || Root == "/")
      return;
    fs::remove_all(Root);
  }
};

void nftwValidated(const char *Dir, const std::string &Root) {
  if (Root.empty())
    return;
  nftw(Root.c_str(), removeEntry, 16, FTW_DEPTH | FTW_PHYS);
}

void docsSafeRewrite(const std::string &Project) {
  const char *Home = std::getenv("HOME");
  if (!Home || !*Home || Project.empty())
    return;
  const fs::path Cache = fs::weakly_canonical(fs::path(Home) / ".cache");
  const fs::path Victim = fs::weakly_canonical(Cache / Project);
  const fs::path Rel = Victim.lexically_relative(Cache);
  if (Rel.empty() || *Rel.begin() == ".." || *Rel.begin() == ".")
    return;
  fs::remove_all(Victim);
}

void elseIfAndSwitch(const fs::path &P, bool Verbose, int Mode) {
  if (P.empty()) {
    return;
  } else if (Verbose) {
    fs::remove_all(P);
  }
  if (P == "/") {
  } else if (Verbose) {
    fs::remove_all(P);
  }
  switch (Mode) {
  case 1:
    if (P.empty())
      break;
    fs::remove_all(P);
    break;
  default:
    break;
  }
}

void exitBranchThatAssigns(fs::path P) {
  if (P.empty()) {
    P = "/tmp/unused";
    return;
  }
  fs::remove_all(P);
}

void directoryEntriesOfAValidatedDirectory(const fs::path &Dir) {
  for (const auto &Entry : fs::directory_iterator("/tmp/blastradius-spool"))
    fs::remove(Entry.path());
  if (Dir.empty() || Dir == "/")
    return;
  for (const auto &Entry : fs::directory_iterator(Dir))
    fs::remove_all(Entry.path());
}

// A walk whose callback does not delete, or cannot be seen.
int countEntry(const char *, const struct stat *, int, struct FTW *) {
  return 0;
}
int declaredOnly(const char *, const struct stat *, int, struct FTW *);

void nftwNotDeleting(const char *Dir,
                     int (*Fn)(const char *, const struct stat *, int,
                               struct FTW *)) {
  nftw(Dir, countEntry, 16, 0);
  nftw(Dir, declaredOnly, 16, 0);
  nftw(Dir, Fn, 16, 0);
  // A function pointer that may be reassigned is not followed.
  int (*Mutable)(const char *, const struct stat *, int, struct FTW *) =
      removeEntry;
  nftw(Dir, Mutable, 16, 0);
  nftw(Dir, [](const char *, const struct stat *, int, struct FTW *) {
    return 0;
  }, 16, 0);
}

// Modifications of another variable, or after the call, keep the check.
void unrelatedModification(fs::path P, fs::path Q) {
  if (P.empty())
    return;
  Q = P;
  Q.replace_filename("x");
  readPath(Q);
  fs::remove_all(P);
  P = Q;
}

// Not the delete functions.
namespace app {
void remove_all(const fs::path &P);
void remove_all(const std::string &S);
int unlink(const char *P);
} // namespace app
int remove(int Handle);

void lookalikes(const fs::path &P, const std::string &S, int Handle,
                std::string *Items) {
  app::remove_all(P);
  app::remove_all(S);
  app::unlink(S.c_str());
  remove(Handle);
  std::remove(Items, Items + 3, S);
}

// ----------------------------------------------------------- suppressions

void suppressed(const fs::path &P, const char *Dir) {
  fs::remove_all(P); // NOLINT(blastradius-unvalidated-filesystem-delete)
  unlink(Dir); // NOLINT
  // NOLINTNEXTLINE(blastradius-unvalidated-filesystem-delete)
  fs::remove(P);
  // NOLINTBEGIN(blastradius-unvalidated-filesystem-delete)
  fs::remove_all(P);
  rmdir(Dir);
  // NOLINTEND(blastradius-unvalidated-filesystem-delete)
  fs::remove_all(P); // NOLINT(some-other-check)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}

#endif // default run

#ifdef NOGUARD
// IgnoreEmptyChecked: false -- an emptiness check alone is not a validation.
void emptinessNotEnough(const fs::path &P, const char *Dir) {
  if (!P.empty())
    fs::remove_all(P);
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-1]]:5: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  if (P.empty())
    return;
  fs::remove(P);
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-1]]:3: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  fs::remove_all("/tmp/blastradius-literal");
  // The other validations still count.
  if (P.empty() || P == "/")
    return;
  fs::remove_all(P);
}
#endif

#ifdef EXTRA
// ExtraFunctions: further recursive deleters, by fully qualified name.
namespace app {
void remove_all(const fs::path &P);
} // namespace app
namespace other {
void wipe(const std::string &Dir, bool Force);
} // namespace other

void extraFunctions(const fs::path &P, const std::string &S) {
  app::remove_all(P);
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: recursive delete of an unvalidated computed path: 'app::remove_all' {{.*}} [blastradius-unvalidated-filesystem-delete]
  other::wipe(S, true);
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: recursive delete of an unvalidated computed path: 'other::wipe' {{.*}} [blastradius-unvalidated-filesystem-delete]
  other::wipe("/tmp/blastradius-literal", true);
  if (S.empty())
    return;
  other::wipe(S, true);
  fs::remove_all(P);
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: recursive delete of an unvalidated computed path: 'std::filesystem::remove_all' {{.*}} [blastradius-unvalidated-filesystem-delete]
}
#endif

#ifdef VALIDATE
// ValidationFunctions: the project's own validations.
void gatedByResult(const fs::path &P, const fs::path &Q) {
  if (!app::isSafe(P))
    return;
  fs::remove_all(P);
  if (app::isSafe(Q))
    fs::remove(Q);
  if (app::statusOf(Q) != 0)
    return;
  fs::remove_all(Q);
  if (int Err = app::statusOf(Q))
    return;
  unlink(Q.c_str());
  if (app::isSafe(P) == false)
    return;
  rmdir(P.c_str());
}

void calledBefore(const fs::path &P, const fs::path &Base, app::Guard G) {
  app::requireInside(Base, P);
  fs::remove_all(P);
  G.check(P);
  fs::remove(P);
  const fs::path Victim = app::insideBase(Base, P);
  fs::remove_all(Victim);
  fs::path Other = app::insideBase(Base, Base / "x");
  fs::remove_all(Other);
  fs::remove_all(app::insideBase(Base, P / "y"));
}

void validationNearMisses(fs::path P, const fs::path &Q, const fs::path &R,
                          const fs::path &Base) {
  // Validates another variable.
  if (!app::isSafe(Q))
    return;
  fs::remove_all(P);
  // CHECK-MESSAGES-VALIDATE: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  // A bool result that is thrown away validates nothing.
  app::ignoredResult(P);
  fs::remove_all(P);
  // CHECK-MESSAGES-VALIDATE: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  // Wrong branch of a bool validation.
  if (app::isSafe(P))
    return;
  fs::remove(P);
  // CHECK-MESSAGES-VALIDATE: :[[@LINE-1]]:3: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  if (app::isSafe(P) == true)
    return;
  fs::remove(P);
  // CHECK-MESSAGES-VALIDATE: :[[@LINE-1]]:3: warning: single-entry delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  // After the call.
  fs::remove_all(R / "z");
  // CHECK-MESSAGES-VALIDATE: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  app::requireInside(Base, R / "z");
  // Reassigned in between.
  app::requireInside(Base, P);
  P = Q;
  fs::remove_all(P);
  // CHECK-MESSAGES-VALIDATE: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
  // Not in the option.
  if (!app::looksFine(P))
    return;
  fs::remove_all(P);
  // CHECK-MESSAGES-VALIDATE: :[[@LINE-1]]:3: warning: recursive delete {{.*}} [blastradius-unvalidated-filesystem-delete]
}
#endif

#ifdef LIBCXX
// libc++ spells the namespace std::__1::__fs::filesystem and reaches it
// through the alias std::filesystem.
namespace std {
inline namespace __1 {
namespace __fs {
namespace filesystem {
class path {
public:
  path(const char *Source);
  bool empty() const;
};
unsigned long long remove_all(const path &P);
bool remove(const path &P);
} // namespace filesystem
} // namespace __fs
namespace filesystem = __fs::filesystem;
} // namespace __1
} // namespace std

void libcxxSpelling(const char *P) {
  std::filesystem::remove_all(P);
  // CHECK-MESSAGES-LIBCXX: :[[@LINE-1]]:3: warning: recursive delete of an unvalidated computed path: 'std::__fs::filesystem::remove_all' {{.*}} [blastradius-unvalidated-filesystem-delete]
  std::__fs::filesystem::remove(P);
  // CHECK-MESSAGES-LIBCXX: :[[@LINE-1]]:3: warning: single-entry delete of an unvalidated computed path: 'std::__fs::filesystem::remove' {{.*}} [blastradius-unvalidated-filesystem-delete]
  std::filesystem::remove_all("/tmp/blastradius-libcxx");
}
#endif
