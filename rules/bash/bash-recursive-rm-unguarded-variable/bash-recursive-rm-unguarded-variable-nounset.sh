#!/bin/bash
# RUN: %blastradius test %s
# set -u aborts on an UNSET variable; an EMPTY one still expands to nothing. Decision (see the rule's
# doc): a variable the script never sets (read from the environment) is taken as guarded under
# set -u, since only an exported empty value would slip through; a variable the script sets from
# something that may be empty stays reported.

# Before set -u: reported.
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "$ENV_DIR/"*
set -euo pipefail
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$ENV_DIR/"*
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$1/"*
OUT=$(find_output_dir)
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "$OUT/"*
OPTIONAL="${2:-}"
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "$OPTIONAL/"*
set +u
# ruleid: bash-recursive-rm-unguarded-variable
rm -rf "$ENV_DIR/"*
set -o nounset
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$ENV_DIR/"*
# ${X?} refuses an unset value only, like set -u.
set +o nounset
# ok: bash-recursive-rm-unguarded-variable
rm -rf "${ENV_DIR?}/"*
