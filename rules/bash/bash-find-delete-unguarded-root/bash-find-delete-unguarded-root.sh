#!/bin/bash
# RUN: %blastradius test %s

# ruleid: bash-find-delete-unguarded-root
find "$CACHE_DIR/" -mindepth 1 -delete
# Unquoted and empty, the root vanishes and find searches the current directory.
# ruleid: bash-find-delete-unguarded-root
find $CACHE_DIR -name '*.tmp' -delete
# ruleid: bash-find-delete-unguarded-root
find "$ARTIFACTS"/* -maxdepth 0 -exec rm -rf {} +
# ruleid: bash-find-delete-unguarded-root
find -L "$ARTIFACTS/" -type d -execdir rm -r {} \;
# ruleid: bash-find-delete-unguarded-root
sudo find "${OLD_RELEASES}/" -mtime +7 -exec /bin/rm -f {} \;
# ruleid: bash-find-delete-unguarded-root
find "$(release_root)/" -delete
DAYS_DIR=$(ls -d /srv/backups/* | tail -n 1)
# ruleid: bash-find-delete-unguarded-root
find "$DAYS_DIR/" -type f -delete
prune() {
  # ruleid: bash-find-delete-unguarded-root
  find "$1/" -mindepth 1 -delete
}

# --- near misses ---
# ok: bash-find-delete-unguarded-root
find "${CACHE_DIR:?}/" -mindepth 1 -delete
# Quoted and alone, an empty root is an error for find: nothing is deleted.
# ok: bash-find-delete-unguarded-root
find "$CACHE_DIR" -mindepth 1 -delete
# ok: bash-find-delete-unguarded-root
find /var/cache/myapp -mindepth 1 -delete
# No deleting action.
# ok: bash-find-delete-unguarded-root
find "$CACHE_DIR/" -name '*.tmp' -print
# -exec of something else.
# ok: bash-find-delete-unguarded-root
find "$CACHE_DIR/" -exec chmod 0644 {} +
SCRATCH=$(mktemp -d)
# ok: bash-find-delete-unguarded-root
find "$SCRATCH/" -mindepth 1 -delete
# ok: bash-find-delete-unguarded-root
find $SCRATCH -mindepth 1 -delete
if [ -d "$PURGE_ROOT" ]; then
  # ok: bash-find-delete-unguarded-root
  find "$PURGE_ROOT/" -mindepth 1 -delete
fi
[ -n "$LOG_ROOT" ] || exit 1
# ok: bash-find-delete-unguarded-root
find "$LOG_ROOT/" -name '*.log' -mtime +30 -delete
# ok: bash-find-delete-unguarded-root
find "${DATA_ROOT:-/srv/data}/" -name '*.tmp' -delete
# ok: bash-find-delete-unguarded-root
find . -name '*.pyc' -delete
# ok: bash-find-delete-unguarded-root
find "$HOME/.cache/app" -delete
: "${SPOOL:?SPOOL must be set}"
# ok: bash-find-delete-unguarded-root
find "$SPOOL/" -type f -delete
# ok: bash-find-delete-unguarded-root
[[ -n $TMPROOT ]] && find "$TMPROOT/" -mindepth 1 -delete
