#!/usr/bin/env bash
# scripts/test.sh: runs every test of Aftercare. Any failing step fails the script.
#   1. setup       install what is missing (scripts/setup.sh)
#   2. cargo test  native engine and render (ssr) tests
#   3. trunk build the release site into dist/
#   4. e2e         browser tests: node --test on tests/e2e/*.test.mjs; each test
#                  serves dist/ itself on a free 127.0.0.1 port (tests/e2e/harness.mjs)
#                  and drives Debian's /usr/bin/chromium through playwright-core
#   5. copy check  ../shared/tools/copied-text-check over the tracked files
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo"

section "1/5 setup"
bash scripts/setup.sh

section "2/5 cargo test --all-targets"
# --show-output prints what passing tests print, such as how many answer sets the
# exhaustive engine test checked.
cargo test --all-targets -- --show-output

section "3/5 trunk build --release"
trunk build --release

section "4/5 browser tests (node --test tests/e2e/)"
shopt -s nullglob
e2e_tests=(tests/e2e/*.test.mjs)
shopt -u nullglob
if [ "${#e2e_tests[@]}" -eq 0 ]; then
  echo "test: no browser tests found (tests/e2e/*.test.mjs)" >&2
  exit 1
fi
node --test "${e2e_tests[@]}"

section "5/5 copied-text check"
checker="$repo/../shared/tools/copied-text-check"
if [ -x "$checker" ]; then
  "$checker"
else
  python3 "$checker"
fi

section "all tests passed"
