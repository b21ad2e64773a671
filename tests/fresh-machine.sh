#!/usr/bin/env bash
# tests/fresh-machine.sh: the README's commands start up on a fresh machine (issue 11).
#
# CI's machine is not fresh: its cargo registry, Trunk, browsers and caches stay from run to
# run, so a script that assumes one of them exists passes CI and fails a newcomer. This test
# simulates a machine where only Rust is installed, in seconds and without building Trunk:
#   - a copy of the repo's tracked files as they are in the work tree (no node_modules, no
#     dist, no target), in a new temporary folder;
#   - HOME and CARGO_HOME in that folder, neither of them created: no registry, no ~/.cargo/bin,
#     so no Trunk and no wasm-bindgen; rustup's toolchains (RUSTUP_HOME) stay the machine's,
#     since rustup cannot download another one here;
#   - PATH with only cargo, rustc and rustup added to the system's /usr/bin and /bin;
#   - SETUP_CHROMIUM, SETUP_CHROMEDRIVER, SETUP_FIREFOX, SETUP_WEBKIT_DRIVER, SETUP_MINIBROWSER
#     and SETUP_XVFB_RUN pointing where nothing is: no browser, no WebDriver, no X server.
# Then it runs `make test`, `make serve`, `make build`, `make size`, `make bench` and `make setup` there with
# AFTERCARE_DRY_RUN=1, so setup.sh says what it would install and installs nothing, and checks
# that each one starts, plans every install a fresh machine needs and writes nothing. Last, it
# breaks the copy on purpose (no Cargo.lock, no rustup, an apt-get that fails in each browser's
# install) and checks that each failure ends in one line naming the step.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
cd "$repo"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAILED: $*" >&2; }

step "make the fresh machine"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/aftercare-fresh.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
copy="$tmp/aftercare"
mkdir -p "$copy" "$tmp/bin"
# Tracked files as they are now (so an uncommitted fix is tested too); a file deleted but not
# yet committed is skipped.
git ls-files -z | while IFS= read -r -d '' file; do
  if [ -e "$file" ]; then printf '%s\0' "$file"; fi
done | tar --null -T - -cf - | tar -C "$copy" -xf -

for tool in cargo rustc rustup; do
  real="$(command -v "$tool")" || die "$tool is not on PATH: this test needs the machine's Rust"
  ln -s "$real" "$tmp/bin/$tool"
done
fresh_env=(
  env -i
  HOME="$tmp/home"
  CARGO_HOME="$tmp/home/.cargo"
  RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"
  RUSTUP_TOOLCHAIN="$(rustup show active-toolchain | cut -d' ' -f1)"
  PATH="$tmp/bin:/usr/bin:/bin"
  SETUP_CHROMIUM="$tmp/no-browser/chromium"
  SETUP_CHROMEDRIVER="$tmp/no-browser/chromedriver"
  SETUP_FIREFOX="$tmp/no-browser/firefox-esr"
  SETUP_WEBKIT_DRIVER="$tmp/no-browser/WebKitWebDriver"
  SETUP_MINIBROWSER="$tmp/no-browser/MiniBrowser"
  SETUP_XVFB_RUN="$tmp/no-browser/xvfb-run"
  LANG=C.UTF-8
)

# Run one make target on the fresh machine; its output goes to $tmp/<target>.log.
run_fresh() {
  local target="$1" status=0
  "${fresh_env[@]}" AFTERCARE_DRY_RUN=1 make -C "$copy" --no-print-directory "$target" \
    >"$tmp/$target.log" 2>&1 </dev/null || status=$?
  return "$status"
}

# Each line must be in the log: what setup plans on a machine that has nothing.
expect_lines() {
  local log="$1" label="$2" line
  shift 2
  for line in "$@"; do
    if grep -qF -- "$line" "$log"; then
      pass "$label says: $line"
    else
      fail "$label does not say: $line"
      sed 's/^/    | /' "$log" >&2
    fi
  done
}

step "run the README's commands on the fresh machine"
wb_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)"
plan=(
  "setup: would run: cargo install trunk --version 0.21.14 --locked"
  "setup: would run: cargo install wasm-bindgen-cli --version $wb_version"
  "setup: would run: apt-get install -y -qq --no-install-recommends chromium chromium-driver"
  "setup: would run: apt-get install -y -qq --no-install-recommends firefox-esr"
  "setup: would run: apt-get install -y -qq --no-install-recommends webkit2gtk-driver xvfb xauth"
  "setup: would run: npm ci"
  "setup: would run: cargo fetch --quiet"
  "setup: dry run: nothing was installed"
)
for target in test serve build size bench setup; do
  if run_fresh "$target"; then
    pass "make $target starts on a fresh machine"
  else
    fail "make $target fails on a fresh machine (exit $?)"
    sed 's/^/    | /' "$tmp/$target.log" >&2
    continue
  fi
  expect_lines "$tmp/$target.log" "make $target" "${plan[@]}"
done
expect_lines "$tmp/test.log" "make test" "test: dry run: start-up and setup's checks passed; stopping before cargo test"
expect_lines "$tmp/serve.log" "make serve" "serve: dry run: start-up and setup's checks passed; stopping before trunk serve"
expect_lines "$tmp/size.log" "make size" "size: dry run: would install twiggy 0.8.0 (cargo install --locked) for the wasm ledger" \
  "size: dry run: start-up and setup's checks passed; stopping before measuring dist/"
expect_lines "$tmp/bench.log" "make bench" "bench: dry run: would install lighthouse 12.8.2 into target/bench-tools (npm)" \
  "bench: dry run: start-up and setup's checks passed; stopping before the benchmark"

step "check the dry runs wrote nothing"
for path in "$tmp/home" "$copy/node_modules" "$copy/dist" "$copy/target"; do
  if [ -e "$path" ]; then fail "a dry run created ${path#"$tmp"/}"; else pass "no ${path#"$tmp"/} was created"; fi
done

step "check the wasm flags with and without a cargo registry"
flags_of() {
  "${fresh_env[@]}" bash -c 'set -euo pipefail; source "$1/scripts/env.sh"; set_wasm_rustflags
    echo "$CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS"' _ "$copy"
}
flags="$(flags_of)"
if [ "$flags" = "--remap-path-prefix=$copy/= " ]; then
  pass "with no registry the wasm flags remap only the repo"
else
  fail "with no registry the wasm flags are: $flags"
fi
mkdir -p "$tmp/home/.cargo/registry/src/index.example-0123/"
flags="$(flags_of)"
if [ "$flags" = "--remap-path-prefix=$copy/= --remap-path-prefix=$tmp/home/.cargo/registry/src/index.example-0123/=" ]; then
  pass "with a registry the wasm flags remap it too"
else
  fail "with a registry the wasm flags are: $flags"
fi
rm -rf "$tmp/home"

step "check a failure names its step"
# Without Cargo.lock, setup cannot read the wasm-bindgen version: awk fails inside an
# assignment, which the ERR trap must report. Without rustup, setup stops on its own check.
mv "$copy/Cargo.lock" "$tmp/Cargo.lock"
if run_fresh test; then
  fail "make test passed without Cargo.lock"
else
  expect_lines "$tmp/test.log" "make test without Cargo.lock" \
    'setup: FAILED in step "read the wasm-bindgen version": `wb_version=' \
    'test: FAILED in step "1/7 setup": `bash scripts/setup.sh` exited with status'
fi
mv "$tmp/Cargo.lock" "$copy/Cargo.lock"
rm "$tmp/bin/rustup"
if run_fresh build; then
  fail "make build passed without rustup"
else
  expect_lines "$tmp/build.log" "make build without rustup" \
    'setup: FAILED in step "check rust": rustup is not on PATH'
fi

# An install that fails inside one of setup's functions must still be named (under `set -e` a
# failure inside a function skips an ERR trap that is not inherited). Stand-ins make Trunk and
# wasm-bindgen look installed and make apt-get fail as it does without a network.
ln -s "$(command -v rustup)" "$tmp/bin/rustup"
printf '#!/bin/sh\necho "trunk 0.21.14"\n' >"$tmp/bin/trunk"
printf '#!/bin/sh\necho "wasm-bindgen %s"\n' "$wb_version" >"$tmp/bin/wasm-bindgen"
printf '#!/bin/sh\necho "E: could not reach the package server" >&2\nexit 100\n' >"$tmp/bin/apt-get"
chmod +x "$tmp/bin/trunk" "$tmp/bin/wasm-bindgen" "$tmp/bin/apt-get"
status=0
"${fresh_env[@]}" make -C "$copy" --no-print-directory setup >"$tmp/apt.log" 2>&1 </dev/null || status=$?
if [ "$status" -eq 0 ]; then
  fail "make setup passed with a failing apt-get"
else
  expect_lines "$tmp/apt.log" "make setup with a failing apt-get" \
    'setup: FAILED in step "install chromium": `apt-get update -qq` exited with status 100; apt-get could not install chromium and chromium-driver'
fi
# The same for the other engines' installs: with the browsers before it standing in as
# installed, each one's apt-get is the first to run, and its failure must name its own step.
mkdir -p "$tmp/browsers"
for browser in chromium chromedriver firefox-esr; do
  printf '#!/bin/sh\necho "%s (stand-in)"\n' "$browser" >"$tmp/browsers/$browser"
  chmod +x "$tmp/browsers/$browser"
done
# Runs make setup with the given browsers standing in as installed; it must fail naming the
# step "install $1", whose apt-get (installing $2) is the first to run.
apt_fails_in() {
  local engine="$1" packages="$2" status=0
  shift 2
  "${fresh_env[@]}" "$@" make -C "$copy" --no-print-directory setup >"$tmp/apt-$engine.log" 2>&1 </dev/null || status=$?
  if [ "$status" -eq 0 ]; then
    fail "make setup passed with a failing apt-get (installing $engine)"
  else
    expect_lines "$tmp/apt-$engine.log" "make setup with a failing apt-get (installing $engine)" \
      "setup: FAILED in step \"install $engine\": \`apt-get update -qq\` exited with status 100; apt-get could not install $packages"
  fi
}
chromium_installed=(SETUP_CHROMIUM="$tmp/browsers/chromium" SETUP_CHROMEDRIVER="$tmp/browsers/chromedriver")
apt_fails_in firefox "firefox-esr" "${chromium_installed[@]}"
apt_fails_in webkit "webkit2gtk-driver, xvfb and xauth" "${chromium_installed[@]}" SETUP_FIREFOX="$tmp/browsers/firefox-esr"

step "report"
echo "fresh-machine: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || die "$failed checks of the fresh-machine start-up failed (above)"
