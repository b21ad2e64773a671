#!/usr/bin/env bash
# scripts/test.sh: runs every test of Aftercare. Any failing step fails the script.
#   1. setup       install what is missing (scripts/setup.sh)
#   2. fresh       every README command's start-up on a simulated fresh machine, with
#                  nothing installed (tests/fresh-machine.sh; seconds, builds nothing)
#   3. cargo test  formatting (cargo fmt --check), lints (cargo clippy -D warnings), then the
#                  native engine and render (ssr) tests
#   4. trunk build the release site into dist/, then its size budgets (scripts/size.sh
#                  --check: the first visit, the one-file copy and embed.js; over one, it fails)
#   5. e2e         browser tests: node --test on tests/e2e/*.test.mjs; each test
#                  serves dist/ itself on a free 127.0.0.1 port (tests/e2e/harness.mjs)
#                  and drives Debian's /usr/bin/chromium through playwright-core
#   6. engines     smoke tests in the other engines, the check from start to result in a
#                  spa's frame and from file:// (tests/engines/smoke.mjs): Firefox (Debian's
#                  firefox-esr through puppeteer-core), then WebKit (Debian's WebKitWebDriver
#                  and MiniBrowser, under xvfb-run since MiniBrowser needs a display)
#   7. copy check  ../shared/tools/copied-text-check over the tracked files (skipped, saying so,
#                  where ../shared is not beside the clone; CI always has it)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo"

section "1/7 setup"
bash scripts/setup.sh
stop_after_dry_run "cargo test"
set_wasm_rustflags

section "2/7 fresh-machine start-up (tests/fresh-machine.sh)"
bash tests/fresh-machine.sh

section "3/7 cargo fmt --check, cargo clippy, cargo test --all-targets"
step "3/7 cargo fmt --check" "the code is not formatted as rustfmt writes it: run cargo fmt (the diff is above)"
cargo fmt --check
step "3/7 cargo clippy --all-targets -- -D warnings" "clippy found warnings (above): fix them"
cargo clippy --quiet --all-targets -- -D warnings
step "3/7 cargo test --all-targets" "a native test failed (its report is above)"
# --show-output prints what passing tests print, such as how many answer sets the
# exhaustive engine test checked.
cargo test --all-targets -- --show-output

section "4/7 trunk build --release"
trunk build --release
bash scripts/size.sh --no-build --check
# The gate itself must be able to fail: with a 1 KB budget, the same check must stop.
step "4/7 the size gate fails over a budget" "scripts/size.sh --check passed with a 1 KB budget"
if AFTERCARE_BUDGET_KB=1 bash scripts/size.sh --no-build --check >/dev/null 2>&1; then
  die "scripts/size.sh --check let a 1 KB budget pass"
fi
echo "size: the gate fails over a budget, as it should"

section "5/7 browser tests (node --test tests/e2e/)"
shopt -s nullglob
e2e_tests=(tests/e2e/*.test.mjs)
shopt -u nullglob
[ "${#e2e_tests[@]}" -gt 0 ] || die "no browser tests found (tests/e2e/*.test.mjs)"
# The usual report as the tests run, and node's summary of the failures beside it in a file:
# printed again last on a failure, so the end of the log (all a CI summary may keep) says which
# test failed and why, not only that one did.
e2e_failures="$(mktemp)"
if ! node --test --test-reporter=tap --test-reporter-destination=stdout \
  --test-reporter=spec --test-reporter-destination="$e2e_failures" "${e2e_tests[@]}"; then
  printf '\n==== the failing browser tests, and why ====\n'
  sed -n '/failing tests:/,$p' "$e2e_failures"
  die "node --test found failing browser tests: the list above names each and why"
fi
rm -f "$e2e_failures"

section "6/7 Firefox and WebKit smoke tests (tests/engines/)"
step "6/7 Firefox smoke test (tests/engines/firefox.test.mjs)" "node's report above names the failing test and why"
node --test tests/engines/firefox.test.mjs
step "6/7 WebKit smoke test (tests/engines/webkit.test.mjs)" "node's report above names the failing test and why"
# -a: the first free display number, so a second run or another X server does not collide.
xvfb-run -a node --test tests/engines/webkit.test.mjs

section "7/7 copied-text check"
checker="$repo/../shared/tools/copied-text-check"
if [ -e "$checker" ]; then
  step "7/7 copied-text check" "passages of the source article are copied (listed above): say them in our own words"
  if [ -x "$checker" ]; then "$checker"; else python3 "$checker"; fi
elif [ "${CI:-}" = "true" ]; then
  die "the copied-text check is missing: CI runs beside ../shared, and ../shared/tools/copied-text-check is not there"
else
  echo "copied-text check: skipped, ../shared/tools/copied-text-check is not beside this clone (CI runs it)"
fi

section "all tests passed"
