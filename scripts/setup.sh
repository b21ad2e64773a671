#!/usr/bin/env bash
# scripts/setup.sh: installs what building, serving and testing Aftercare needs,
# and only what is missing, so it is quick when everything is already there.
# Idempotent; works as root with CI=true and no stdin.
#
#   rustup target   wasm32-unknown-unknown
#   trunk           0.21.14                     (cargo install --locked)
#   wasm-bindgen    the version in Cargo.lock   (cargo install wasm-bindgen-cli)
#   chromium        Debian's chromium + chromium-driver (apt-get)
#   npm packages    npm ci: binaryen (wasm-opt 132), playwright-core, axe-core
#   crates          cargo fetch (all targets), since Trunk builds with --offline
#
# Trunk cannot download wasm-bindgen or wasm-opt on this network, so both are
# installed here and Trunk.toml pins those versions with offline = true.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo"

TRUNK_VERSION="0.21.14"
export DEBIAN_FRONTEND=noninteractive

log() { printf 'setup: %s\n' "$*" >&2; }

# Rust's wasm target.
if ! rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown </dev/null
fi

# Trunk (builds from source: ~15 minutes on 2 cores).
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (cargo install, takes a while)"
  cargo install trunk --version "$TRUNK_VERSION" --locked </dev/null
fi

# wasm-bindgen CLI: must match the wasm-bindgen crate in Cargo.lock exactly.
wb_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)"
if [ -z "$wb_version" ]; then
  echo "setup: could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wb_version" ]; then
  log "installing wasm-bindgen-cli $wb_version"
  cargo install wasm-bindgen-cli --version "$wb_version" </dev/null
fi

# Chromium and its driver, from Debian (for the browser tests).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  log "installing chromium and chromium-driver (apt-get)"
  apt-get update -qq </dev/null
  apt-get install -y -qq --no-install-recommends chromium chromium-driver </dev/null >/dev/null
fi

# npm packages: when node_modules is missing or older than package-lock.json.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error </dev/null >/dev/null
  touch node_modules
fi

# Crate sources for every target (Trunk's wasm build runs cargo with --offline).
cargo fetch --quiet </dev/null

# One line per tool.
echo "setup: $(rustc --version)"
echo "setup: $(cargo --version)"
echo "setup: rust target $(rustup target list --installed | grep -x 'wasm32-unknown-unknown')"
echo "setup: $(trunk --version)"
echo "setup: $(wasm-bindgen --version)"
echo "setup: $(wasm-opt --version)"
echo "setup: $(/usr/bin/chromium --version 2>/dev/null)"
echo "setup: $(/usr/bin/chromedriver --version 2>/dev/null | head -n 1)"
echo "setup: node $(node --version), npm $(npm --version)"
echo "setup: playwright-core $(node -p 'require("playwright-core/package.json").version'), axe-core $(node -p 'require("axe-core/package.json").version')"
