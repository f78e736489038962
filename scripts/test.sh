#!/usr/bin/env bash
# README command 2: install what is missing, build (plain and with ASan+UBSan), run every test in both.
# Ends with the plain "N passed, M failed" line that CI reads.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --with-test-tools
scripts/build.sh build
scripts/build.sh build-sanitize -DBLASTRADIUS_SANITIZE=ON

LIT="python3 /usr/lib/llvm-${BLASTRADIUS_LLVM_VERSION:-19}/build/utils/lit/lit.py"
passed=0
failed=0
for dir in build build-sanitize; do
  echo "== lit: $dir"
  log="$dir/lit-results.json"
  status=0
  $LIT -sv --output "$log" "$dir/test" || status=$?
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
