#!/usr/bin/env bash
# Proves an installed blastradius works away from its source tree: from another directory, with no
# environment pointing at rules, it scans the demo and finds what the demo holds, C++ included.
# Run by the Dockerfile's runtime stage and by test/cli/install-package.test.
#   scripts/smoke-test.sh BLASTRADIUS_BINARY DEMO_DIR
set -euo pipefail
binary="$1"
demo="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$demo" "$work/demo"
cd "$work"
unset BLASTRADIUS_RULES_DIR
"$binary" --version
status=0
"$binary" scan demo --format json --output report.json --fail-on error || status=$?
if [[ $status -ne 1 ]]; then
  echo "smoke-test: expected exit status 1 (findings), got $status" >&2
  exit 1
fi
python3 - report.json <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
rules = {f["ruleId"] for f in report["findings"]}
errors = [n for n in report["notifications"] + report["skipped"] if "clang-tidy" in n["kind"]]
if errors:
    sys.exit("smoke-test: C++ was not analysed: %s" % errors[0]["message"])
if not any(r.startswith("blastradius-") for r in rules):
    sys.exit("smoke-test: no C++ finding (the clang-tidy plugin did not run)")
print("smoke-test: %d findings from %d rules in %d files" % (len(report["findings"]), len(rules),
                                                               report["summary"]["filesAnalysed"]))
PY
