// blastradius-clangd: clangd itself (clangdMain from Debian's static libraries) with the
// blastradius clang-tidy module linked in, so that `.clang-tidy` `Checks: blastradius-*` works in
// every clangd client although clangd cannot load plugins (clangd/clangd#1458). Same flags and
// behaviour as clangd-NN; only the list of clang-tidy checks is longer.
#include "ResourceDir.h"

namespace clang::clangd {
int clangdMain(int Argc, char *Argv[]);
} // namespace clang::clangd

int main(int Argc, const char **Argv) {
  std::vector<const char *> Args = blastradius::tools::withResourceDir(Argc, Argv, /*ForClangd=*/true);
  return clang::clangd::clangdMain(static_cast<int>(Args.size() - 1), const_cast<char **>(Args.data()));
}
