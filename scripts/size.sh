#!/usr/bin/env bash
# scripts/size.sh: size benchmark. Builds the release (skip with --no-build),
# then prints the raw and gzip -9 size of every file in dist/ that a first visit
# downloads (.js, .wasm, .css at the top of dist/, that is the app itself, and the page and
# words of one language, English and then each other by itself;
# not embed.js or the demo page, which visitors of the check never load, nor sw.js and
# the one-file copy, which the service worker fetches after the page has loaded), the gzip
# total and how it compares to the 140 KB budget; then the one-file offline copy
# against its 160 KB budget, embed.js against its 3 KB budget, the length of the
# longest share link, and a ledger of the wasm by crate and by our own module (twiggy,
# installed on first use). It only reports, unless given --check: then it measures the three
# budgets alone (no share link, no ledger, so nothing to install) and fails, saying which,
# when one is exceeded. make test runs that after its build, so CI fails over a budget.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo"

# 1 KB = 1024 bytes. AFTERCARE_BUDGET_KB only exists so that make test can check that the
# gate fails over a budget (scripts/test.sh); the budget is 140, as DEVELOPERS.md sets it (a first visit of at most 140 KB gzip).
BUDGET_KB="${AFTERCARE_BUDGET_KB:-140}"
budget_bytes=$((BUDGET_KB * 1024))

build=1
check=0
over=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --check) check=1 ;;
    -h|--help) echo "usage: scripts/size.sh [--no-build] [--check]"; exit 0 ;;
    *) echo "size: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

# The wasm ledger below needs twiggy (crates.io), which only this script uses.
twiggy_missing=""
[ "$check" -eq 1 ] || command -v twiggy >/dev/null || twiggy_missing=1
if [ -n "${AFTERCARE_DRY_RUN:-}" ] && [ -n "$twiggy_missing" ]; then
  echo "size: dry run: would install twiggy 0.8.0 (cargo install --locked) for the wasm ledger"
fi

if [ "$build" -eq 1 ]; then
  bash scripts/build.sh
  stop_after_dry_run "measuring dist/"
fi

[ -f dist/index.html ] || die "dist/index.html is missing: build first (scripts/build.sh)"

section "first-visit size of dist/ (gzip -9)"
gzip_size() { gzip -9 -c "$1" | wc -c; }
total_raw=0
total_gz=0
printf '%10s  %10s  %s\n' "raw B" "gzip B" "file"
# What every visit shares: the scripts, the wasm and the styles.
while IFS= read -r -d '' file; do
  raw=$(wc -c <"$file")
  gz=$(gzip_size "$file")
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%10d  %10d  %s\n' "$raw" "$gz" "${file#dist/}"
done < <(find dist -maxdepth 1 -type f \( -name '*.js' -o -name '*.wasm' -o -name '*.css' \) ! -name embed.js ! -name sw.js -print0 | sort -z)
printf '%10d  %10d  %s\n' "$total_raw" "$total_gz" "shared by every language"

# And one page with one language's words (scripts/post-build/pages.mjs, words.mjs): the
# hosted page, index.html, in whichever language the visitor's browser asks for, or that
# language's own page (es.html: the same page, with its start screen and fallback in that
# language). Each language counts the larger of the two. The budget holds for the largest.
largest_gz=0
largest_lang=""
for words_file in dist/words-*.txt; do
  lang=$(basename "$words_file" | cut -d- -f2)
  page="dist/$lang.html"
  [ -f "$page" ] || die "$page is missing: the build writes a page for each language (scripts/post-build/pages.mjs)"
  page_gz=$(gzip_size "$page")
  index_gz=$(gzip_size dist/index.html)
  if [ "$index_gz" -gt "$page_gz" ]; then page=dist/index.html; page_gz=$index_gz; fi
  words_gz=$(gzip_size "$words_file")
  lang_gz=$((total_gz + page_gz + words_gz))
  echo "by language (gzip): $lang $lang_gz bytes (${page#dist/} $page_gz, ${words_file#dist/} $words_gz)"
  if [ "$lang_gz" -gt "$largest_gz" ]; then largest_gz=$lang_gz; largest_lang=$lang; fi
done
[ -n "$largest_lang" ] || die "dist/ has no words files: build first (scripts/build.sh)"
total_gz=$largest_gz
echo "the budget counts the largest visit, in $largest_lang"

gz_kb=$(awk -v b="$total_gz" 'BEGIN { printf "%.1f", b / 1024 }')
echo "total gzip: $total_gz bytes = $gz_kb KB"
if [ "$total_gz" -le "$budget_bytes" ]; then
  echo "budget: $gz_kb KB of $BUDGET_KB KB ($budget_bytes bytes): within budget, $((budget_bytes - total_gz)) bytes to spare"
else
  echo "budget: $gz_kb KB of $BUDGET_KB KB ($budget_bytes bytes): OVER budget by $((total_gz - budget_bytes)) bytes"
  over+=("the first visit is $gz_kb KB gzip, over its $BUDGET_KB KB by $((total_gz - budget_bytes)) bytes")
fi

section "offline: the one-file copy (gzip -9)"
single=dist/aftercare-offline.html
if [ -f "$single" ]; then
  single_raw=$(wc -c <"$single")
  single_gz=$(gzip -9 -c "$single" | wc -c)
  single_kb=$(awk -v b="$single_gz" 'BEGIN { printf "%.1f", b / 1024 }')
  echo "aftercare-offline.html: $single_raw bytes raw, $single_gz bytes gzip = $single_kb KB (budget 160 KB = 163840 bytes: $([ "$single_gz" -le 163840 ] && echo within || echo OVER))"
  [ "$single_gz" -le 163840 ] || over+=("the one-file copy is $single_kb KB gzip, over its 160 KB")
else
  die "dist/aftercare-offline.html is missing: the post-build hook (scripts/post-build.mjs) did not run"
fi
echo "service worker: dist/sw.js, $(wc -c <dist/sw.js) bytes raw, $(gzip -9 -c dist/sw.js | wc -c) gzip (fetched after the page has loaded)"
# After the first visit has loaded, the worker fetches what the app needs and the manifest,
# icons and embed.js in the background (not examples/, not the one-file copy, which it keeps
# when first downloaded), so the check works offline.
precache_gz=0
while IFS= read -r -d '' file; do
  precache_gz=$((precache_gz + $(gzip -9 -c "$file" | wc -c)))
done < <(find dist -type f ! -name sw.js ! -name aftercare-offline.html ! -path 'dist/examples/*' ! -path 'dist/card/*' -print0)
echo "offline precache: the app, manifest, icons and embed.js, $precache_gz bytes gzip = $(awk -v b="$precache_gz" 'BEGIN { printf "%.1f", b / 1024 }') KB, in the background after the first visit"

section "the card maker, card/ (gzip -9)"
# The therapist's page (issue 18): none of it is part of the check's first visit, and the
# offline worker keeps it only for a device that opened it.
card_gz=0
for file in dist/card/*; do
  [ -f "$file" ] || continue
  gz=$(gzip -9 -c "$file" | wc -c)
  card_gz=$((card_gz + gz))
  printf '%10s  %10s  %s\n' "$(wc -c <"$file")" "$gz" "${file#dist/}"
done
echo "card maker: $card_gz bytes gzip = $(awk -v b="$card_gz" 'BEGIN { printf "%.1f", b / 1024 }') KB, loaded only by card/"

section "embed.js (gzip -9)"
# 3 KB: the budget issue 29 sets for embed.js (it was 2 KB until the booking-link check of
# issue 27 took it just past that). It loads on a spa's page, after that page.
embed_budget=3072
embed_gz=$(gzip -9 -c dist/embed.js | wc -c)
echo "embed.js: $(wc -c <dist/embed.js) bytes raw, $embed_gz bytes gzip (budget $embed_budget bytes: $([ "$embed_gz" -le "$embed_budget" ] && echo within || echo OVER))"
[ "$embed_gz" -le "$embed_budget" ] || over+=("embed.js is $embed_gz bytes gzip, over its $embed_budget")

if [ "$check" -eq 1 ]; then
  step "budgets" "make size prints what the first visit is made of"
  if [ "${#over[@]}" -gt 0 ]; then
    die "over budget: $(IFS=';'; echo "${over[*]}" | sed 's/;/; /g')"
  fi
  echo "size: every budget is met"
  exit 0
fi

section "share link"
# Every link has the same length; the share-codec test prints it with an example.
cargo test --quiet --test share every_link_has_the_same_length -- --nocapture 2>/dev/null | grep 'share link payload length' || true
echo "a full link adds the page address and '#r=' before that payload"

section "wasm ledger (twiggy): what the first visit's wasm is made of"
step "wasm ledger" "twiggy, wasm-bindgen or wasm-opt could not read the release wasm"
if [ -n "$twiggy_missing" ]; then
  echo "size: installing twiggy 0.8.0 for the wasm ledger (cargo install, about 3 minutes on two cores)"
  cargo install twiggy --version 0.8.0 --locked --quiet
fi
raw_wasm="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/aftercare.wasm"
[ -f "$raw_wasm" ] || die "$raw_wasm is missing: build first (scripts/build.sh)"
ledger_dir="$(mktemp -d)"
# The shipped wasm without its names is what twiggy cannot read: make the same file again
# (wasm-bindgen, then wasm-opt with the options index.html gives Trunk) keeping the names (--keep-debug, -g).
wasm-bindgen --target web --keep-debug --out-dir "$ledger_dir" "$raw_wasm"
opt_params="$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
# shellcheck disable=SC2086 # the options are separate words
wasm-opt -Oz $opt_params -g "$ledger_dir/aftercare_bg.wasm" -o "$ledger_dir/named.wasm"
echo "(names kept, and before the post-build step shortens the import and export names: the"
echo " shipped file is smaller, by its 'wasm headers, imports and exports' line above all)"
twiggy top -n 1000000 -f csv "$ledger_dir/named.wasm" | node scripts/size-ledger.mjs
rm -rf "$ledger_dir"
