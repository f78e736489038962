#!/usr/bin/env bash
# blastradius next to ShellCheck on the same shell files: the benchmark generator's scripts and
# one 5,000-line script. Prints the median wall time of each tool and their ratio, from one run.
#
# Usage: bench/compare-shellcheck.sh [--files N] [--seed S] [--repeat R]
# Needs shellcheck (Debian: apt-get install shellcheck). Both tools run single-threaded
# (blastradius --jobs 1; one shellcheck process over all files), so the ratio compares work, not cores.
# Environment: BLASTRADIUS overrides the binary (default: build/tools/blastradius).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(dirname "$BENCH_DIR")"
BIN="${BLASTRADIUS:-$REPO_ROOT/build/tools/blastradius}"
FILES=2000
SEED=1
REPEAT=3
while (($#)); do
  case "$1" in
    --files) FILES="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    -h|--help) sed -n '2,8s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "compare-shellcheck.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
command -v shellcheck >/dev/null || { echo "compare-shellcheck.sh: shellcheck is not installed (apt-get install shellcheck)" >&2; exit 2; }
[[ -x "$BIN" ]] || { echo "compare-shellcheck.sh: no blastradius binary at '$BIN'" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/blastradius-sc.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
python3 "$BENCH_DIR/generate_monorepo.py" --files "$FILES" --seed "$SEED" --out "$WORK/monorepo" 2>/dev/null
# The corpus: every generated shell script, copied into a tree of its own so both tools see
# exactly the same files.
mkdir -p "$WORK/corpus" "$WORK/big"
(cd "$WORK/monorepo" && find . -name '*.sh' -print0 | xargs -0 cp --parents -t "$WORK/corpus")
python3 - "$BENCH_DIR" "$SEED" "$WORK/big/long.sh" <<'PY'
import random, sys
sys.path.insert(0, sys.argv[1])
import generate_monorepo
gen = generate_monorepo.Gen(random.Random(int(sys.argv[2])))
text = gen.bash(5000)
open(sys.argv[3], "w").write(text)
PY

now() { date +%s.%N; }
# time_runs LABEL CMD...: R runs, wall times appended to $WORK/LABEL.
time_runs() {
  local label="$1"; shift
  for ((i = 1; i <= REPEAT; i++)); do
    local start end
    start="$(now)"
    "$@" >/dev/null 2>&1 || true   # both exit non-zero when they find something
    end="$(now)"
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", e - s }' >>"$WORK/$label"
  done
}

for set in corpus big; do
  mapfile -t scripts < <(cd "$WORK/$set" && find . -name '*.sh' | sort)
  # Interleaved, so a burst of load on a shared machine hits both.
  for ((r = 1; r <= REPEAT; r++)); do
    REPEAT=1 time_runs "$set-blastradius" "$BIN" scan "$WORK/$set" --jobs 1 --format sarif --output /dev/null
    REPEAT=1 time_runs "$set-shellcheck" bash -c 'cd "$0" && shellcheck -f gcc "$@"' "$WORK/$set" "${scripts[@]}"
  done
  lines=$(cd "$WORK/$set" && cat "${scripts[@]}" | wc -l)
  echo "$set: ${#scripts[@]} shell files, $lines lines" >>"$WORK/summary"
done

python3 - "$WORK" "$REPEAT" "$("$BIN" --version)" "$(shellcheck --version | sed -n 2p)" <<'PY'
import statistics, sys
work, repeat, version, sc_version = sys.argv[1:5]
print(version, "|", "shellcheck", sc_version)
print(open(f"{work}/summary").read().rstrip())
print(f"median wall time of {repeat} interleaved runs, both single-threaded\n")
print(f"{'files':<8} {'blastradius s':>14} {'shellcheck s':>13} {'shellcheck/blastradius':>23}")
for name in ("corpus", "big"):
    b = statistics.median(float(t) for t in open(f"{work}/{name}-blastradius").read().split())
    s = statistics.median(float(t) for t in open(f"{work}/{name}-shellcheck").read().split())
    print(f"{name:<8} {b:>14.3f} {s:>13.3f} {s / b:>22.1f}x")
PY
