#!/usr/bin/env bash
# Builds the default dataset the page loads into www/data/ from the official list files under
# LISTS_DIR (default ../shared/data/lists).
set -euo pipefail
cd "$(dirname "$0")/.."
lists="${LISTS_DIR:-${SANCTIONS_DATA:-../shared/data}/lists}"
if [ ! -d "$lists" ]; then
  echo "[dataset] no list directory at $lists: set LISTS_DIR (or SANCTIONS_DATA) to the folder of official list files" >&2
  exit 2
fi
# The lists this engine reads today; other sources join as their parsers land.
sources=("$lists/un")
target/cli/sanctions-checker build --out www/data/ "${sources[@]}"
