#!/usr/bin/env bash
# Builds the default dataset the page loads into www/data/ from the official list files under
# LISTS_DIR (default ../shared/data/lists). Without that directory, the current files are
# downloaded from the publishers first (sanctions-checker fetch) into .cache/lists.
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
# The newest complete publication of each source (see ../shared/data/lists/README.md):
# - OFAC SDN: the 2023-12-29 CSV set is the newest whose sdn/add/alt/comments files describe one
#   publication (the 2024-07-02 sdn.csv has no matching alias file);
# - OFAC consolidated: the XML of 2026-01-08 (newer than the 2025-12-19 CSV set of the same list);
# - UK: the OFSI ConList of 2025-04-14 as published (XLSX; the CSV beside it is a derived copy);
# - Canada, Australia, UN, CSL: their only full files. The CSL rows that repeat OFAC's own lists
#   are dropped by the builder, which has OFAC directly.
# With a fetched directory (.cache/lists), the folder names of the fetch table are used instead.
if [ "$lists" = .cache/lists ]; then
  wanted=(un ofac-sdn ofac-cons eu uk canada australia csl)
else
  wanted=(
    un/2026-02-27
    ofac/sdn_2023-12-29_complete
    ofac/cons_xml_2026-01-08
    uk/ofsi_conlist_2025-04-14/ConList.xlsx
    canada/sema_2025-05
    australia/dfat_2024-12
    csl/2022-04
  )
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
"$cli" build --out www/data/ "${sources[@]}"
