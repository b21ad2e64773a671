# scripts/env.sh: sourced by the other scripts (not run on its own).
# Finds the repo root and puts the project's tools on PATH:
#   $repo/node_modules/.bin  wasm-opt 132 (npm "binaryen"), used by Trunk offline
#   $HOME/.cargo/bin         cargo, trunk, wasm-bindgen
# Usage: source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT="$repo"

case ":$PATH:" in
  *":$HOME/.cargo/bin:"*) ;;
  *) PATH="$HOME/.cargo/bin:$PATH" ;;
esac
case ":$PATH:" in
  *":$repo/node_modules/.bin:"*) ;;
  *) PATH="$repo/node_modules/.bin:$PATH" ;;
esac
export PATH

# Print a visible section header.
section() {
  printf '\n==== %s ====\n' "$*"
}

# Shorter panic-location paths in the wasm: each dependency's source path would otherwise
# ship in full (the registry folder, the repo folder), a few hundred bytes of every first
# visit. Only the wasm target gets these flags, so native builds and tests are untouched.
registry_src="$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/ 2>/dev/null | head -n 1)"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$repo/= ${registry_src:+--remap-path-prefix=$registry_src=}"
