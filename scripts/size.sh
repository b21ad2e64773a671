#!/usr/bin/env bash
# scripts/size.sh: size benchmark. Builds the release (skip with --no-build),
# then prints the raw and gzip -9 size of every file in dist/ that a first visit
# downloads (.html, .js, .wasm, .css), the gzip total, and how it compares to
# the 90 KB budget. It only reports; it does not fail on the budget.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo"

BUDGET_KB=90                       # 1 KB = 1024 bytes
budget_bytes=$((BUDGET_KB * 1024))

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) echo "usage: scripts/size.sh [--no-build]"; exit 0 ;;
    *) echo "size: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

if [ "$build" -eq 1 ]; then
  bash scripts/build.sh
fi

if [ ! -f dist/index.html ]; then
  echo "size: dist/index.html is missing: build first (scripts/build.sh)" >&2
  exit 1
fi

section "first-visit size of dist/ (gzip -9)"
total_raw=0
total_gz=0
printf '%10s  %10s  %s\n' "raw B" "gzip B" "file"
while IFS= read -r -d '' file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%10d  %10d  %s\n' "$raw" "$gz" "${file#dist/}"
done < <(find dist -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \) -print0 | sort -z)
printf '%10d  %10d  %s\n' "$total_raw" "$total_gz" "total"

gz_kb=$(awk -v b="$total_gz" 'BEGIN { printf "%.1f", b / 1024 }')
echo "total gzip: $total_gz bytes = $gz_kb KB"
if [ "$total_gz" -le "$budget_bytes" ]; then
  echo "budget: $gz_kb KB of $BUDGET_KB KB ($budget_bytes bytes): within budget, $((budget_bytes - total_gz)) bytes to spare"
else
  echo "budget: $gz_kb KB of $BUDGET_KB KB ($budget_bytes bytes): OVER budget by $((total_gz - budget_bytes)) bytes"
fi
