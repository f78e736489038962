// The .clang-tidy route: no --checks on the command line, the checks and
// their options come from the configuration file beside the source.
// REQUIRES: clang-tidy-plugin
// RUN: rm -rf %t && mkdir -p %t/project
// RUN: echo "{Checks: '-*,blastradius-*', CheckOptions: {blastradius-unvalidated-filesystem-delete.IgnoreEmptyChecked: false}}" > %t/project/.clang-tidy
// RUN: cp %s %t/project/input.cpp
// RUN: cd %t/project && %clang_tidy --load=%clang_tidy_plugin input.cpp -- -std=c++17 -isystem %S/Inputs/mock-std \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
//
// The configuration file is what enabled the check (and set its option): the
// same run without it reports nothing from blastradius.
// RUN: rm %t/project/.clang-tidy
// RUN: echo "{Checks: '-*,misc-definitions-in-headers'}" > %t/.clang-tidy
// RUN: cd %t/project && %clang_tidy --load=%clang_tidy_plugin input.cpp -- -std=c++17 -isystem %S/Inputs/mock-std \
// RUN:   | FileCheck %s --check-prefix=NONE --allow-empty
// NONE-NOT: blastradius

#include <filesystem>

void clean(const std::filesystem::path &Dir) {
  std::filesystem::remove_all(Dir);
  // CHECK: input.cpp:[[@LINE-1]]:3: warning: recursive delete of an unvalidated computed path: 'std::filesystem::remove_all' {{.*}} [blastradius-unvalidated-filesystem-delete]
  if (!Dir.empty())
    std::filesystem::remove_all(Dir);
  // CHECK: input.cpp:[[@LINE-1]]:5: warning: recursive delete of an unvalidated computed path: {{.*}} [blastradius-unvalidated-filesystem-delete]
  std::filesystem::remove_all("/tmp/blastradius-literal");
}
