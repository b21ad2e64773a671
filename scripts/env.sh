# scripts/env.sh: sourced by the other scripts (not run on its own).
# Finds the repo root, puts the project's tools on PATH and makes every failure say, in one
# line, which step failed and why:
#   $repo/node_modules/.bin   wasm-opt 132 (npm "binaryen"), used by Trunk offline
#   $CARGO_HOME/bin           cargo, trunk, wasm-bindgen (CARGO_HOME defaults to ~/.cargo)
# Usage: source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
#
# Nothing here may assume a folder exists: on a fresh machine there is no cargo registry, no
# node_modules and no Trunk yet, and under `set -euo pipefail` one failing look-up would end
# the script before setup.sh could install anything (issue 11). tests/fresh-machine.sh runs
# every script's start-up against an empty CARGO_HOME to keep it that way.

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT="$repo"
cargo_home="${CARGO_HOME:-$HOME/.cargo}"

# --- Failure reporting --------------------------------------------------------------------
# The name the script is known by ("test" for scripts/test.sh), the step it is in (set by
# `section` and `step`), and a trap that prints both with the failing command before the
# script exits, so `make` never ends on a bare "Error 2".
script_name="$(basename "${BASH_SOURCE[1]:-$0}" .sh)"
current_step="start-up"

report_failure() {
  local status="$1" line="$2" command="$3"
  # A failure inside $(…) is reported by the command that used it, once.
  [ "$BASH_SUBSHELL" -eq 0 ] || return 0
  printf '%s: FAILED in step "%s": `%s` exited with status %s (line %s)%s\n' \
    "$script_name" "$current_step" "$command" "$status" "$line" \
    "${failure_hint:+; $failure_hint}" >&2
}
# errtrace: without it a command failing inside a function ends the script under `set -e`
# without running the trap, which is the silent exit this file exists to prevent.
set -o errtrace
trap 'report_failure "$?" "$LINENO" "$BASH_COMMAND"' ERR

# Print a visible section header; it also names the step a failure is reported in.
section() {
  current_step="$*"
  failure_hint=""
  printf '\n==== %s ====\n' "$*"
}

# Name the step without a header (for scripts that print one line per step), with an
# optional hint that a failure line ends with: `step "name" "what usually went wrong"`.
step() {
  current_step="$1"
  failure_hint="${2:-}"
}

# Stop with one line that says why, for a failure the script detects itself.
die() {
  trap - ERR
  printf '%s: FAILED in step "%s": %s%s\n' "$script_name" "$current_step" "$*" "${failure_hint:+; $failure_hint}" >&2
  exit 1
}

# --- PATH -----------------------------------------------------------------------------------
case ":$PATH:" in
  *":$cargo_home/bin:"*) ;;
  *) PATH="$cargo_home/bin:$PATH" ;;
esac
case ":$PATH:" in
  *":$repo/node_modules/.bin:"*) ;;
  *) PATH="$repo/node_modules/.bin:$PATH" ;;
esac
export PATH

# --- Shorter panic paths in the wasm ------------------------------------------------------------
# Each dependency's source path would otherwise ship in full inside the wasm (the registry
# folder, the repo folder), a few hundred bytes of every first visit. Only the wasm target
# gets these flags, so native builds and tests are untouched. Call it after setup.sh: on a
# fresh machine the registry folder appears only when `cargo fetch` has run, and computing
# the flags before that would make the first build differ from every later one.
set_wasm_rustflags() {
  local registry_src="" dir
  for dir in "$cargo_home"/registry/src/*/; do
    # An unmatched glob stays as the literal pattern: only a real folder counts.
    if [ -d "$dir" ]; then
      registry_src="$dir"
      break
    fi
  done
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$repo/= ${registry_src:+--remap-path-prefix=$registry_src=}"
}


# --- Dry run ------------------------------------------------------------------------------------
# With AFTERCARE_DRY_RUN=1, setup.sh only says what it would install, and each entry script
# stops right after it: a quick check of every script's start-up (tests/fresh-machine.sh).
stop_after_dry_run() {
  if [ -n "${AFTERCARE_DRY_RUN:-}" ]; then
    echo "$script_name: dry run: start-up and setup's checks passed; stopping before $1"
    exit 0
  fi
}
