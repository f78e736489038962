#!/bin/bash
# RUN: %blastradius test %s
set -euo pipefail

# ruleid: bash-git-force-push-protected
git push --force origin main
# ruleid: bash-git-force-push-protected
git push -f origin master
# ruleid: bash-git-force-push-protected
git push origin +main
# ruleid: bash-git-force-push-protected
git -C repo push --force upstream HEAD:main
# ruleid: bash-git-force-push-protected
git push -uf origin HEAD:refs/heads/master
# ruleid: bash-git-force-push-protected
git push --force-with-lease origin main
# ruleid: bash-git-force-push-protected
git push --all --force origin
# ruleid: bash-git-force-push-protected
git push origin :main
# ruleid: bash-git-force-push-protected
git push origin --delete master
# ruleid: bash-git-force-push-protected
sudo -u git git push --force origin main

# Near misses: feature branches, ordinary pushes, unknown targets, other commands.
# ok: bash-git-force-push-protected
git push --force origin feature/login
# ok: bash-git-force-push-protected
git push --force-with-lease origin HEAD:my-branch
# ok: bash-git-force-push-protected
git push origin main
# ok: bash-git-force-push-protected
git push origin main:main
# ok: bash-git-force-push-protected
git push --force
# ok: bash-git-force-push-protected
git push -f origin "$BRANCH"
# ok: bash-git-force-push-protected
git push origin +feature
# ok: bash-git-force-push-protected
git push origin --delete old-feature
# ok: bash-git-force-push-protected
git push --tags origin
# ok: bash-git-force-push-protected
git fetch --force origin main
# ok: bash-git-force-push-protected
git checkout -f main
# ok: bash-git-force-push-protected
echo git push --force origin main
# git push --force origin main
# ok: bash-git-force-push-protected
git push --dry-run --force origin main
