#!/usr/bin/env bash
# Runs the #[wasm_bindgen_test] suite (tests/wasm.rs) in headless Chromium through chromedriver.
# Browser flags come from webdriver.json. (Plain #[test] functions do not run on wasm32.)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
cargo test --target wasm32-unknown-unknown --test wasm
