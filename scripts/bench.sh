#!/usr/bin/env bash
# scripts/bench.sh: `make bench`. Installs what is missing, builds the release (unless
# --no-build), then runs scripts/bench.mjs: the first screen, the app ready and an answer
# painted against a plain HTML page, on a fast and a slow connection, and Lighthouse's mobile
# preset. It prints figures and never fails on a timing. BENCH_RUNS=n sets the loads per page
# (7), BENCH_LIGHTHOUSE=0 skips Lighthouse.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo"

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) echo "usage: scripts/bench.sh [--no-build]"; exit 0 ;;
    *) die "unknown argument: $arg (usage: scripts/bench.sh [--no-build])" ;;
  esac
done

# Lighthouse only for this benchmark, in its own folder: as a dev dependency it would make
# every `npm ci` of the tests install ~200 more packages, one of them pinned to "latest".
tools="$repo/target/bench-tools"
if [ -n "${AFTERCARE_DRY_RUN:-}" ] && [ ! -f "$tools/node_modules/lighthouse/package.json" ]; then
  echo "bench: dry run: would install lighthouse 12.8.2 into target/bench-tools (npm)"
fi

section "setup"
bash scripts/setup.sh
stop_after_dry_run "the benchmark"
set_wasm_rustflags

step "install lighthouse" "npm could not install lighthouse 12.8.2 (the last release for Node 20) into $tools"
if [ ! -f "$tools/node_modules/lighthouse/package.json" ]; then
  echo "bench: installing lighthouse 12.8.2 for the benchmark into target/bench-tools (npm)"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error lighthouse@12.8.2
fi
export BENCH_TOOLS="$tools/node_modules"

if [ "$build" = 1 ]; then
  section "trunk build --release"
  trunk build --release
fi
[ -f dist/index.html ] || die "no dist/index.html: build first (make build), or drop --no-build"

section "benchmark (node scripts/bench.mjs)"
node scripts/bench.mjs
