// REQUIRES: clang-tidy-plugin
// RUN: %check_clang_tidy %s blastradius-ignored-error-code %t -- -isystem %S/Inputs/mock-std
// RUN: %check_clang_tidy -check-suffix=EXTRA %s blastradius-ignored-error-code %t \
// RUN:   -config="{CheckOptions: {blastradius-ignored-error-code.DestructiveFunctions: '::app::purge; store::Bucket::drop'}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -DEXTRA

#include <filesystem>
#include <iostream>
#include <string>
#include <system_error>

namespace fs = std::filesystem;

void use(const std::error_code &Ec);
void useByValue(std::error_code Ec);
void fill(std::error_code &Ec);

#ifndef EXTRA

// ---------------------------------------------------------------- positives

void neverRead(const fs::path &P, const fs::path &Q) {
  std::error_code Ec;
  fs::remove_all(P, Ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: the std::error_code 'Ec' of 'std::filesystem::remove_all' is never read: if the call fails, nothing notices and the code carries on as if it had worked; test 'Ec' after the call, or use the overload that throws [blastradius-ignored-error-code]
  std::error_code Ec2;
  fs::remove(P, Ec2);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: the std::error_code 'Ec2' of 'std::filesystem::remove' is never read: {{.*}} [blastradius-ignored-error-code]
  std::error_code Ec3;
  fs::rename(P, Q, Ec3);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: the std::error_code 'Ec3' of 'std::filesystem::rename' is never read: {{.*}} [blastradius-ignored-error-code]
  std::error_code Ec4;
  fs::resize_file(P, 0, Ec4);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: the std::error_code 'Ec4' of 'std::filesystem::resize_file' is never read: {{.*}} [blastradius-ignored-error-code]
  std::error_code Ec5;
  fs::permissions(P, fs::perms::owner_all, Ec5);
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: the std::error_code 'Ec5' of 'std::filesystem::permissions' is never read: {{.*}} [blastradius-ignored-error-code]
  std::error_code Ec6;
  fs::copy_file(P, Q, fs::copy_options::overwrite_existing, Ec6);
  // CHECK-MESSAGES: :[[@LINE-1]]:61: warning: the std::error_code 'Ec6' of 'std::filesystem::copy_file' is never read: {{.*}} [blastradius-ignored-error-code]
  std::error_code Ec7;
  fs::copy(P, Q,
           fs::copy_options::recursive | fs::copy_options::update_existing,
           Ec7);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: the std::error_code 'Ec7' of 'std::filesystem::copy' is never read: {{.*}} [blastradius-ignored-error-code]
}

void onlyOverwrittenAfterwards(const fs::path &P) {
  std::error_code Ec;
  fs::remove_all(P, Ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: the std::error_code 'Ec' {{.*}} [blastradius-ignored-error-code]
  Ec.clear();
  Ec = std::error_code();
  fill(Ec);
  fs::create_directories(P, Ec);
}

void readBeforeTheCallOnly(const fs::path &P) {
  std::error_code Ec;
  fs::create_directories(P, Ec);
  if (Ec)
    return;
  std::filesystem::remove(P, Ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: the std::error_code 'Ec' of 'std::filesystem::remove' {{.*}} [blastradius-ignored-error-code]
}

void resultDiscardedExplicitly(const fs::path &P) {
  std::error_code Ec;
  (void)fs::remove(P, Ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the std::error_code 'Ec' {{.*}} [blastradius-ignored-error-code]
}

void inLambdaAndLoop(const std::string &Dir) {
  auto Clean = [](const fs::path &P) {
    std::error_code Ec;
    fs::remove_all(P, Ec);
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the std::error_code 'Ec' {{.*}} [blastradius-ignored-error-code]
  };
  Clean(Dir);
  std::error_code Ec;
  for (int I = 0; I < 3; ++I)
    fs::remove(Dir, Ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: the std::error_code 'Ec' {{.*}} [blastradius-ignored-error-code]
}

template <typename PathT> void inTemplate(const PathT &P) {
  std::error_code Ec;
  fs::remove_all(P, Ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: the std::error_code 'Ec' {{.*}} [blastradius-ignored-error-code]
}
void instantiate(const fs::path &P, const std::string &S) {
  inTemplate(P);
  inTemplate(S);
}

// ---------------------------------------------------------------- negatives

bool readAfterwards(const fs::path &P, const fs::path &Q) {
  std::error_code Ec;
  fs::remove_all(P, Ec);
  if (Ec)
    return false;
  std::error_code Ec2;
  fs::rename(P, Q, Ec2);
  if (!Ec2)
    return true;
  std::error_code Ec3;
  fs::resize_file(P, 0, Ec3);
  std::cerr << Ec3.message();
  std::error_code Ec4;
  fs::permissions(P, fs::perms::all, Ec4);
  use(Ec4);
  std::error_code Ec5;
  fs::permissions(P, fs::perms::all, Ec5);
  useByValue(Ec5);
  std::error_code Ec6;
  fs::permissions(P, fs::perms::all, Ec6);
  if (Ec6.value() != 0)
    return false;
  return true;
}

std::error_code returned(const fs::path &P) {
  std::error_code Ec;
  fs::remove_all(P, Ec);
  return Ec;
}

void readLaterAfterAnotherCall(const fs::path &P, const fs::path &Q) {
  std::error_code Ec;
  fs::remove(P, Ec);
  fs::remove(Q, Ec);
  if (Ec)
    use(Ec);
}

void readInTheNextIteration(const fs::path &P) {
  std::error_code Ec;
  for (int I = 0; I < 3; ++I) {
    if (Ec)
      break;
    fs::remove_all(P, Ec);
  }
}

void readThroughAnAlias(const fs::path &P) {
  std::error_code Ec;
  std::error_code &Alias = Ec;
  const std::error_code *Ptr = &Ec;
  fs::remove(P, Ec);
  use(Alias);
  use(*Ptr);
}

void readInALambda(const fs::path &P) {
  std::error_code Ec;
  auto Report = [&] { use(Ec); };
  fs::remove(P, Ec);
  Report();
}

void markedAsIgnored(const fs::path &P) {
  std::error_code Ec;
  fs::remove(P, Ec);
  (void)Ec;
  std::error_code Ignored;
  fs::remove_all(P, Ignored);
  std::error_code UnusedEc;
  fs::remove_all(P, UnusedEc);
}

// Cleanup on an error path that was already detected and handled.
void cleanupAfterDetectedFailure(const fs::path &Tmp, const fs::path &Target) {
  std::error_code Ec;
  fs::rename(Tmp, Target, Ec);
  if (Ec)
    fs::remove(Tmp, Ec);
  std::error_code RenameEc, CleanupEc;
  fs::rename(Tmp, Target, RenameEc);
  if (RenameEc.value() != 0) {
    fs::remove(Tmp, CleanupEc);
    return;
  }
}

// A by-value parameter is a local copy: same rules.
void byValueParameter(const fs::path &P, std::error_code Ec) {
  fs::remove_all(P, Ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: the std::error_code 'Ec' {{.*}} [blastradius-ignored-error-code]
}

// The success path of an error code test is not an error path.
void successPath(const fs::path &P, const fs::path &Q) {
  std::error_code Ec, Ec2;
  fs::create_directories(P, Ec);
  if (!Ec)
    fs::remove_all(Q, Ec2);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the std::error_code 'Ec2' {{.*}} [blastradius-ignored-error-code]
}

// The result tells whether the operation worked.
bool resultUsed(const fs::path &P, const fs::path &Q) {
  std::error_code Ec;
  if (!fs::remove(P, Ec))
    return false;
  bool Copied = fs::copy_file(P, Q, fs::copy_options::overwrite_existing, Ec);
  auto Count = fs::remove_all(Q, Ec);
  return Copied && Count > 0;
}

// Not the caller's local: a parameter, a member or a static.
struct Cleaner {
  std::error_code LastError;
  void clean(const fs::path &P, std::error_code &Out) {
    fs::remove_all(P, Out);
    fs::remove_all(P, LastError);
    static std::error_code Shared;
    fs::remove_all(P, Shared);
  }
};

// Not destructive: creating, checking, copying without overwriting.
void notDestructive(const fs::path &P, const fs::path &Q,
                    fs::copy_options Options) {
  std::error_code Ec;
  fs::create_directories(P, Ec);
  fs::exists(P, Ec);
  fs::copy_file(P, Q, Ec);
  fs::copy(P, Q, fs::copy_options::recursive, Ec);
  fs::copy_file(P, Q, fs::copy_options::skip_existing, Ec);
  fs::copy_file(P, Q, Options, Ec); // unknown options: precision first
}

// The throwing overloads report by exception.
void throwingOverloads(const fs::path &P, const fs::path &Q) {
  fs::remove_all(P);
  fs::remove(P);
  fs::rename(P, Q);
}

// A user function with the same name.
namespace app {
void remove(const fs::path &P, std::error_code &Ec);
} // namespace app
void userRemove(const fs::path &P) {
  std::error_code Ec;
  app::remove(P, Ec);
}

// ------------------------------------------------------------- suppressions

void suppressed(const fs::path &P) {
  std::error_code Ec1, Ec2, Ec3, Ec4;
  fs::remove_all(P, Ec1); // NOLINT(blastradius-ignored-error-code)
  // NOLINTNEXTLINE(blastradius-ignored-error-code)
  fs::remove_all(P, Ec2);
  // NOLINTBEGIN(blastradius-ignored-error-code)
  fs::remove_all(P, Ec3);
  // NOLINTEND(blastradius-ignored-error-code)
  fs::remove_all(P, Ec4); // NOLINT(some-other-check)
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: the std::error_code 'Ec4' {{.*}} [blastradius-ignored-error-code]
}

#endif // !EXTRA

#ifdef EXTRA
// DestructiveFunctions: further functions, by qualified name.
namespace app {
void purge(const std::string &Table, std::error_code &Ec);
} // namespace app
namespace other {
void purge(const std::string &Table, std::error_code &Ec);
} // namespace other
namespace store {
struct Bucket {
  bool drop(std::error_code &Ec);
};
} // namespace store

void extraFunctions(store::Bucket &B, const fs::path &P) {
  std::error_code Ec1, Ec2, Ec3, Ec4;
  app::purge("users", Ec1);
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:23: warning: the std::error_code 'Ec1' of 'app::purge' is never read: {{.*}} [blastradius-ignored-error-code]
  other::purge("users", Ec2); // ::app::purge is fully qualified
  B.drop(Ec3);
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:10: warning: the std::error_code 'Ec3' of 'store::Bucket::drop' is never read: {{.*}} [blastradius-ignored-error-code]
  fs::remove_all(P, Ec4);
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:21: warning: the std::error_code 'Ec4' of 'std::filesystem::remove_all' is never read: {{.*}} [blastradius-ignored-error-code]
}
#endif
