// clang finds its builtin headers (stddef.h, stdarg.h ...) in a resource directory computed from
// the running executable: for a binary installed outside /usr/lib/llvm-NN that guess is wrong. The
// drivers pass the resource directory of the LLVM they were built against, unless the user gave one.
#ifndef BLASTRADIUS_CHECKS_TOOLS_RESOURCEDIR_H
#define BLASTRADIUS_CHECKS_TOOLS_RESOURCEDIR_H

#include <cstring>
#include <vector>

#ifndef BLASTRADIUS_CLANG_RESOURCE_DIR
#define BLASTRADIUS_CLANG_RESOURCE_DIR ""
#endif

namespace blastradius::tools {

/// Argv with the resource directory added when the user did not set one (clangd: its
/// `--resource-dir` flag; clang-tidy: an `--extra-arg-before` for every compile command, placed
/// first so that it stays before any `--`). The returned vector ends with a null pointer, as argv
/// does: pass size() - 1 as argc.
inline std::vector<const char *> withResourceDir(int Argc, const char **Argv, bool ForClangd) {
  std::vector<const char *> Args(Argv, Argv + Argc);
  bool Given = false;
  for (int I = 1; I < Argc; ++I)
    if (std::strstr(Argv[I], "resource-dir"))
      Given = true;
  static const char *ClangdFlag = "--resource-dir=" BLASTRADIUS_CLANG_RESOURCE_DIR;
  static const char *TidyFlag = "--extra-arg-before=-resource-dir=" BLASTRADIUS_CLANG_RESOURCE_DIR;
  if (!Given && std::strlen(BLASTRADIUS_CLANG_RESOURCE_DIR) > 0 && Argc > 0)
    Args.insert(Args.begin() + 1, ForClangd ? ClangdFlag : TidyFlag);
  Args.push_back(nullptr);
  return Args;
}

} // namespace blastradius::tools

#endif
