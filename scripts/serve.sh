#!/usr/bin/env bash
# scripts/serve.sh: installs what is missing (scripts/setup.sh), then serves the
# release build with Trunk at http://127.0.0.1:8080, rebuilding on changes.
# (Address and port come from Trunk.toml.) Stop it with Ctrl-C.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo"

section "setup"
bash scripts/setup.sh
stop_after_dry_run "trunk serve"
set_wasm_rustflags

section "trunk serve --release: http://127.0.0.1:8080"
trunk serve --release "$@"
