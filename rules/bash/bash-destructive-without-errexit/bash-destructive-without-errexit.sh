#!/bin/bash
# RUN: %blastradius test %s

# Every step checked so far, or one that cannot fail: nothing failed silently.
cd "$(dirname "$0")"
cd "$HOME"
# ok: bash-destructive-without-errexit
rm -rf "$HOME/.cache/$APP"
cd "$RELEASE_DIR" || exit 1
if ! STACK=$(get_stack_name); then exit 1; fi
TMP=$(mktemp -d) || exit 1
pushd "$TMP" >/dev/null && make clean
# ok: bash-destructive-without-errexit
rm -rf "$TMP/cache"
# ok: bash-destructive-without-errexit
kubectl delete namespace "$NS"
# ok: bash-destructive-without-errexit
if cd "$WORK"; then rm -rf "$WORK/out"; fi
# An unchecked assignment the command does not use.
STAMP=$(date +%s)
# ok: bash-destructive-without-errexit
helm uninstall "preview-$PR"
# Assigned unchecked, then again from a literal.
TARGET=$(pick_target)
TARGET=/srv/releases/old
# ok: bash-destructive-without-errexit
rm -rf "$TARGET"/*
# Assigned unchecked and used.
OLD_RELEASE=$(ls -1t releases | tail -n 1)
# ruleid: bash-destructive-without-errexit
aws s3 rm "s3://releases/$OLD_RELEASE" --recursive

# No errexit: a failed cd leaves the script in the wrong directory.
cd "$RELEASE_DIR"
# ruleid: bash-destructive-without-errexit
rm -rf "$OLD"/*
# ruleid: bash-destructive-without-errexit
kubectl delete namespace "$NS"

STACK=$(get_stack_name)
# ruleid: bash-destructive-without-errexit
aws cloudformation delete-stack --stack-name "$STACK"

cleanup() {
  # ruleid: bash-destructive-without-errexit
  terraform destroy -auto-approve
}

# Near misses: errexit on, checked steps, commands that are not destructive.
set -e
cd "$WORK"
# ok: bash-destructive-without-errexit
rm -rf "$WORK/tmp"
# ok: bash-destructive-without-errexit
dropdb "$DB"
set +e
# ok: bash-destructive-without-errexit
ls -la
# ok: bash-destructive-without-errexit
rm -rf /tmp/literal-path
# ok: bash-destructive-without-errexit
echo terraform destroy
set -o errexit
# ok: bash-destructive-without-errexit
helm uninstall web
set +o errexit
# ok: bash-destructive-without-errexit
kubectl delete pod web-1
set -euo pipefail
OUT=$(find_output)
# ok: bash-destructive-without-errexit
rm -rf "$OUT/cache"
