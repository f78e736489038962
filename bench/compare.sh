#!/usr/bin/env bash
# Head-to-head: blastradius next to a bare tree-sitter parse, ast-grep and ShellCheck, on the same
# files, in one interleaved session. See bench/README.md ("bench/compare.sh").
#
# Usage: bench/compare.sh [--repeat R] [--jobs N] [--generated FILES] [--no-generated] [--no-shellcheck] [DIR...]
#   Every DIR (and, unless --no-generated, a generated monorepo of FILES files, default 2000) is one
#   corpus. From each, the shell scripts (by extension or shebang) and the Terraform files are copied
#   into a shell subset (one flat folder, every file named *.sh so that every tool picks up the same
#   files) and a Terraform subset (the *.tf files at their own paths: a directory is one module).
# Environment: BLASTRADIUS (default build/tools/blastradius), BARE_PARSE (default build/bench/bare-parse),
#   AST_GREP (default bench/node_modules/.bin/ast-grep: `npm ci` in bench/), SHELLCHECK (default shellcheck).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(dirname "$BENCH_DIR")"
BIN="${BLASTRADIUS:-$REPO_ROOT/build/tools/blastradius}"
BARE="${BARE_PARSE:-$REPO_ROOT/build/bench/bare-parse}"
AST_GREP="${AST_GREP:-$BENCH_DIR/node_modules/.bin/ast-grep}"
SHELLCHECK="${SHELLCHECK:-shellcheck}"

REPEAT=3
JOBS="$(nproc)"
GENERATED=2000
USE_SHELLCHECK=1
DIRS=()

usage() { sed -n '2,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

while (($#)); do
  case "$1" in
    --repeat|--jobs|--generated)
      (($# >= 2)) || { echo "compare.sh: $1 needs a value" >&2; exit 2; } ;;&
    --repeat) REPEAT="$2"; shift 2 ;;
    --jobs) JOBS="$2"; shift 2 ;;
    --generated) GENERATED="$2"; shift 2 ;;
    --no-generated) GENERATED=0; shift ;;
    --no-shellcheck) USE_SHELLCHECK=0; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "compare.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    *) [[ -d "$1" ]] || { echo "compare.sh: '$1' is not a directory" >&2; exit 2; }
       DIRS+=("$(cd "$1" && pwd)"); shift ;;
  esac
done
for value in "$REPEAT" "$JOBS" "$GENERATED"; do
  [[ "$value" =~ ^[0-9]+$ ]] || { echo "compare.sh: '$value' is not a non-negative integer" >&2; exit 2; }
done
((REPEAT >= 1 && JOBS >= 1)) || { echo "compare.sh: --repeat and --jobs must be >= 1" >&2; exit 2; }
for tool in "$BIN" "$BARE" /usr/bin/time; do
  [[ -x "$tool" ]] || { echo "compare.sh: missing '$tool' (build with ninja; /usr/bin/time is Debian's 'time')" >&2; exit 2; }
done
HAVE_AST_GREP=1
[[ -x "$AST_GREP" ]] || { HAVE_AST_GREP=0; echo "compare.sh: no ast-grep at $AST_GREP (run 'npm ci' in bench/): skipped" >&2; }
command -v "$SHELLCHECK" >/dev/null || USE_SHELLCHECK=0

WORK="$(mktemp -d "${TMPDIR:-/tmp}/blastradius-compare.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# The three rules of each ast-grep comparison, taken from this checkout's catalogue (either layout:
# rules/<lang>/<id>.yaml or rules/<lang>/<id>/).
SHELL_RULES=(bash-recursive-rm-unguarded-variable bash-rm-system-path bash-terraform-destroy)
TF_RULES=(terraform-force-destroy-enabled terraform-skip-final-snapshot terraform-deletion-protection-disabled)
copy_rules() {
  local into="$1" id found
  shift
  mkdir -p "$into"
  for id in "$@"; do
    found="$(find "$REPO_ROOT/rules" \( -name "$id.yaml" -o -name "$id" -type d \) | head -n1)"
    [[ -n "$found" ]] || { echo "compare.sh: rule $id not found under rules/" >&2; exit 2; }
    cp -r "$found" "$into/"
  done
}
copy_rules "$WORK/rules-shell" "${SHELL_RULES[@]}"
copy_rules "$WORK/rules-tf" "${TF_RULES[@]}"

# make_subsets CORPUS DIR: copies the corpus's shell scripts into $WORK/CORPUS/shell, flat, one
# numbered file each, and its Terraform files into $WORK/CORPUS/tf at their paths under DIR: every
# file of a directory is one Terraform module and the analysers follow `source = "../modules/x"`, so
# a flat copy would make one module of the whole corpus and break every local module call.
make_subsets() {
  local corpus="$1" dir="$2" n=0 file first rel
  mkdir -p "$WORK/$corpus/shell" "$WORK/$corpus/tf"
  while IFS= read -r -d '' file; do
    case "$file" in
      *.tf) rel="${file#"$dir"/}"
            mkdir -p "$(dirname "$WORK/$corpus/tf/$rel")"
            cp "$file" "$WORK/$corpus/tf/$rel"; continue ;;
      *.sh|*.bash) ;;
      *) [[ -s "$file" ]] || continue
         first="$(head -c 128 "$file" 2>/dev/null | head -n1 | tr -d '\0')" || continue
         [[ "$first" =~ ^\#!.*(/|[[:space:]])(ba|da|k|z)?sh([[:space:]]|$) ]] || continue ;;
    esac
    cp "$file" "$WORK/$corpus/shell/$((n++)).sh"
  done < <(find "$dir" -type f -size -4096k -print0 2>/dev/null | sort -z)
  find "$dir" -type f -size -4096k 2>/dev/null | sort >"$WORK/$corpus/all.list"
  find "$WORK/$corpus/shell" -type f | sort >"$WORK/$corpus/shell.list"
  find "$WORK/$corpus/tf" -type f | sort >"$WORK/$corpus/tf.list"
}

CORPORA=()
declare -A CORPUS_DIR CORPUS_LABEL
if ((GENERATED > 0)); then
  mkdir -p "$WORK/generated-tree"
  python3 "$BENCH_DIR/generate_monorepo.py" --files "$GENERATED" --seed 1 --out "$WORK/generated-tree" 2>/dev/null
  CORPORA+=(generated)
  CORPUS_DIR[generated]="$WORK/generated-tree"
  CORPUS_LABEL[generated]="generated monorepo ($GENERATED files, seed 1)"
fi
i=0
for dir in "${DIRS[@]}"; do
  name="corpus$((i++))"
  CORPORA+=("$name")
  CORPUS_DIR[$name]="$dir"
  CORPUS_LABEL[$name]="$dir"
done
((${#CORPORA[@]})) || { echo "compare.sh: nothing to compare (give a DIR or drop --no-generated)" >&2; exit 2; }
for corpus in "${CORPORA[@]}"; do
  make_subsets "$corpus" "${CORPUS_DIR[$corpus]}"
done

SCAN=(scan --no-config --quiet --format sarif --output /dev/null)
# measure CORPUS LABEL COMMAND...: one run under /usr/bin/time; appends "wall user sys maxrss_kb".
# The wall time is bash's microsecond clock around the run (/usr/bin/time's %e has 10 ms steps,
# too coarse for a small repository); user and system time and peak RSS are /usr/bin/time's.
measure() {
  local corpus="$1" label="$2" status=0 started ended
  shift 2
  started=$EPOCHREALTIME
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/last.time" "$@" >"$WORK/last.out" 2>"$WORK/last.err" || status=$?
  ended=$EPOCHREALTIME
  # blastradius exits 1 for findings, ast-grep 1 for errors found, ShellCheck 1 for warnings.
  if ((status > 1)); then
    echo "compare.sh: $label on $corpus failed (exit $status):" >&2
    tail -5 "$WORK/last.err" >&2
    exit 2
  fi
  tail -n1 "$WORK/last.time" | awk -v a="${started/,/.}" -v b="${ended/,/.}" '{ printf "%.4f %s %s %s\n", b - a, $2, $3, $4 }' \
    >>"$WORK/$corpus/times.$label"
  [[ -s "$WORK/$corpus/out.$label" ]] || cp "$WORK/last.out" "$WORK/$corpus/out.$label"
}

# run_round CORPUS ROUND: every measurement once, in a fixed order (interleaved across rounds).
run_round() {
  local c="$1" round="$2" d="${CORPUS_DIR[$1]}" w="$WORK/$1"
  measure "$c" bare-all "$BARE" --list "$w/all.list"
  measure "$c" full-j1 "$BIN" "${SCAN[@]}" --jobs 1 "$d"
  measure "$c" "full-j$JOBS" "$BIN" "${SCAN[@]}" --jobs "$JOBS" "$d"
  for sub in shell tf; do
    [[ -s "$w/$sub.list" ]] || continue
    measure "$c" "bare-$sub" "$BARE" --list "$w/$sub.list"
    measure "$c" "three-$sub" "$BIN" "${SCAN[@]}" --jobs 1 --no-default-rules --rules "$WORK/rules-$sub" "$w/$sub"
    measure "$c" "full-$sub" "$BIN" "${SCAN[@]}" --jobs 1 "$w/$sub"
    if ((HAVE_AST_GREP)); then
      measure "$c" "astgrep-$sub" "$AST_GREP" scan -c "$BENCH_DIR/ast-grep/sgconfig.yml" --threads 1 \
        --json=stream "$w/$sub"
    fi
  done
  # ShellCheck is slow (tens of times blastradius): one run is enough to place it.
  if ((USE_SHELLCHECK && round == 1)) && [[ -s "$w/shell.list" ]]; then
    # xargs exits 123 when a ShellCheck run exits 1 (it found something): that is a success here.
    measure "$c" shellcheck-shell bash -c 'xargs -d "\n" -a "$1" "$2" -f gcc; s=$?; ((s == 123)) && s=1; exit $s' \
      _ "$w/shell.list" "$SHELLCHECK"
  fi
}

for ((round = 1; round <= REPEAT; round++)); do
  for corpus in "${CORPORA[@]}"; do
    run_round "$corpus" "$round"
  done
done

python3 - "$WORK" "$JOBS" "$REPEAT" "$("$BIN" --version)" "$(nproc)" "$(cat /proc/loadavg)" \
  "$([[ $HAVE_AST_GREP == 1 ]] && "$AST_GREP" --version || echo none)" \
  "$("$SHELLCHECK" --version 2>/dev/null | sed -n 's/^version: //p')" "${CORPORA[@]}" <<PY
import json, os, statistics, sys
args = sys.argv[1:]
work, jobs, repeat, version, cores, load, astgrep, shellcheck = args[:8]
corpora = args[8:]
labels = {$(for c in "${CORPORA[@]}"; do printf '"%s": "%s", ' "$c" "${CORPUS_LABEL[$c]}"; done)}

def read(corpus, label):
    path = f"{work}/{corpus}/times.{label}"
    if not os.path.exists(path):
        return None
    rows = [list(map(float, line.split())) for line in open(path) if line.strip()]
    return {"wall": statistics.median(r[0] for r in rows), "min": min(r[0] for r in rows),
            "max": max(r[0] for r in rows), "user": statistics.median(r[1] for r in rows),
            "rss": max(r[3] for r in rows) / 1024, "n": len(rows)}

def count(path):
    try:
        return sum(1 for _ in open(path))
    except OSError:
        return 0

print(version)
print(f"ast-grep {astgrep.replace('ast-grep ', '')}, shellcheck {shellcheck or 'none'}; {cores} cores, "
      f"load average at the end: {load}")
print(f"median wall time of {repeat} interleaved rounds (ShellCheck: 1 round); peak RSS is the largest of the rounds\n")
names = {"bare-all": "bare parse, every file", "full-j1": "blastradius full catalogue --jobs 1",
         f"full-j{jobs}": f"blastradius full catalogue --jobs {jobs}"}
for sub, what in (("shell", "shell"), ("tf", "Terraform")):
    names[f"bare-{sub}"] = f"bare parse, {what} subset"
    names[f"three-{sub}"] = f"blastradius 3 rules --jobs 1, {what}"
    names[f"full-{sub}"] = f"blastradius full catalogue --jobs 1, {what}"
    names[f"astgrep-{sub}"] = f"ast-grep 3 rules --threads 1, {what}"
names["shellcheck-shell"] = "shellcheck, shell subset"

for corpus in corpora:
    w = f"{work}/{corpus}"
    print(f"== {labels[corpus]}: {count(w + '/all.list')} files, {count(w + '/shell.list')} shell, "
          f"{count(w + '/tf.list')} Terraform")
    print(f"   {'run':<44} {'median s':>9} {'min-max s':>15} {'user s':>8} {'peak MB':>8}")
    figures = {}
    for label in names:
        m = read(corpus, label)
        if not m:
            continue
        figures[label] = m
        print(f"   {names[label]:<44} {m['wall']:>9.3f} {m['min']:>6.3f}-{m['max']:<6.3f} {m['user']:>8.2f} {m['rss']:>8.1f}")
    def ratio(a, b, text):
        if a in figures and b in figures and figures[b]["wall"] > 0:
            user = (f"{figures[a]['user'] / figures[b]['user']:6.2f}x" if figures[b]["user"] > 0 else "     -")
            print(f"   {text:<60} {figures[a]['wall'] / figures[b]['wall']:6.2f}x {user}")
    # On a loaded machine the wall times carry everyone else's work; user CPU time does not.
    print(f"   {'ratios of the medians':<60} {'wall':>7} {'user':>7}")
    ratio("full-j1", "bare-all", "full catalogue --jobs 1 / bare parse")
    if f"full-j{jobs}" in figures and jobs != "1":
        print(f"   {'speed-up --jobs ' + jobs + ' over --jobs 1 (wall)':<60} "
              f"{figures['full-j1']['wall'] / figures[f'full-j{jobs}']['wall']:6.2f}x")
    for sub, what in (("shell", "shell"), ("tf", "Terraform")):
        ratio(f"three-{sub}", f"astgrep-{sub}", f"{what}: blastradius 3 rules / ast-grep 3 rules")
        ratio(f"three-{sub}", f"bare-{sub}", f"{what}: blastradius 3 rules / bare parse")
        ratio(f"full-{sub}", f"bare-{sub}", f"{what}: blastradius full catalogue / bare parse")
        ratio(f"astgrep-{sub}", f"bare-{sub}", f"{what}: ast-grep / bare parse")
    ratio("shellcheck-shell", "full-shell", "shell: shellcheck / blastradius full catalogue")
    print()
PY
