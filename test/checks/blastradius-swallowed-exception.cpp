// REQUIRES: clang-tidy-plugin
// RUN: %check_clang_tidy %s blastradius-swallowed-exception %t -- -isystem %S/Inputs/mock-std
// RUN: %check_clang_tidy -check-suffix=REPORTING %s blastradius-swallowed-exception %t \
// RUN:   -config="{CheckOptions: {blastradius-swallowed-exception.ReportingFunctions: 'app::Audit::record; ::telemetry::send; TRACE_FAILURE'}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -DREPORTING
// RUN: %check_clang_tidy -check-suffix=ALLOWED %s blastradius-swallowed-exception %t \
// RUN:   -config="{CheckOptions: {blastradius-swallowed-exception.AllowedExceptionTypes: 'std::out_of_range; ::app::Interrupted'}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -DALLOWED

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <string>
#include <system_error>

namespace fs = std::filesystem;

void mayThrow();
bool mayThrowBool();

#if !defined(REPORTING) && !defined(ALLOWED)

// ---------------------------------------------------------------- positives

void emptyCatchAll() {
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: empty catch block swallows every exception: the failure is lost and the code carries on as if the operation had worked; rethrow, report it, or handle it [blastradius-swallowed-exception]
  }
}

void emptyTyped() {
  try {
    mayThrow();
  } catch (const std::exception &) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: empty catch block swallows 'const std::exception &': the failure is lost {{.*}} [blastradius-swallowed-exception]
  }
  try {
    mayThrow();
  } catch (std::runtime_error &E) {}
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: empty catch block swallows 'std::runtime_error &': {{.*}} [blastradius-swallowed-exception]
  try {
    mayThrow();
  } catch (int) { ; }
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: empty catch block swallows 'int': {{.*}} [blastradius-swallowed-exception]
}

// The near-miss: a comment that explains is still a swallowed
// failure, unless it is a suppression with a reason.
void explainedButNotSuppressed() {
  try {
    fs::remove_all("/tmp/blastradius-scratch");
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: empty catch block swallows every exception: {{.*}} [blastradius-swallowed-exception]
    // best effort: the directory may not exist
  }
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: empty catch block swallows every exception: {{.*}} [blastradius-swallowed-exception]
    // blastradius-ignore[blastradius-swallowed-exception]
  }
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: empty catch block swallows every exception: {{.*}} [blastradius-swallowed-exception]
    // blastradius-ignore[blastradius-swallowed-exception]:
  }
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: empty catch block swallows every exception: {{.*}} [blastradius-swallowed-exception]
    // blastradius-ignore[blastradius-remove-all-computed-path]: wrong check
  }
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'catch (...)' swallows every exception: {{.*}} [blastradius-swallowed-exception]
    const char *NotAComment = "blastradius-ignore[blastradius-swallowed-exception]: in a string";
  }
}

void catchAllThatCarriesOn(int &Count) {
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'catch (...)' swallows every exception: it neither rethrows, returns an error nor reports the failure; rethrow, log it, or return an error [blastradius-swallowed-exception]
    Count = 0;
  }
  for (int I = 0; I < 3; ++I) {
    try {
      mayThrow();
    } catch (...) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'catch (...)' swallows every exception: {{.*}} [blastradius-swallowed-exception]
      continue;
    }
  }
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'catch (...)' swallows every exception: {{.*}} [blastradius-swallowed-exception]
    std::cout << "retrying\n"; // stdout is not a report by default
    return;
  }
}

bool reportsSuccess() {
  try {
    return mayThrowBool();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'catch (...)' turns every exception into success: returning 'true' tells the caller the operation worked; return an error or rethrow [blastradius-swallowed-exception]
    return true;
  }
}

int exitCodeOfSuccess() {
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'catch (...)' turns every exception into success: returning '0' {{.*}} [blastradius-swallowed-exception]
    return 0;
  }
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'catch (...)' turns every exception into success: returning 'EXIT_SUCCESS' {{.*}} [blastradius-swallowed-exception]
    return EXIT_SUCCESS;
  }
  return 1;
}

std::error_code successCode() {
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'catch (...)' turns every exception into success: returning '{}' {{.*}} [blastradius-swallowed-exception]
    return {};
  }
  return std::error_code();
}

enum class Status { Ok, Failed };
Status enumSuccess() {
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'catch (...)' turns every exception into success: returning 'Status::Ok' {{.*}} [blastradius-swallowed-exception]
    return Status::Ok;
  }
  return Status::Ok;
}

void inLambda() {
  auto Task = [] {
    try {
      mayThrow();
    } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: empty catch block swallows every exception: {{.*}} [blastradius-swallowed-exception]
    }
  };
  Task();
}

// Reported once, however many instantiations.
template <typename T> void inTemplate(T Value) {
  try {
    Value.run();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: empty catch block swallows every exception: {{.*}} [blastradius-swallowed-exception]
  }
}
struct Runner {
  void run();
};
void instantiate() {
  inTemplate(Runner());
  inTemplate(Runner());
}

struct Closer {
  ~Closer() {
    // A plain try inside a destructor is not rethrown: still swallowed.
    try {
      mayThrow();
    } catch (...) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: empty catch block swallows every exception: {{.*}} [blastradius-swallowed-exception]
    }
  }
};

// ---------------------------------------------------------------- negatives

struct ErrorSink {
  void error(const std::string &Message);
  void warn(const char *Message);
  void info(const char *Message);
};
namespace spdlog {
template <typename... Args> void error(const char *Format, Args... As);
} // namespace spdlog
void log(const char *Message);
void setLastError(const std::string &Message);
void markFailed();
[[noreturn]] void fatal(const char *Message);

#define LOG(Level) std::cout
#define MY_CHECK(Cond) ((Cond) ? (void)0 : fatal(#Cond))

int rethrowsOrReturnsAnError(ErrorSink &Sink) {
  try {
    mayThrow();
  } catch (...) {
    Sink.info("cleaning up");
    throw;
  }
  try {
    mayThrow();
  } catch (...) {
    throw std::runtime_error("wrapped");
  }
  try {
    mayThrow();
  } catch (...) {
    return -1;
  }
  try {
    mayThrow();
  } catch (...) {
    if (mayThrowBool())
      return 0;
    return 1;
  }
  return 0;
}

bool returnsFalse() {
  try {
    return mayThrowBool();
  } catch (...) {
    return false;
  }
}

int *returnsNull() {
  try {
    mayThrow();
  } catch (...) {
    return 0;
  }
  return nullptr;
}

Status returnsFailureEnum() {
  try {
    mayThrow();
  } catch (...) {
    return Status::Failed;
  }
  return Status::Ok;
}

std::string returnsComputed(const std::string &Fallback) {
  try {
    mayThrow();
  } catch (...) {
    return Fallback + " (failed)";
  }
  return Fallback;
}

void endsTheProgram() {
  try {
    mayThrow();
  } catch (...) {
    std::abort();
  }
  try {
    mayThrow();
  } catch (...) {
    exit(2);
  }
  try {
    mayThrow();
  } catch (...) {
    std::terminate();
  }
  try {
    mayThrow();
  } catch (...) {
    fatal("unexpected exception");
  }
  try {
    mayThrow();
  } catch (...) {
    MY_CHECK(false);
  }
}

void reports(ErrorSink &Sink, ErrorSink *Ptr) {
  try {
    mayThrow();
  } catch (...) {
    std::cerr << "cleanup failed\n";
  }
  try {
    mayThrow();
  } catch (...) {
    std::clog << "cleanup failed\n";
  }
  try {
    mayThrow();
  } catch (...) {
    fprintf(stderr, "cleanup failed\n");
  }
  try {
    mayThrow();
  } catch (...) {
    std::perror("cleanup");
  }
  try {
    mayThrow();
  } catch (...) {
    puts("cleanup failed");
  }
  try {
    mayThrow();
  } catch (...) {
    Sink.error("cleanup failed");
  }
  try {
    mayThrow();
  } catch (...) {
    Ptr->warn("cleanup failed");
  }
  try {
    mayThrow();
  } catch (...) {
    spdlog::error("cleanup failed: {}", 42);
  }
  try {
    mayThrow();
  } catch (...) {
    log("cleanup failed");
  }
  try {
    mayThrow();
  } catch (...) {
    LOG(ERROR) << "cleanup failed";
  }
  try {
    mayThrow();
  } catch (...) {
    if (Ptr) {
      setLastError("cleanup failed");
    }
  }
  try {
    mayThrow();
  } catch (...) {
    markFailed();
  }
}

void recordsTheFailure(bool &Ok, int &ErrorCount, std::string &LastError,
                       std::exception_ptr &Pending) {
  try {
    mayThrow();
  } catch (...) {
    Ok = false;
  }
  try {
    mayThrow();
  } catch (...) {
    ++ErrorCount;
  }
  try {
    mayThrow();
  } catch (...) {
    LastError = "cleanup failed";
  }
  try {
    mayThrow();
  } catch (...) {
    Pending = std::current_exception();
  }
  try {
    mayThrow();
  } catch (...) {
    std::rethrow_exception(std::current_exception());
  }
}

template <typename Callback> void callsBack(Callback OnError) {
  try {
    mayThrow();
  } catch (...) {
    OnError();
  }
}
void callsThroughPointer(void (*OnError)()) {
  try {
    mayThrow();
  } catch (...) {
    OnError();
  }
}
template <typename T> void dependentCall(T &Sink) {
  try {
    mayThrow();
  } catch (...) {
    Sink.handle();
  }
}

// A typed handler with code in it chose what to do with that type.
int typedWithCode(const std::string &Text) {
  try {
    mayThrow();
  } catch (const std::out_of_range &) {
    return 0;
  } catch (const std::exception &E) {
    (void)E;
  }
  return 1;
}

// Constructor and destructor function-try-blocks rethrow at the end of the
// handler: nothing is swallowed.
struct Resource {
  Resource() try : Handle(open()) {
  } catch (...) {
  }
  ~Resource() try {
    mayThrow();
  } catch (...) {
  }
  static int open();
  int Handle;
};

// A handler written by a macro is the macro's business.
#define IGNORE_ERRORS(Stmt)                                                    \
  try {                                                                        \
    Stmt;                                                                      \
  } catch (...) {                                                              \
  }
void fromMacro() { IGNORE_ERRORS(mayThrow()); }

// ------------------------------------------------------------- suppressions

void suppressedWithReason() {
  try {
    fs::remove_all("/tmp/blastradius-scratch");
  } catch (...) {
    // blastradius-ignore[blastradius-swallowed-exception]: best effort, the next run retries
  }
  try {
    mayThrow();
  } catch (const std::exception &) { /* blastradius-ignore[blastradius-swallowed-exception]: probe only */ }
  try {
    mayThrow();
  } catch (...) {
    // blastradius-ignore[other-rule, blastradius-swallowed-exception] : several rules, one reason
    std::cout << "ignored\n";
  }
}

void nolint() {
  try {
    mayThrow();
  } catch (...) { // NOLINT(blastradius-swallowed-exception)
  }
  try {
    mayThrow();
  // NOLINTNEXTLINE(blastradius-swallowed-exception)
  } catch (...) {
  }
  // NOLINTBEGIN(blastradius-swallowed-exception)
  try {
    mayThrow();
  } catch (...) {
  }
  // NOLINTEND(blastradius-swallowed-exception)
  try {
    mayThrow();
  } catch (...) { // NOLINT(some-other-check)
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: empty catch block swallows every exception: {{.*}} [blastradius-swallowed-exception]
  }
}

#endif // !REPORTING && !ALLOWED

#ifdef REPORTING
// ReportingFunctions replaces the default list.
namespace app {
struct Audit {
  static void record(const char *What);
};
} // namespace app
namespace telemetry {
void send(const char *What);
} // namespace telemetry
namespace other {
void send(const char *What);
} // namespace other
#define TRACE_FAILURE(What) telemetry::send(What)

void customReporting() {
  try {
    mayThrow();
  } catch (...) {
    app::Audit::record("cleanup failed");
  }
  try {
    mayThrow();
  } catch (...) {
    telemetry::send("cleanup failed");
  }
  try {
    mayThrow();
  } catch (...) {
    TRACE_FAILURE("cleanup failed");
  }
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES-REPORTING: :[[@LINE-1]]:5: warning: 'catch (...)' swallows every exception: {{.*}} [blastradius-swallowed-exception]
    other::send("cleanup failed"); // ::telemetry::send is fully qualified
  }
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES-REPORTING: :[[@LINE-1]]:5: warning: 'catch (...)' swallows every exception: {{.*}} [blastradius-swallowed-exception]
    std::cerr << "no longer in the list\n";
  }
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES-REPORTING: :[[@LINE-1]]:5: warning: empty catch block swallows every exception: {{.*}} [blastradius-swallowed-exception]
  }
}
#endif

#ifdef ALLOWED
// AllowedExceptionTypes: these typed handlers may be empty.
namespace app {
struct Interrupted {};
} // namespace app
struct Interrupted {};

void allowedTypes() {
  try {
    mayThrow();
  } catch (const std::out_of_range &) {
  }
  try {
    mayThrow();
  } catch (app::Interrupted) {
  }
  try {
    mayThrow();
  } catch (Interrupted) {
    // CHECK-MESSAGES-ALLOWED: :[[@LINE-1]]:5: warning: empty catch block swallows 'Interrupted': {{.*}} [blastradius-swallowed-exception]
  }
  try {
    mayThrow();
  } catch (const std::exception &) {
    // CHECK-MESSAGES-ALLOWED: :[[@LINE-1]]:5: warning: empty catch block swallows 'const std::exception &': {{.*}} [blastradius-swallowed-exception]
  }
  try {
    mayThrow();
  } catch (...) {
    // CHECK-MESSAGES-ALLOWED: :[[@LINE-1]]:5: warning: empty catch block swallows every exception: {{.*}} [blastradius-swallowed-exception]
  }
}
#endif
