#!/usr/bin/env bash
# README command 1: install what is missing, build, and scan the example repository in examples/demo,
# printing findings and writing build/demo.sarif.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/build.sh build
echo "== blastradius scan examples/demo"
status=0
build/tools/blastradius scan examples/demo --source-root examples/demo || status=$?
build/tools/blastradius scan examples/demo --source-root examples/demo --format sarif --output build/demo.sarif \
  2>/dev/null || true
echo "== SARIF written to build/demo.sarif"
# Exit status 1 means "findings found": expected for the demo, which is full of them.
[[ $status -le 1 ]]
