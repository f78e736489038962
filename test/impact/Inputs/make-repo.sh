#!/bin/bash
# make-repo.sh REPO BASE HEAD: a git repository whose branch `main` holds the files of BASE and whose
# branch `feature` (checked out) holds the files of HEAD, each in one commit. Change-impact tests
# compare the two.
set -euo pipefail
repo=$1 base=$2 head=$3
rm -rf "$repo"
git init -q -b main "$repo"
git -C "$repo" config user.email t@example.com
git -C "$repo" config user.name test
cp -R "$base"/. "$repo"/
git -C "$repo" add -A
git -C "$repo" commit -qm base
git -C "$repo" checkout -qb feature
find "$repo" -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
cp -R "$head"/. "$repo"/
git -C "$repo" add -A
git -C "$repo" commit -qm head --allow-empty
