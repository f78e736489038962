#!/bin/bash
# RUN: %blastradius test %s

# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "$BUILD_DIR/"*
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
