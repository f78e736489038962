#!/usr/bin/env bash
# Installs what blastradius needs on Debian 12, and nothing when it is all there already.
# Debian packages only from apt, grammars and the SARIF validator only from npm (pinned by lock files).
set -euo pipefail
cd "$(dirname "$0")/.."

LLVM_VERSION="${BLASTRADIUS_LLVM_VERSION:-19}"
PACKAGES=(
  cmake ninja-build g++ git nodejs npm python3 python3-jsonschema python3-yaml
  "clang-${LLVM_VERSION}" "libclang-${LLVM_VERSION}-dev" "clang-tidy-${LLVM_VERSION}"
  "llvm-${LLVM_VERSION}-dev" "llvm-${LLVM_VERSION}-tools"
  nlohmann-json3-dev libre2-dev libyaml-cpp-dev libcli11-dev libxxhash-dev zlib1g-dev pkg-config
  libpugixml-dev libmimalloc-dev
  dpkg-dev file python3-yaml
)
# With --with-test-tools: what the tests use to produce real coverage (gcov via lcov, clang's
# profile runtime for -fprofile-instr-generate, coverage.py), and Neovim, whose built-in LSP client
# drives `blastradius lsp` in test/lsp.
if [[ "${1:-}" == "--with-test-tools" ]]; then
  # curl: test/cli/install-package.test runs the GitHub Action's download step against a file: URL.
  # time: bench/compare.sh measures with /usr/bin/time (test/cli/bench-compare-smoke.test).
  PACKAGES+=(lcov python3-coverage "libclang-rt-${LLVM_VERSION}-dev" neovim curl time)
  # blastradius-clangd (-DBLASTRADIUS_BUILD_EDITOR_BINARIES=ON; linked with lld, which takes seconds where
  # ld.bfd takes minutes): Debian's libclangdMain.a has the
  # remote index compiled in, so linking clangd needs gRPC and protobuf.
  PACKAGES+=(libgrpc++-dev libprotobuf-dev libabsl-dev lld)
fi

missing=()
for package in "${PACKAGES[@]}"; do
  # nodejs/npm may come from elsewhere on a developer machine: a working binary is enough.
  case "$package" in
    nodejs) command -v node >/dev/null && continue ;;
    npm) command -v npm >/dev/null && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}"
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The SARIF multitool validates test output; reinstalled only when its lock changes.
install_npm_tree() {
  local dir="$1" stamp="$1/node_modules/.blastradius-installed-lock" hash
  hash=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$hash" ]]; then
    echo "bootstrap: npm ci in $dir"
    (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
    # --ignore-scripts also skips the multitool's own postinstall, which only marks it executable.
    find "$dir/node_modules" -name Sarif.Multitool -type f -exec chmod u+x {} +
    echo -n "$hash" >"$stamp"
  fi
}
if [[ "${1:-}" == "--with-test-tools" && -f test/sarif/package-lock.json ]]; then
  install_npm_tree test/sarif
fi
# The VS Code extension's toolchain (tsc, eslint, vscode-languageclient): test/editors builds and lints it.
if [[ "${1:-}" == "--with-test-tools" && -f editors/vscode/package-lock.json ]]; then
  install_npm_tree editors/vscode
fi
