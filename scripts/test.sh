#!/usr/bin/env bash
# README command 2: install what is missing, build (plain with the editor binaries, with ASan+UBSan, and
# the libFuzzer targets), run every test in the first two and the fuzz smoke runs in the third. Ends with
# the plain "N passed, M failed" line that CI reads.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --with-test-tools
# blastradius-clang-tidy and blastradius-clangd (about 20 s of compile and link) in the plain build only.
scripts/build.sh build -DBLASTRADIUS_BUILD_EDITOR_BINARIES=ON
scripts/build.sh build-sanitize -DBLASTRADIUS_SANITIZE=ON
# The libFuzzer targets (fuzz/, docs/fuzzing.md): clang, the engine and the targets only (no clang-tidy
# plugin, no driver, no bench), -O1 with line tables only (enough for symbolized crash reports, much
# cheaper to compile than -O2 -g), linked with lld (installed with --with-test-tools). test/fuzz/fuzz-smoke.test runs each target for a fixed number of runs.
llvm="${BLASTRADIUS_LLVM_VERSION:-19}"
fuzz_flags="-O1 -gline-tables-only -DNDEBUG"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER="clang-$llvm" \
      -DCMAKE_CXX_COMPILER="clang++-$llvm" -DCMAKE_C_FLAGS_RELWITHDEBINFO="$fuzz_flags" \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$fuzz_flags" -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DBLASTRADIUS_FUZZ=ON -DBLASTRADIUS_BUILD_CHECKS=OFF >/dev/null
ninja -C build-fuzz fuzz-targets

LIT="python3 /usr/lib/llvm-${BLASTRADIUS_LLVM_VERSION:-19}/build/utils/lit/lit.py"
passed=0
failed=0
# Every suite in the plain and the sanitized build, and the fuzz smoke runs.
for suite in build/test build-sanitize/test build-fuzz/test/fuzz; do
  dir="${suite%%/*}"
  echo "== lit: $suite"
  log="$dir/lit-results.json"
  status=0
  $LIT -sv --output "$log" "$suite" || status=$?
  read -r p f < <(python3 - "$log" <<'PY'
import json, sys
tests = json.load(open(sys.argv[1]))["tests"]
ok = sum(t["code"] in ("PASS", "XFAIL") for t in tests)
bad = sum(t["code"] in ("FAIL", "XPASS", "UNRESOLVED", "TIMEOUT") for t in tests)
print(ok, bad)
PY
  )
  passed=$((passed + p))
  failed=$((failed + f))
  if [[ $status -ne 0 && $f -eq 0 ]]; then failed=$((failed + 1)); fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
