#!/usr/bin/env bash
# Installs a blastradius .deb. The Dockerfile's runtime stage installs it into the image with apt
# (which pulls the runtime libraries dpkg-shlibdeps named, and clang-tidy for C++);
# test/cli/install-package.test unpacks the same file into a directory (ROOT) instead.
#   scripts/install-package.sh PACKAGE.deb [ROOT]
set -euo pipefail
deb="$1"
root="${2:-}"
if [[ -n "$root" ]]; then
  dpkg-deb -x "$deb" "$root"
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$(realpath "$deb")" \
  "clang-tidy-$(dpkg-deb -f "$deb" Recommends | sed -n 's/.*clang-tidy-\([0-9]*\).*/\1/p')" >/dev/null
rm -rf /var/lib/apt/lists/*
