#!/usr/bin/env bash
# scripts/setup.sh: installs what building, serving and testing Aftercare needs,
# and only what is missing, so it is quick when everything is already there.
# Idempotent; works as root with CI=true and no stdin, and on a fresh machine where only
# Rust is installed (no cargo registry, no Trunk, no browser, no node_modules).
#
#   rustup target   wasm32-unknown-unknown
#   toolchain       the stable release rust-toolchain.toml pins, linked from rustup's stable
#                   when that is the same release under another name
#   rustfmt, clippy rustup components: make test checks formatting and lints
#   trunk           0.21.14                     (cargo install --locked; ~15 min, once)
#   wasm-bindgen    the version in Cargo.lock   (cargo install wasm-bindgen-cli)
#   node, npm       Debian's, only if the machine has none (apt-get)
#   chromium        Debian's chromium + chromium-driver (apt-get)
#   firefox         Debian's firefox-esr (apt-get), for tests/engines/firefox.test.mjs
#   webkit          Debian's webkit2gtk-driver (WebKitWebDriver, and WebKitGTK's MiniBrowser
#                   with it), xvfb and xauth (xvfb-run) (apt-get), for tests/engines/webkit.test.mjs
#   npm packages    npm ci: binaryen (wasm-opt 132), terser (minifies the glue and embed.js),
#                   playwright-core, puppeteer-core, axe-core, ical.js (reads the reminder)
#   crates          cargo fetch (all targets), since Trunk builds with --offline
#
# Trunk cannot download wasm-bindgen or wasm-opt on this network, so both are
# installed here and Trunk.toml pins those versions with offline = true.
#
# AFTERCARE_DRY_RUN=1 prints what would be installed and installs nothing: that is how
# tests/fresh-machine.sh checks the detection on a simulated fresh machine in seconds.
# SETUP_CHROMIUM, SETUP_CHROMEDRIVER, SETUP_FIREFOX, SETUP_WEBKIT_DRIVER, SETUP_MINIBROWSER and
# SETUP_XVFB_RUN name the browser binaries to look for (Debian's by default); the fresh-machine
# test points them at paths that do not exist.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo"

TRUNK_VERSION="0.21.14"
chromium_bin="${SETUP_CHROMIUM:-/usr/bin/chromium}"
chromedriver_bin="${SETUP_CHROMEDRIVER:-/usr/bin/chromedriver}"
firefox_bin="${SETUP_FIREFOX:-/usr/bin/firefox-esr}"
webkit_driver_bin="${SETUP_WEBKIT_DRIVER:-/usr/bin/WebKitWebDriver}"
minibrowser_bin="${SETUP_MINIBROWSER:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
xvfb_run_bin="${SETUP_XVFB_RUN:-/usr/bin/xvfb-run}"
dry_run="${AFTERCARE_DRY_RUN:-}"
export DEBIAN_FRONTEND=noninteractive

log() { printf 'setup: %s\n' "$*" >&2; }

# Run an install command (stdin closed: CI has none), or in a dry run only say what it would be.
# With --quiet its ordinary output is dropped (apt and npm print hundreds of lines); its errors
# still show, above the line that names the failed step.
run_install() {
  local quiet=""
  if [ "$1" = "--quiet" ]; then
    quiet=1
    shift
  fi
  if [ -n "$dry_run" ]; then
    printf 'setup: would run: %s\n' "$*"
    return 0
  fi
  local status=0
  if [ -n "$quiet" ]; then
    "$@" </dev/null >/dev/null || status=$?
  else
    "$@" </dev/null || status=$?
  fi
  # Named here rather than by the trap, which would only see the words `"$@"`.
  [ "$status" -eq 0 ] || die "\`$*\` exited with status $status"
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    run_install --quiet apt-get update -qq
    apt_updated=1
  fi
  run_install --quiet apt-get install -y -qq --no-install-recommends "$@"
}

step "check rust" "rustup and cargo must be installed first (https://rustup.rs)"
command -v cargo >/dev/null || die "cargo is not on PATH: install Rust with rustup first"
command -v rustup >/dev/null || die "rustup is not on PATH: install Rust with rustup first"

step "rust toolchain of rust-toolchain.toml" "rustup has no toolchain of that version, and cannot download one here"
# rust-toolchain.toml pins a stable release. Where rustup has that release installed as
# "stable" only (and cannot download it again by number), it is linked under its number; from
# / so that the toolchain file does not ask rustup for the toolchain being linked.
pinned="$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)"
[ -n "$pinned" ] || die "rust-toolchain.toml names no channel"
if ! rustup toolchain list | grep -q "^$pinned-"; then
  stable_version="$(cd / && rustc +stable --version 2>/dev/null | awk '{print $2}')"
  [ "$stable_version" = "$pinned" ] || die "Rust $pinned is not installed (rustup's stable is ${stable_version:-missing}): run rustup toolchain install $pinned"
  log "linking rustup's stable ($stable_version) as the toolchain $pinned that rust-toolchain.toml names"
  run_install rustup toolchain link "$pinned" "$(cd / && rustc +stable --print sysroot)"
fi

step "rust target wasm32-unknown-unknown" "rustup could not add the wasm target"
if ! rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  log "adding rust target wasm32-unknown-unknown"
  run_install rustup target add wasm32-unknown-unknown
fi

step "rust components rustfmt and clippy" "rustup could not add rustfmt and clippy"
# `make test` checks the formatting and the lints (scripts/test.sh, step 3).
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    log "adding rust component $component (make test runs cargo fmt --check and cargo clippy)"
    run_install rustup component add "$component"
  fi
done

step "install trunk $TRUNK_VERSION" "cargo could not build Trunk: its error is above"
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  log "building Trunk $TRUNK_VERSION from source with cargo install: once per machine, about"
  log "12 minutes on two cores. Cargo prints a line for each of its ~380 crates as it compiles"
  log "them; the last one, trunk itself, takes several quiet minutes."
  run_install cargo install trunk --version "$TRUNK_VERSION" --locked
fi

step "read the wasm-bindgen version" "Cargo.lock must be in the repo's top folder"
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
wb_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)"
[ -n "$wb_version" ] || die "could not read the wasm-bindgen version from Cargo.lock"
step "install wasm-bindgen-cli $wb_version" "cargo could not build wasm-bindgen-cli: its error is above"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wb_version" ]; then
  log "building wasm-bindgen-cli $wb_version from source with cargo install (about 5 minutes, once)"
  run_install cargo install wasm-bindgen-cli --version "$wb_version"
fi

step "install node and npm" "apt-get could not install nodejs and npm"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  log "installing Debian's nodejs and npm (apt-get)"
  apt_install nodejs npm
fi

step "install chromium" "apt-get could not install chromium and chromium-driver"
if [ ! -x "$chromium_bin" ] || [ ! -x "$chromedriver_bin" ]; then
  log "installing Debian's chromium and chromium-driver for the browser tests (apt-get)"
  apt_install chromium chromium-driver
fi

step "install firefox" "apt-get could not install firefox-esr"
if [ ! -x "$firefox_bin" ]; then
  log "installing Debian's firefox-esr for the Firefox smoke test (apt-get)"
  apt_install firefox-esr
fi

step "install webkit" "apt-get could not install webkit2gtk-driver, xvfb and xauth"
# MiniBrowser comes with webkit2gtk-driver (in libwebkit2gtk-4.1-0). It has no headless mode,
# so the test runs under xvfb-run, which needs xauth (only recommended by xvfb).
webkit_packages=()
if [ ! -x "$webkit_driver_bin" ] || [ ! -x "$minibrowser_bin" ]; then
  webkit_packages+=(webkit2gtk-driver)
fi
if [ ! -x "$xvfb_run_bin" ] || ! command -v xauth >/dev/null; then
  webkit_packages+=(xvfb xauth)
fi
if [ "${#webkit_packages[@]}" -gt 0 ]; then
  log "installing Debian's ${webkit_packages[*]} for the WebKit smoke test (apt-get)"
  apt_install "${webkit_packages[@]}"
fi

step "npm ci" "npm could not install package-lock.json's packages"
# When node_modules is missing or older than package-lock.json.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  log "npm ci (wasm-opt 132, terser, playwright-core, puppeteer-core, axe-core, ical.js, jsqr, pngjs)"
  run_install --quiet npm ci --no-audit --no-fund --loglevel=error
  [ -n "$dry_run" ] || touch node_modules
fi

step "cargo fetch" "cargo could not download the crates in Cargo.lock"
# Crate sources for every target (Trunk's wasm build runs cargo with --offline).
if [ -z "$dry_run" ]; then
  cargo fetch --quiet </dev/null
else
  run_install cargo fetch --quiet
fi

if [ -n "$dry_run" ]; then
  echo "setup: dry run: nothing was installed"
  exit 0
fi

step "report versions" "a tool that was just installed does not run"
echo "setup: $(rustc --version)"
echo "setup: $(cargo --version)"
echo "setup: rust target $(rustup target list --installed | grep -x 'wasm32-unknown-unknown')"
echo "setup: $(trunk --version)"
echo "setup: $(wasm-bindgen --version)"
echo "setup: $(wasm-opt --version)"
echo "setup: $("$chromium_bin" --version)"
echo "setup: $("$chromedriver_bin" --version | head -n 1)"
echo "setup: $("$firefox_bin" --version)"
# MiniBrowser prints its version only with a display; apt knows it without one.
echo "setup: WebKitGTK $(dpkg-query -W -f '${Version}' webkit2gtk-driver 2>/dev/null || echo '(not installed by apt)'): $webkit_driver_bin, $minibrowser_bin"
echo "setup: node $(node --version), npm $(npm --version)"
echo "setup: playwright-core $(node -p 'require("playwright-core/package.json").version'), puppeteer-core $(node -p 'require("puppeteer-core/package.json").version'), axe-core $(node -p 'require("axe-core/package.json").version')"
