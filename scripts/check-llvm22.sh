#!/usr/bin/env bash
# Shows that the clang-tidy checks build against LLVM 22 (the version is one CMake variable) and that
# clang-tidy-22 loads that plugin and reports the same warnings: only the plugin is built, and only the
# checks tests run.
set -euo pipefail
cd "$(dirname "$0")/.."
BLASTRADIUS_LLVM_VERSION=22 scripts/bootstrap.sh
dir=build-llvm22
if [[ ! -f "$dir/build.ninja" ]]; then
  cmake -S . -B "$dir" -G Ninja -DBLASTRADIUS_LLVM_VERSION=22 >/dev/null
fi
ninja -C "$dir" BlastradiusTidyPlugin
lit-22 -sv "$dir/test" --filter 'checks/'
