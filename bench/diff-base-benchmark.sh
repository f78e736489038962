#!/usr/bin/env bash
# Pull-request mode against a full scan: a generated repository of N files (default 10,000), a
# branch that changes 50 of them, and the wall time of `scan .` next to `scan . --diff-base main`,
# with change impact (the default: base and head models compared) and without (--no-change-impact).
#
# Usage: bench/diff-base-benchmark.sh [--files N] [--changed C] [--repeat R] [--jobs J]
# Environment: BLASTRADIUS overrides the binary (default: build/tools/blastradius).
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="${BLASTRADIUS:-$(dirname "$BENCH_DIR")/build/tools/blastradius}"
FILES=10000
CHANGED=50
REPEAT=3
JOBS="$(nproc)"
while (($#)); do
  case "$1" in
    --files) FILES="$2"; shift 2 ;;
    --changed) CHANGED="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --jobs) JOBS="$2"; shift 2 ;;
    *) echo "diff-base-benchmark.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
WORK="$(mktemp -d "${TMPDIR:-/tmp}/blastradius-pr.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
REPO="$WORK/repo"
python3 "$BENCH_DIR/generate_monorepo.py" --files "$FILES" --seed 1 --out "$REPO" 2>/dev/null
git -C "$REPO" init -q -b main
git -C "$REPO" -c user.email=bench@example.com -c user.name=bench add -A
git -C "$REPO" -c user.email=bench@example.com -c user.name=bench commit -qm base
git -C "$REPO" checkout -qb change
# The pull request: a Terraform resource appended to C files (sorted, every k-th, so it is stable).
mapfile -t all < <(cd "$REPO" && git ls-files '*.tf' | sort)
step=$(( ${#all[@]} / CHANGED )); ((step >= 1)) || step=1
for ((i = 0, n = 0; i < ${#all[@]} && n < CHANGED; i += step, n++)); do
  printf '\nresource "aws_s3_bucket" "pr_%d" {\n  force_destroy = true\n}\n' "$n" >>"$REPO/${all[$i]}"
done
git -C "$REPO" -c user.email=bench@example.com -c user.name=bench commit -qam change

now() { date +%s.%N; }
for ((r = 1; r <= REPEAT; r++)); do
  for mode in full pr noimpact; do
    extra=()
    [[ $mode == pr ]] && extra=(--diff-base main)
    [[ $mode == noimpact ]] && extra=(--diff-base main --no-change-impact)
    start="$(now)"
    (cd "$REPO" && "$BIN" scan . --jobs "$JOBS" --format sarif --output /dev/null --fail-on none "${extra[@]}" 2>/dev/null)
    end="$(now)"
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", e - s }' >>"$WORK/$mode"
  done
done
(cd "$REPO" && "$BIN" scan . --diff-base main --format json --output "$WORK/pr.json" --fail-on none 2>/dev/null)
python3 - "$WORK" "$FILES" "$CHANGED" "$JOBS" "$REPEAT" <<'PY'
import json, statistics, sys
work, files, changed, jobs, repeat = sys.argv[1:]
full = statistics.median(float(t) for t in open(f"{work}/full").read().split())
pr = statistics.median(float(t) for t in open(f"{work}/pr").read().split())
noimpact = statistics.median(float(t) for t in open(f"{work}/noimpact").read().split())
summary = json.load(open(f"{work}/pr.json"))["summary"]
print(f"repository: {files} files; pull request: {changed} files changed; --jobs {jobs}; median of {repeat}")
print(f"full scan:          {full:8.3f} s")
print(f"--diff-base main:   {pr:8.3f} s  ({summary['filesAnalysed']} files analysed, {summary['findings']} findings on changed lines)")
print(f"--diff-base main --no-change-impact: {noimpact:8.3f} s")
print(f"full / pull-request ratio: {full / pr:.1f}x")
print(f"change impact cost: {pr / noimpact:.2f}x of --diff-base without it (target: within 1.5x)")
PY
