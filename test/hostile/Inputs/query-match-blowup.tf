# RUN: %blastradius test %s

resource "aws_db_instance" "orders" {
  lifecycle {
    # ruleid: terraform-prevent-destroy-disabled
    prevent_destroy = false
  }
}

resource "aws_s3_bucket" "artifacts" {
  lifecycle {
    # ruleid: terraform-prevent-destroy-disabled
    prevent_destroy = var.pd_sample_protect
  }
}

variable "pd_sample_protect" {
  default = false
}

resource "aws_db_instance" "protected" {
  lifecycle {
    # ok: terraform-prevent-destroy-disabled
    prevent_destroy = true
  }
}

resource "aws_instance" "stateless" {
  lifecycle {
    # A web server holds no data: false is the default and says nothing.
    # ok: terraform-prevent-destroy-disabled
    prevent_destroy = false
  }
}

resource "aws_dynamodb_table" "no_lifecycle_flag" {
  lifecycle {
    # ok: terraform-prevent-destroy-disabled
    ignore_changes = [read_capacity]
  }
}

resource "aws_s3_bucket_policy" "not_the_bucket" {
  # The policy of a b/"*
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf $TMP/
# ruleid: bash-recursive-rm-unguarded-variable
rm -fr "${STAGING}/releases"
# ruleid: bash-recursive-rm-unguarded-variable
rm --recursive --force "$1/"*
# ruleid: bash-recursive-rm-unguarded-variable
rm -r -f -- "$(get_output_dir)/"*
# ruleid: bash-recursive-rm-unguarded-variable
rm -Rf "$PREFIX"*

cleanup() {
  # ruleid: bash-recursive-rm-unguarded-variable
  rm -rf "$WORKDIR/cache"
}

# Guarded with ${VAR:?}: the shell aborts instead of expanding to nothing.
# ok: bash-recursive-rm-unguarded-variable
rm -rf "${BUILD_DIR:?}/"*
# ok: bash-recursive-rm-unguarded-variable
rm -rf "${BUILD_DIR:?BUILD_DIR must be set}/"*

# Guarded earlier in the script.
: "${DEPLOY_ROOT:?}"
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$DEPLOY_ROOT/current"

# A literal prefix keeps the path away from /.
# ok: bash-recursive-rm-unguarded-variable
rm -rf "/var/tmp/build/$JOB_ID"
# ok: bash-recursive-rm-unguarded-variable
rm -rf ./"$OUT"/*

# Not recursive.
# ok: bash-recursive-rm-unguarded-variable
rm -f "$LOCKFILE/"*.lock

# The variable alone: an empty value gives rm '' which deletes nothing.
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$SCRATCH"

# A literal default.
# ok: bash-recursive-rm-unguarded-variable
rm -rf "${CACHE_DIR:-/tmp/cache}/"*

# Set only from a literal before use.
DIST=/opt/app/dist
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$DIST/"*

# Set from a default that is never empty.
OUTPUT="${1:-/tmp/output}"
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$OUTPUT/"*

# Set from something that may be empty.
TARGET="${2:-}"
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "$TARGET/"*

# Always set by the shell.
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$HOME/.cache/app"

# Suppressed with a reason.
# blastradius-ignore[bash-recursive-rm-unguarded-variable]: SANDBOX is exported by the harness and checked by it
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$SANDBOX/"*

# Not rm at all.
# ok: bash-recursive-rm-unguarded-variable
echo rm -rf "$BUILD_DIR/"*

# --- Through wrappers: sudo, command, exec, env, xargs, a full path, combined flags ---
# ruleid: bash-recursive-rm-unguarded-variable
sudo rm -rf "$RELEASE_DIR/"*
# ruleid: bash-recursive-rm-unguarded-variable
sudo -u deploy rm -rfv -- "$RELEASE_DIR/"*
# ruleid: bash-recursive-rm-unguarded-variable
command rm -Rf "$OUT_DIR"/*
# ruleid: bash-recursive-rm-unguarded-variable
env LC_ALL=C /bin/rm --recursive --force "$OUT_DIR/"
# ruleid: bash-recursive-rm-unguarded-variable
ls | xargs -I{} rm -rf "$OUT_DIR/{}"
# ruleid: bash-recursive-rm-unguarded-variable
timeout 60 nice -n 10 rm -rf "$OUT_DIR/"*
# xargs reads its paths from echo: the printed word is the path.
# ruleid: bash-recursive-rm-unguarded-variable
echo "$OUT_DIR/"* | xargs rm -rf
# ruleid: bash-recursive-rm-unguarded-variable
printf '%s\n' "$OUT_DIR/" | xargs -r sudo rm -rf --
# ok: bash-recursive-rm-unguarded-variable
echo "${OUT_DIR:?}/"* | xargs rm -rf
# Other producers are not analysed.
# ok: bash-recursive-rm-unguarded-variable
find . -name '*.tmp' -print0 | xargs -0 rm -rf

# --- Assigned from something that may print nothing, or read from input ---
SRC=$(git rev-parse --show-toplevel)
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "$SRC/"*
read -r PICKED
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "$PICKED/"*
EMPTY=""
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "$EMPTY/"*
# An alternative value is empty when the variable is.
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "${ROOTFS:+$ROOTFS}/"*
# ${X-default} (no colon) keeps a set but empty value empty.
LEFT_EMPTY=
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "${LEFT_EMPTY-/srv/fallback}/"*

# --- A test that does not guard emptiness ---
# `!= /` does not stop an empty value: "$X/"* is still /*.
if [ "$TARGET_DIR" != "/" ]; then
  # ruleid: bash-recursive-rm-unguarded-variable
  rm -rf "$TARGET_DIR/"*
fi
# The guard is in one branch only.
if [ -n "$BRANCHED" ]; then
  echo "ok"
else
  # ruleid: bash-recursive-rm-unguarded-variable
  rm -rf "$BRANCHED/"*
fi
# Assigned in one branch only: may still be empty (MaybeEmpty joins with the other path).
if [ "$MODE" = release ]; then
  PARTIAL=/srv/release
else
  PARTIAL=$(pick_dir)
fi
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "$PARTIAL/"*
# A subshell's guard does not protect the parent.
( : "${SUBSHELL_ONLY:?}" )
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "$SUBSHELL_ONLY/"*
# A `return` guard in a function protects only that function.
check_arg() { [ -n "$ARG_DIR" ] || return 1; }
check_arg
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "$ARG_DIR/"*
# A function's argument may be anything, including "".
wipe() {
  # ruleid: bash-recursive-rm-unguarded-variable
  rm -rf "$1/"*
}
# `local X` in a function starts empty.
scratch() {
  local WORK
  # ruleid: bash-recursive-rm-unguarded-variable
  rm -rf "$WORK/"*
}

# --- Guarded: near misses that stay silent ---
# mktemp -d prints the new directory.
TMP_CREATED=$(mktemp -d)
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$TMP_CREATED/"*
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$(mktemp -d)/"*
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$SCRIPT_DIR/build/"*
# readonly, export, a default from another variable.
readonly STAGE_ROOT=/srv/stage
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$STAGE_ROOT/"*
export PKG_DIR="${PKG_DIR_OVERRIDE:-/opt/pkg}"
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$PKG_DIR/"*
# ${X:=default} assigns on the way.
: "${LOG_DIR:=/var/log/myapp}"
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$LOG_DIR/"*
# Copied from a non-empty variable.
BASE=/srv/data
COPY="$BASE"
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$COPY/"*
# if [ -n ] encloses the delete.
if [ -n "$GUARD_N" ]; then
  # ok: bash-recursive-rm-unguarded-variable
  rm -rf "$GUARD_N/"*
fi
# [[ -d ]] && rm.
# ok: bash-recursive-rm-unguarded-variable
[[ -d $GUARD_D ]] && rm -rf "$GUARD_D/"*
# ok: bash-recursive-rm-unguarded-variable
[ -n "$GUARD_A" ] && [ "$GUARD_A" != "/" ] && rm -rf "$GUARD_A/"*
# -z ... && exit, earlier in the script.
[ -z "$GUARD_Z" ] && exit 1
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$GUARD_Z/"*
# test -n ... || { ...; exit; }
test -n "$GUARD_T" || { echo "GUARD_T is not set" >&2; exit 1; }
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$GUARD_T/"*
# if [ -z ]; then exit; fi
if [ -z "$GUARD_IF" ]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$GUARD_IF/"*
# else branch of -z.
if [ -z "$GUARD_ELSE" ]; then
  echo "nothing to clean"
else
  # ok: bash-recursive-rm-unguarded-variable
  rm -rf "$GUARD_ELSE/"*
fi
# [[ $X == /* ]]: an absolute path, so not empty.
if [[ $GUARD_ABS == /* ]]; then
  # ok: bash-recursive-rm-unguarded-variable
  rm -rf "$GUARD_ABS/"*
fi
# A die function that exits.
die() { echo "$*" >&2; exit 1; }
[ -d "$GUARD_DIE" ] || die "no such directory: $GUARD_DIE"
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$GUARD_DIE/"*
# A function that checks and exits, called before the delete.
require_dest() {
  [ -n "$DEST" ] || exit 1
}
require_dest
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$DEST/"*
# A variable assigned in a function that ran before.
setup() { WORK_ROOT=/srv/work; }
setup
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$WORK_ROOT/"*
# The function body is guarded, and the variable is local.
clean_one() {
  local dir
  dir=$(mktemp -d)
  # ok: bash-recursive-rm-unguarded-variable
  rm -rf "$dir/"*
}
# A loop over literal names.
for name in cache logs; do
  # ok: bash-recursive-rm-unguarded-variable
  rm -rf "$name/"*
done
# A loop over a glob or an unquoted expansion: the shell drops empty fields.
for release in /srv/releases/*; do
  # ok: bash-recursive-rm-unguarded-variable
  rm -rf "$release/"*
done
for d in $(list_dirs); do
  # ok: bash-recursive-rm-unguarded-variable
  rm -rf "$d/"*
done
# A quoted argument list may hold "".
for arg in "$@"; do
  # ruleid: bash-recursive-rm-unguarded-variable
  rm -rf "$arg/"*
done
# Read from input: may be an empty line.
while read -r line; do
  # ruleid: bash-recursive-rm-unguarded-variable
  rm -rf "$line/"*
done < dirs.txt
# Older test idioms.
if [ ! -z "$OLD_NOT_Z" ]; then
  # ok: bash-recursive-rm-unguarded-variable
  rm -rf $OLD_NOT_Z/*
fi
if [ x"$OLD_X" != x ]; then
  # ok: bash-recursive-rm-unguarded-varucket is not the bucket.
  lifecycle {
    # ok: terraform-prevent-destroy-disabled
    prevent_destroy = false
  }
}

resource "google_sql_database_instance" "main" {
  lifecycle {
    # ruleid: terraform-precent-destroy-disabled
    prevent_destroy = false
  }
}

resource "aws_db_instance" "misplaced" {
  # Outside lifecycle it is not the meta-argument.
  # ok: terraform-prevent-destroy-disabled
  prevent_destroy = false
}
