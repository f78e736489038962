#!/bin/bash -eu
# RUN: %blastradius test %s
# `-u` on the shebang line is `set -u` from the first line.
# ok: bash-recursive-rm-unguarded-variable
rm -rf "$ENV_DIR/"*
main() {
  local target
  target=$(resolve_target)
  # ruleid: bash-recursive-rm-unguarded-variable
  rm -rf "$target/"*
}
main "$@"
