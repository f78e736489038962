// blastradius-clang-tidy: clang-tidy itself (every upstream check) with the blastradius module
// linked in, for editors and CI that run clang-tidy and for users whose clang-tidy is not the
// plugin's LLVM version. The module's objects are part of this executable, so the one
// ClangTidyModuleRegistry (from the static libclangTidy.a) lists `blastradius-*`; nothing is loaded.
#include "ResourceDir.h"

#include <clang-tidy/tool/ClangTidyMain.h>

int main(int Argc, const char **Argv) {
  std::vector<const char *> Args = blastradius::tools::withResourceDir(Argc, Argv, /*ForClangd=*/false);
  return clang::tidy::clangTidyMain(static_cast<int>(Args.size() - 1), Args.data());
}
