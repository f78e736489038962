// REQUIRES: clang-tidy-plugin
// RUN: %check_clang_tidy %s blastradius-embedded-shell %t -- -isystem %S/Inputs/mock-std -isystem %S/Inputs/mock-embedded
// RUN: %check_clang_tidy -check-suffix=OPTIONS %s blastradius-embedded-shell %t \
// RUN:   -config="{CheckOptions: {blastradius-embedded-shell.ShellFunctions: '::app::runShell', blastradius-embedded-shell.DisabledRules: 'bash-terraform-destroy'}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -isystem %S/Inputs/mock-embedded -DOPTIONS
// A rules directory that does not exist is a configuration warning, not a silent green run.
// RUN: %check_clang_tidy -check-suffix=NORULES %s blastradius-embedded-shell %t \
// RUN:   -config="{CheckOptions: {blastradius-embedded-shell.RulesDirectory: '/nonexistent/rules'}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -isystem %S/Inputs/mock-embedded -DNORULES
// CHECK-MESSAGES-NORULES: warning: blastradius rules in '/nonexistent/rules' could not be loaded: /nonexistent/rules: error: not a rules directory [clang-tidy-config]

#include <cstdlib>
#include <process.h>
#include <string>

namespace app {
int runShell(const char *Command);
}

#if !defined(OPTIONS) && !defined(NORULES)

// ---------------------------------------------------------------- positives

void literalCommands() {
  std::system("terraform destroy -auto-approve");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: in the shell command run by 'system': 'terraform destroy -auto-approve' deletes every resource {{.*}} (blastradius rule bash-terraform-destroy) [blastradius-embedded-shell]
  system("echo cleaning; rm -rf /");
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: in the shell command run by 'system': {{.*}} (blastradius rule bash-rm-system-path) [blastradius-embedded-shell]
  popen("git push --force origin main", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: in the shell command run by 'popen': {{.*}} (blastradius rule bash-git-force-push-protected) [blastradius-embedded-shell]
}

void escapesAndAdjacentLiterals() {
  // The column is the one of the offending word in the source, after the
  // escape sequences and across the joined literals.
  system("echo \"\\tstart\"\n"
         "terraform destroy");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: in the shell command run by 'system': {{.*}} (blastradius rule bash-terraform-destroy) [blastradius-embedded-shell]
}

void computedParts(const std::string &Dir) {
  std::system(("rm -rf " + Dir + "/").c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: in the shell command run by 'system': recursive rm of a path that starts with ${Dir}{{.*}} (blastradius rule bash-recursive-rm-unguarded-variable) [blastradius-embedded-shell]
  std::string Cleanup = "rm -rf " + Dir + "/cache";
  system(Cleanup.c_str());
  // CHECK-MESSAGES: :[[@LINE-2]]:37: warning: in the shell command run by 'system': {{.*}}${Dir}{{.*}} (blastradius rule bash-recursive-rm-unguarded-variable) [blastradius-embedded-shell]
}

void execOfAShell(const char *Target) {
  execl("/bin/sh", "sh", "-c", "rm -rf /", nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: in the shell command run by 'execl': {{.*}} (blastradius rule bash-rm-system-path) [blastradius-embedded-shell]
  char *const Argv[] = {(char *)"bash", (char *)"-c", (char *)"terraform destroy", nullptr};
  execv("/bin/bash", Argv);
  // CHECK-MESSAGES: :[[@LINE-2]]:64: warning: in the shell command run by 'execv': {{.*}} (blastradius rule bash-terraform-destroy) [blastradius-embedded-shell]
}

// ---------------------------------------------------------------- negatives

void harmless(const std::string &Dir, const char *Command) {
  system("ls -la /var/log");
  system("rm -rf /tmp/blastradius-build");   // a constant scratch path
  system(Command);                           // no literal text to judge
  system(Dir.c_str());
  system(("rm -rf \"${TARGET:?}/\"" + Dir).c_str()); // guarded by the shell
  const char *Documentation = "terraform destroy -auto-approve"; // never run
  (void)Documentation;
  // A program run directly, not through a shell: no shell parses it.
  execl("/usr/bin/terraform", "terraform", "destroy", nullptr);
  // A shell running a script file, not a -c command.
  execl("/bin/sh", "sh", "deploy.sh", nullptr);
  execlp("sh", "sh", "-c", "echo ok", nullptr);
}

void suppressed() {
  system("terraform destroy -auto-approve"); // NOLINT(blastradius-embedded-shell)
  // NOLINTNEXTLINE(blastradius-embedded-shell)
  system("terraform destroy -auto-approve");
  // NOLINTBEGIN(blastradius-embedded-shell)
  system("terraform destroy -auto-approve");
  system("rm -rf /");
  // NOLINTEND(blastradius-embedded-shell)
}

#endif

#ifdef OPTIONS
void options() {
  app::runShell("rm -rf /");
  // CHECK-MESSAGES-OPTIONS: :[[@LINE-1]]:25: warning: in the shell command run by 'runShell': {{.*}} (blastradius rule bash-rm-system-path) [blastradius-embedded-shell]
  system("terraform destroy -auto-approve"); // disabled rule: nothing
  system("rm -rf /");
  // CHECK-MESSAGES-OPTIONS: :[[@LINE-1]]:18: warning: in the shell command run by 'system': {{.*}} (blastradius rule bash-rm-system-path) [blastradius-embedded-shell]
}
#endif

#ifdef NORULES
void noRules() { system("rm -rf /"); }
#endif
