#!/usr/bin/env bash
# What the blastradius clang-tidy checks cost on a real C++ code base: the translation units of a
# compilation database (default: this repository's own lib/ and tools/, from build/), each run
#   A  clang-tidy with the plugin loaded and one trivial stock check (the parse, the baseline),
#   B  the same plus every blastradius-* check,
#   C  `blastradius scan -p` over the same TUs (the driver: clang-tidy processes plus the report),
# in interleaved rounds (A B C, A B C, ...) on the same files with the same parallelism, so that a
# loaded machine slows all three alike. Prints the median wall time of each and B/A, C/A.
#
# Usage: bench/cpp-batch-benchmark.sh [--compile-db DIR] [--filter REGEX] [--jobs N] [--repeat R]
# Environment: BLASTRADIUS, CLANG_TIDY and TIDY_PLUGIN override the binaries.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
BIN="${BLASTRADIUS:-$ROOT/build/tools/blastradius}"
CLANG_TIDY="${CLANG_TIDY:-clang-tidy-19}"
PLUGIN="${TIDY_PLUGIN:-$ROOT/build/checks/libBlastradiusTidyPlugin.so}"
DB="$ROOT/build"
FILTER="^$ROOT/(lib|tools)/.*\\.cpp\$"
JOBS="$(nproc)"
REPEAT=3
while (($#)); do
  case "$1" in
    --compile-db) DB="$(cd "$2" && pwd)"; shift 2 ;;
    --filter) FILTER="$2"; shift 2 ;;
    --jobs) JOBS="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    *) echo "cpp-batch-benchmark.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[[ -f "$DB/compile_commands.json" ]] || { echo "no $DB/compile_commands.json (configure the build first)" >&2; exit 2; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/blastradius-cpp-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# The selected TUs, and a database holding only them (so that the scan analyses the same set).
python3 - "$DB/compile_commands.json" "$FILTER" "$WORK/compile_commands.json" "$WORK/files.txt" <<'PY'
import json, os, re, sys
entries = json.load(open(sys.argv[1]))
pattern = re.compile(sys.argv[2])
def absolute(e):
    return os.path.normpath(os.path.join(e.get("directory", ""), e["file"]))
chosen = sorted((e for e in entries if pattern.search(absolute(e))), key=absolute)
json.dump(chosen, open(sys.argv[3], "w"), indent=1)
open(sys.argv[4], "w").write("".join(absolute(e) + "\n" for e in chosen))
PY
TUS=$(wc -l < "$WORK/files.txt")
((TUS > 0)) || { echo "no translation unit matches $FILTER" >&2; exit 2; }
LINES=$(xargs cat < "$WORK/files.txt" | wc -l)

tidy() { # $1: checks
  xargs -P "$JOBS" -n 1 "$CLANG_TIDY" --load="$PLUGIN" --checks="$1" --quiet -p "$WORK" < "$WORK/files.txt" \
    > "$WORK/out.txt" 2>/dev/null || true
}
scan() {
  # Every TU of the filtered database (other files of their directories are skipped fast: not in -p).
  mapfile -t dirs < <(xargs -n 1 dirname < "$WORK/files.txt" | sort -u)
  "$BIN" scan -p "$WORK" --jobs "$JOBS" --quiet --source-root "$ROOT" --no-config -o "$WORK/scan.txt" "${dirs[@]}" || true
}
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
declare -a A B C
for ((r = 1; r <= REPEAT; r++)); do
  t0=$(now); tidy '-*,misc-definitions-in-headers'; t1=$(now)
  tidy '-*,misc-definitions-in-headers,blastradius-*'; t2=$(now)
  scan; t3=$(now)
  A+=("$(calc "$t1 - $t0")"); B+=("$(calc "$t2 - $t1")"); C+=("$(calc "$t3 - $t2")")
  echo "round $r: A ${A[-1]} s, B ${B[-1]} s, C ${C[-1]} s" >&2
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
a=$(median "${A[@]}"); b=$(median "${B[@]}"); c=$(median "${C[@]}")
echo "translation units: $TUS ($LINES lines of .cpp), jobs: $JOBS, rounds: $REPEAT"
echo "A clang-tidy, stock check only:        median ${a} s"
echo "B clang-tidy + blastradius-* checks:   median ${b} s   B/A = $(calc "$b / $a")"
echo "C blastradius scan -p (same TUs):      median ${c} s   C/A = $(calc "$c / $a")"
