#!/usr/bin/env bash
# scripts/build.sh: installs what is missing (scripts/setup.sh), then builds the
# release site into dist/ with Trunk (offline; wasm-opt from node_modules/.bin).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo"

section "setup"
bash scripts/setup.sh
stop_after_dry_run "trunk build"
set_wasm_rustflags

section "trunk build --release"
trunk build --release
echo "build: dist/ is ready"
