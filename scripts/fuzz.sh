#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 600) each, two at a time (this machine has two
# cores), seeded with the repository's fixtures. Needs the nightly toolchain and cargo-fuzz
# (installed into .tools on first use). A crash stops that target and leaves its input in
# fuzz/artifacts/<target>/: copy it to tests/data/fuzz/<target>/ with a regression test.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$HOME/.cargo/bin:$PATH"
seconds="${1:-600}"
shift || true
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --root .tools
rustup toolchain list | grep -q nightly || rustup toolchain install nightly --profile minimal

seed() {  # target → fixture files that make a good starting corpus
  case "$1" in
    list_un) echo tests/data/lists/un_mini.xml ;;
    list_ofac_csv) echo tests/data/lists/ofac_csv/*.csv ;;
    list_ofac_xml) echo tests/data/lists/ofac_xml/* ;;
    list_eu_xml) echo tests/data/lists/eu/*.xml ;;
    list_eu_csv) echo tests/data/lists/eu/*.csv ;;
    list_uk_csv) echo tests/data/lists/uk/*.csv ;;
    list_uk_xlsx) echo tests/data/lists/uk/*.xlsx ;;
    list_canada) echo tests/data/lists/canada/* ;;
    list_australia) echo tests/data/lists/australia/* ;;
    list_csl) echo tests/data/lists/csl/* ;;
    list_detect_any) echo tests/data/lists/*/* tests/data/lists/un_mini.xml ;;
    goods) echo tests/data/goods/* ;;
    table) echo tests/data/goods/*.csv tests/data/lists/uk/* tests/data/lists/csl/*.csv ;;
    *) ;;
  esac
}

targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cd fuzz/fuzz_targets && ls *.rs | sed 's/\.rs$//')
(cd fuzz && cargo +nightly fuzz build -O >/dev/null)
run() {
  local t=$1
  mkdir -p "fuzz/corpus/$t"
  for f in $(seed "$t"); do cp -f "$f" "fuzz/corpus/$t/"; done
  if (cd fuzz && cargo +nightly fuzz run -O "$t" "corpus/$t" -- -max_total_time="$seconds" \
      -rss_limit_mb=2048 -print_final_stats=1 > "artifacts-$t.log" 2>&1); then
    echo "[fuzz] $t: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "fuzz/artifacts-$t.log" | grep -o '[0-9]*$') runs in ${seconds}s, no crash"
  else
    echo "[fuzz] $t: CRASH, see fuzz/artifacts-$t.log and fuzz/artifacts/$t/"
  fi
}
# Two at a time.
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" &
  [ $((i + 1)) -lt ${#targets[@]} ] && run "${targets[i + 1]}" &
  wait
done
