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
