#!/usr/bin/env bash
# Configures (once) and builds one build directory. Usage: scripts/build.sh [BUILD_DIR] [cmake -D options...]
# Re-running with nothing changed is a no-op ninja run.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build}"
shift || true
if [[ ! -f "$build_dir/build.ninja" ]]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
fi
ninja -C "$build_dir"
