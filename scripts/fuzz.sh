#!/usr/bin/env bash
# scripts/fuzz.sh: the long fuzz run (`make fuzz`). `cargo test` and `make test` already run
# 100,000 cases of each target; this runs many more:
#   1. cargo test --test fuzz   the proptest targets of tests/fuzz.rs (share-link decoder,
#                               embed settings in the query, how a page opens, the saved
#                               check), PROPTEST_CASES cases each
#   2. embed.js                 tests/e2e/embed-fuzz.test.mjs (node:vm, no browser): as many
#                               random data-* attribute sets and as many message events
# Usage: scripts/fuzz.sh [cases]   cases per target, default 2000000.
# Needs only cargo and node (no Trunk, no Chromium), so it runs no setup. Every target prints
# its seed; PROPTEST_RNG_SEED=<seed> (Rust) or EMBED_FUZZ_SEED=<seed> (embed.js) repeats a run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo"

cases="${1:-2000000}"
case "$cases" in
  '' | *[!0-9]*) echo "fuzz: the number of cases must be a whole number, not '$cases'" >&2; exit 2 ;;
esac
if [ "${#cases}" -gt 10 ] || [ "$cases" -lt 1 ] || [ "$cases" -gt 4294967295 ]; then
  echo "fuzz: the number of cases must be 1 to 4294967295 (proptest counts in a u32)" >&2
  exit 2
fi

now() { date +%s.%N; }
took() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

section "1/2 cargo test --test fuzz: $cases cases per target"
start="$(now)"
PROPTEST_CASES="$cases" cargo test --test fuzz -- --nocapture
rust_time="$(took "$start")"

section "2/2 embed.js fuzz: $cases data-* sets and $cases messages"
start="$(now)"
EMBED_FUZZ_CASES="$cases" node --test tests/e2e/embed-fuzz.test.mjs
js_time="$(took "$start")"

section "fuzz passed: $cases cases per target; Rust $rust_time, embed.js $js_time"
