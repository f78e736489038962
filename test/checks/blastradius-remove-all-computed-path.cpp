// REQUIRES: clang-tidy-plugin
// RUN: %check_clang_tidy %s blastradius-remove-all-computed-path %t -- -isystem %S/Inputs/mock-std
// RUN: %check_clang_tidy -check-suffix=NOGUARD %s blastradius-remove-all-computed-path %t \
// RUN:   -config="{CheckOptions: {blastradius-remove-all-computed-path.IgnoreEmptyChecked: false}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -DNOGUARD
// RUN: %check_clang_tidy -check-suffix=EXTRA %s blastradius-remove-all-computed-path %t \
// RUN:   -config="{CheckOptions: {blastradius-remove-all-computed-path.ExtraFunctions: '::app::remove_all; ::other::wipe'}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -DEXTRA
// RUN: %check_clang_tidy -check-suffix=BADBOOL %s blastradius-remove-all-computed-path %t \
// RUN:   -config="{CheckOptions: {blastradius-remove-all-computed-path.IgnoreEmptyChecked: maybe}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -DNOGUARD
// CHECK-MESSAGES-BADBOOL: warning: invalid configuration value 'maybe' for option 'IgnoreEmptyChecked'; expected a bool [clang-tidy-config]

#include <cstdlib>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;

#if !defined(NOGUARD) && !defined(EXTRA)

// ---------------------------------------------------------------- positives

void fromParameter(const fs::path &Dir) {
  fs::remove_all(Dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: 'std::filesystem::remove_all' removes whatever the path holds at run time, including '/' or the home directory if it is empty or wrong; validate it (non-empty, inside a base directory) first [blastradius-remove-all-computed-path]
}

void fromStringParameter(std::string Dir) {
  std::filesystem::remove_all(Dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: 'std::filesystem::remove_all' {{.*}} [blastradius-remove-all-computed-path]
}

void fromGetenv() {
  fs::remove_all(std::getenv("BUILD_DIR"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
  fs::remove_all(getenv("BUILD_DIR"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
}

void concatenation(const std::string &Name) {
  fs::remove_all(std::string(std::getenv("HOME")) + "/.cache/" + Name);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
  fs::remove_all(fs::path("/var/cache") / Name);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
  fs::remove_all("/var/cache/" + Name);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
}

namespace alias {
namespace filesys = std::filesystem;
void throughAlias(const filesys::path &P) {
  filesys::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: 'std::filesystem::remove_all' {{.*}} [blastradius-remove-all-computed-path]
}
} // namespace alias

void throughUsingDeclaration(const fs::path &P) {
  using std::filesystem::remove_all;
  remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: 'std::filesystem::remove_all' {{.*}} [blastradius-remove-all-computed-path]
}

void throughArgumentDependentLookup(const fs::path &P) {
  remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
}

void errorCodeOverload(const fs::path &P) {
  std::error_code Ec;
  fs::remove_all(P, Ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: 'std::filesystem::remove_all' {{.*}} [blastradius-remove-all-computed-path]
}

void nonConstVariable() {
  // Not const: anything may have changed it before the call.
  fs::path Tmp = "/tmp/blastradius-test";
  fs::remove_all(Tmp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
  const char *Dir = "/tmp/blastradius-test"; // the pointer is not const
  fs::remove_all(Dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
}

void constFromComputed() {
  const std::string Home = std::getenv("HOME");
  fs::remove_all(Home);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
  const fs::path Tmp = fs::temp_directory_path();
  fs::remove_all(Tmp / "blastradius");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
}

struct Workspace {
  fs::path Root;
  void clean() {
    fs::remove_all(Root);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
  }
};

void guardOnTheWrongVariable(const fs::path &P, const fs::path &Q) {
  if (!Q.empty())
    fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
  if (P.empty())
    fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
}

void guardDoesNotCoverGetenv(const std::string &Name) {
  // The guard covers Name, not the getenv result.
  if (!Name.empty())
    fs::remove_all(std::string(std::getenv("HOME")) + "/" + Name);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
}

void guardAfterTheCall(const fs::path &P) {
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
  if (P.empty())
    return;
}

void guardThatFallsThrough(const fs::path &P, int &Errors) {
  if (P.empty())
    ++Errors;
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
  if (P.empty() && Errors)
    return;
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
}

void guardInAnotherBlock(const fs::path &P, bool Verbose) {
  if (Verbose) {
    if (P.empty())
      return;
  }
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
}

template <typename PathT> void inTemplate(const PathT &P) {
  fs::remove_all(P);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
}
void instantiate(const fs::path &P) { inTemplate(P); }

// ---------------------------------------------------------------- negatives

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
}

void eitherConstant(bool Debug) {
  fs::remove_all(Debug ? "/tmp/blastradius-debug" : "/tmp/blastradius-release");
}

void guarded(const fs::path &P, const std::string &Name) {
  if (!P.empty())
    fs::remove_all(P);
  if (!P.empty() && P.c_str()) {
    fs::remove_all(P);
  }
  if (P.empty()) {
    return;
  } else {
    fs::remove_all(P);
  }
  if (!Name.empty())
    fs::remove_all(KTmpRoot / Name);
}

[[noreturn]] void fatal(const char *Message);

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

// std::filesystem::remove deletes one file or empty directory: not this check.
void notRemoveAll(const fs::path &P) {
  fs::remove(P);
  std::error_code Ec;
  fs::remove(P, Ec);
}

// A user function that happens to be called remove_all.
namespace app {
void remove_all(const fs::path &P);
void remove_all(const std::string &S);
} // namespace app

void userRemoveAll(const fs::path &P, const std::string &S) {
  app::remove_all(P);
  app::remove_all(S);
}

// ------------------------------------------------------------- suppressions

void suppressed(const fs::path &P) {
  fs::remove_all(P); // NOLINT(blastradius-remove-all-computed-path)
  fs::remove_all(P); // NOLINT
  // NOLINTNEXTLINE(blastradius-remove-all-computed-path)
  fs::remove_all(P);
  // NOLINTBEGIN(blastradius-remove-all-computed-path)
  fs::remove_all(P);
  // NOLINTEND(blastradius-remove-all-computed-path)
  fs::remove_all(P); // NOLINT(some-other-check)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
}

#endif // !NOGUARD && !EXTRA

#ifdef NOGUARD
// IgnoreEmptyChecked: false -- an emptiness test does not silence the check.
void guardedButReported(const fs::path &P) {
  if (!P.empty())
    fs::remove_all(P);
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-1]]:5: warning: recursive delete of a computed path: {{.*}} [blastradius-remove-all-computed-path]
  fs::remove_all("/tmp/blastradius-literal");
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
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: recursive delete of a computed path: 'app::remove_all' {{.*}} [blastradius-remove-all-computed-path]
  other::wipe(S, true);
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: recursive delete of a computed path: 'other::wipe' {{.*}} [blastradius-remove-all-computed-path]
  other::wipe("/tmp/blastradius-literal", true);
  fs::remove_all(P);
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: recursive delete of a computed path: 'std::filesystem::remove_all' {{.*}} [blastradius-remove-all-computed-path]
}
#endif
