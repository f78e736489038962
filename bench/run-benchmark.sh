#!/usr/bin/env bash
# Benchmark `blastradius scan` against a bare tree-sitter parse of the same files.
#
# Absolute timings depend on the machine, so the figure to quote is the ratio
# scan / parse-baseline: how much the rules, analysers and report cost on top of the
# parse that any tree-sitter tool has to do anyway. See bench/README.md.
#
# Usage: bench/run-benchmark.sh [--files N] [--seed S] [--repeat R] [--jobs J] [--git]
# Environment: BLASTRADIUS overrides the binary (default: build/tools/blastradius).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(dirname "$BENCH_DIR")"
BIN="${BLASTRADIUS:-$REPO_ROOT/build/tools/blastradius}"

FILES=2000
SEED=1
REPEAT=3
JOBS="$(nproc)"
USE_GIT=0

usage() {
  sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

while (($#)); do
  case "$1" in
    --files|--seed|--repeat|--jobs)
      (($# >= 2)) || { echo "run-benchmark.sh: $1 needs a value" >&2; exit 2; } ;;&
    --files) FILES="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --jobs) JOBS="$2"; shift 2 ;;
    --git) USE_GIT=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run-benchmark.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

for value in "$FILES" "$SEED" "$REPEAT" "$JOBS"; do
  [[ "$value" =~ ^[0-9]+$ ]] || { echo "run-benchmark.sh: '$value' is not a non-negative integer" >&2; exit 2; }
done
((REPEAT >= 1 && JOBS >= 1 && FILES >= 1)) || { echo "run-benchmark.sh: --files, --repeat and --jobs must be >= 1" >&2; exit 2; }

if [[ ! -x "$BIN" ]]; then
  echo "run-benchmark.sh: no blastradius binary at '$BIN' (build it, or set BLASTRADIUS)" >&2
  exit 2
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/blastradius-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
TREE="$WORK/monorepo"
TIMES="$WORK/times"
mkdir -p "$TREE" "$TIMES"

python3 "$BENCH_DIR/generate_monorepo.py" --files "$FILES" --seed "$SEED" --out "$TREE" 2>"$WORK/generate.log"

if ((USE_GIT)); then
  # With a work tree, the inventory comes from git (tracked + untracked-not-ignored)
  # instead of a directory walk; staging is enough for `git ls-files` to see the files.
  git -C "$TREE" init -q
  git -C "$TREE" add -A
fi

# Seconds since the epoch with nanoseconds: wall time as the user experiences it,
# including process start-up and inventory, which the tool's own timer may not cover.
now() { date +%s.%N; }

# run_timed LABEL JOBS: one run, its wall time appended to $TIMES/LABEL-JOBS.
run_timed() {
  local label="$1" jobs="$2" start end status=0
  start="$(now)"
  case "$label" in
    baseline)
      "$BIN" parse-bench "$TREE" --jobs "$jobs" >"$WORK/last.out" 2>"$WORK/last.err" || status=$?
      ;;
    scan)
      "$BIN" scan "$TREE" --format sarif --output /dev/null --jobs "$jobs" >"$WORK/last.out" 2>"$WORK/last.err" || status=$?
      # Exit 1 only means "findings at or above --fail-on": expected on this tree.
      ((status == 1)) && status=0
      ;;
  esac
  end="$(now)"
  if ((status != 0)); then
    echo "run-benchmark.sh: $label --jobs $jobs failed (exit $status):" >&2
    cat "$WORK/last.err" >&2
    exit 2
  fi
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", e - s }' >>"$TIMES/$label-$jobs"
}

# One untimed JSON scan: it counts the findings and warms the page cache and the
# binary, so the first timed run is not penalised for cold I/O.
status=0
"$BIN" scan "$TREE" --format json --output "$WORK/scan.json" --jobs "$JOBS" 2>"$WORK/json.err" || status=$?
if ((status > 1)); then
  echo "run-benchmark.sh: the JSON scan failed (exit $status):" >&2
  cat "$WORK/json.err" >&2
  exit 2
fi
"$BIN" parse-bench "$TREE" --jobs "$JOBS" >"$WORK/parse.out"

JOB_COUNTS=("$JOBS")
((JOBS != 1)) && JOB_COUNTS+=(1)

# Interleave baseline and scan so that a burst of load on a shared machine hits both
# roughly equally instead of skewing whichever happened to run during it.
for jobs in "${JOB_COUNTS[@]}"; do
  for ((i = 1; i <= REPEAT; i++)); do
    run_timed baseline "$jobs"
    run_timed scan "$jobs"
  done
done

INVENTORY="directory walk"
((USE_GIT)) && INVENTORY="git work tree"

python3 - "$WORK" "$FILES" "$SEED" "$REPEAT" "$("$BIN" --version)" "$INVENTORY" "${JOB_COUNTS[@]}" <<'PY'
import json, re, statistics, sys

work, files, seed, repeat, version, inventory = sys.argv[1:7]
job_counts = sys.argv[7:]

# The byte count comes from parse-bench itself, so MB/s is computed over exactly the
# bytes the baseline parsed (the same inventory the scan uses).
m = re.match(r"parsed (\d+) files, (\d+) bytes", open(f"{work}/parse.out").read())
parsed_files, parsed_bytes = int(m.group(1)), int(m.group(2))
summary = json.load(open(f"{work}/scan.json"))["summary"]
mb = parsed_bytes / 1e6

print(f"{version}")
print(f"tree: {files} generated files (seed {seed}, {inventory}), {parsed_files} parsed, {mb:.1f} MB; "
      f"scan analysed {summary['filesAnalysed']}, skipped {summary['filesSkipped']}")
print("languages: terraform, bash, kubernetes, github-actions, cloudformation, json (settings and IAM policies), python, sql, dockerfile "
      "(no C++: it runs through clang-tidy and would dominate the timing)")
print(f"findings: {summary['findings']}")
if parsed_files != summary["filesAnalysed"]:
    print("warning: baseline and scan did not process the same number of files")
print(f"median wall time of {repeat} interleaved runs each; min-max shows the noise\n")

header = f"{'jobs':>4}  {'run':<14} {'median s':>9} {'min-max s':>15} {'files/s':>9} {'MB/s':>8}"
print(header)
print("-" * len(header))
ratios = []
for jobs in job_counts:
    med = {}
    for label, name in (("baseline", "parse-baseline"), ("scan", "scan")):
        times = [float(t) for t in open(f"{work}/times/{label}-{jobs}").read().split()]
        med[label] = statistics.median(times)
        spread = f"{min(times):.3f}-{max(times):.3f}"
        print(f"{jobs:>4}  {name:<14} {med[label]:>9.3f} {spread:>15} "
              f"{parsed_files / med[label]:>9.0f} {mb / med[label]:>8.2f}")
    ratios.append((jobs, med["scan"] / med["baseline"]))
print()
for jobs, ratio in ratios:
    print(f"scan/baseline ratio at --jobs {jobs}: {ratio:.2f}x")
PY
