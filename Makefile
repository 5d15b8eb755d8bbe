# The task runner behind the README's two commands:
#   make run   builds the Wasm and the default dataset, then serves the app on http://127.0.0.1:8080
#   make test  runs every check: format, lint, native tests, Wasm tests in Chromium, page tests
# Both install what they need (scripts/setup.sh) and can be run again at any time.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

# Where the official list files live; override for another location.
SANCTIONS_DATA ?= $(abspath ../shared/data)
LISTS_DIR ?= $(SANCTIONS_DATA)/lists
export SANCTIONS_DATA LISTS_DIR

TOOLS := $(CURDIR)/.tools/bin
export PATH := $(TOOLS):$(HOME)/.cargo/bin:$(PATH)
CLI := target/cli/sanctions-checker
PORT ?= 8080

.PHONY: run test setup setup-browser wasm cli dataset package offline serve fmt lint test-native test-wasm test-web eval bench clean

run: setup wasm dataset package offline serve

test: setup setup-browser fmt lint test-native wasm dataset package offline test-wasm test-web

setup:
	bash scripts/setup.sh

setup-browser:
	bash scripts/setup.sh --browser

cli:
	cargo build --profile cli --features cli --bin sanctions-checker

wasm:
	bash scripts/build-wasm.sh

# The default dataset the page loads: every list the CLI can read under LISTS_DIR.
dataset: cli
	bash scripts/build-dataset.sh

# pkg/ as the npm package (ES-module API, Node entry, types, default dataset); after wasm and dataset.
package:
	node scripts/build-package.mjs

offline:
	node scripts/build-offline.mjs

serve:
	node scripts/serve.mjs --port $(PORT)

fmt:
	cargo fmt --all -- --check

lint:
	cargo clippy --all-targets --all-features -- -D warnings
	cargo clippy --lib --test wasm --target wasm32-unknown-unknown -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --all-features --quiet

test-native:
	cargo test --all-features

test-wasm:
	bash scripts/test-wasm.sh

test-web:
	node --test --test-reporter=spec tests/web/

# The matching targets table of DESIGN.md#evaluation, from the sets in $(SANCTIONS_DATA)/../eval.
eval: dataset
	$(CLI) eval --eval $(SANCTIONS_DATA)/../eval --index $$(ls www/data/index.*.bin | head -1)

# Native screening speed on one thread against the default dataset (DESIGN.md#evaluation).
bench: dataset
	$(CLI) bench --eval $(SANCTIONS_DATA)/../eval --index $$(ls www/data/index.*.bin | head -1) --rounds 3

clean:
	rm -rf target pkg dist www/data
