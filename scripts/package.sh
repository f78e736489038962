#!/usr/bin/env bash
# Builds the release packages (.deb and .tar.gz) from one build directory. The Dockerfile's build
# stage runs it, and so does test/cli/install-package.test (on the test build, which is up to date,
# so ninja does nothing there).
#   scripts/package.sh BUILD_DIR OUT_DIR [cmake -D options for a fresh configure...]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="$1"
out_dir="$2"
shift 2
if [[ ! -f "$build_dir/build.ninja" ]]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
fi
ninja -C "$build_dir" >/dev/null
mkdir -p "$out_dir"
cpack --config "$build_dir/CPackConfig.cmake" -B "$out_dir" >/dev/null
rm -rf "$out_dir/_CPack_Packages"
ls "$out_dir"/blastradius*.deb "$out_dir"/blastradius*.tar.gz
