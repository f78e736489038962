#!/usr/bin/env bash
# Configures (once) and builds one build directory. Usage: scripts/build.sh [BUILD_DIR] [cmake -D options...]
# Re-running with nothing changed and no options is a no-op ninja run.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build}"
shift || true
# Options given on the command line are applied to an existing build directory too (a tree first
# configured by scripts/demo.sh gets the test command's options), which costs a few seconds of cmake.
if [[ ! -f "$build_dir/build.ninja" || $# -gt 0 ]]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
fi
ninja -C "$build_dir"
