#!/usr/bin/env bash
# Builds the Wasm engine into pkg/ (wasm-bindgen --target web), shrinks it with wasm-opt from the
# npm binaryen package (Debian's binaryen 108 emits modules that fail to load), prints its size.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$HOME/.cargo/bin:$PATH"

cargo build --lib --target wasm32-unknown-unknown --release
rm -rf pkg
wasm-bindgen target/wasm32-unknown-unknown/release/sanctions_checker.wasm \
  --target web --out-dir pkg --typescript
wasm=pkg/sanctions_checker_bg.wasm
if [ -x node_modules/.bin/wasm-opt ]; then
  # Only the features rustc's default wasm32 target already uses, so the output runs wherever
  # the input did.
  node_modules/.bin/wasm-opt "$wasm" -Oz -o "$wasm.opt" \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue
  mv "$wasm.opt" "$wasm"
else
  echo "[wasm] node_modules/.bin/wasm-opt not found (run scripts/setup.sh); skipping wasm-opt"
fi
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
echo "[wasm] $wasm: $raw bytes raw, $gz bytes gzipped"
