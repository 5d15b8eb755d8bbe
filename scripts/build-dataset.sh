#!/usr/bin/env bash
# Builds the default dataset the page loads into www/data/ from the official list files under
# LISTS_DIR (default ../shared/data/lists). Without that directory, the current files are
# downloaded from the publishers first (sanctions-checker fetch) into .cache/lists.
# Goods tables (EU 833/2014 annexes, CHPL, HS/CN/TN VED) come from GOODS_DIR (default
# $SANCTIONS_DATA/goods) when it exists; without it the dataset has no goods data.
set -euo pipefail
cd "$(dirname "$0")/.."
lists="${LISTS_DIR:-${SANCTIONS_DATA:-../shared/data}/lists}"
cli=target/cli/sanctions-checker
if [ ! -d "$lists" ]; then
  echo "[dataset] no list directory at $lists: fetching the current official files into .cache/lists"
  lists=.cache/lists
  # A publisher that is down must not stop the app: build from what arrived.
  "$cli" fetch --out "$lists" || echo "[dataset] some downloads failed; building from the files that arrived"
fi
# With a fetched directory (.cache/lists) the folders of the fetch table are used; otherwise
# the newest complete publication of each source, listed in scripts/default-sources.txt.
if [ "$lists" = .cache/lists ]; then
  wanted=(un ofac-sdn ofac-cons eu uk canada australia csl)
else
  mapfile -t wanted < <(grep -v '^#' scripts/default-sources.txt | grep .)
fi
sources=()
for s in "${wanted[@]}"; do
  if [ -e "$lists/$s" ]; then
    sources+=("$lists/$s")
  else
    echo "[dataset] $lists/$s not found; building without it"
  fi
done
if [ ${#sources[@]} -eq 0 ]; then
  echo "[dataset] no list files found under $lists" >&2
  exit 2
fi
goods_dir="${GOODS_DIR:-${SANCTIONS_DATA:-../shared/data}/goods}"
goods=()
if [ -d "$goods_dir" ]; then
  goods=(--goods "$goods_dir")
else
  echo "[dataset] no goods directory at $goods_dir; building without goods data"
fi
"$cli" build --out www/data/ "${goods[@]}" "${sources[@]}"
