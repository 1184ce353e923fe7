# Toeleiding: `make serve` to build and run the app, `make test` to run every test.
# Each target installs what it needs first (see scripts/).

SHELL := /bin/bash
export PATH := $(CURDIR)/.tools/binaryen/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Chromium and other tools must never reach the network; keep cargo offline after `cargo fetch`.
PYTEST := .venv/bin/pytest

.PHONY: serve build dist bench deny setup-deny fuzz setup-fuzz test lint unit interop-e2e setup-build setup-test clean

## Build and serve the app on http://127.0.0.1:8080 (precompressed .br/.gz when the browser accepts them)
serve: build
	python3 scripts/serve.py 8080

## Build into dist/: every page for a web server (with .br and .gz copies of each asset), and one
## single file per page for file:// (dist/toeleiding*.html, each with its .sha256).
## .venv's Python has brotli and zopfli (scripts/setup-build.sh); without them the build writes .gz (gzip -9) only.
build dist: setup-build
	$$([ -x .venv/bin/python ] && echo .venv/bin/python || echo python3) scripts/build.py --release

## Measure sizes, time to interactive and encrypt time (see BENCHMARKS.md)
bench: build setup-test
	.venv/bin/python scripts/bench.py

## Licence, ban and source checks of the dependencies (advisories need internet: not run)
deny: setup-deny
	cargo deny --offline check licenses bans sources

## Run every test: formatting and lints, native tests (with real 7-Zip), interop and browser tests
test: setup-build setup-test lint deny unit fuzz build interop-e2e

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p toeleiding-reader -- -D warnings

unit:
	cargo test --workspace -- --show-output

interop-e2e:
	$(PYTEST) tests/py

setup-build:
	@scripts/setup-build.sh

setup-test:
	@scripts/setup-test.sh

## Fuzz every reader of untrusted bytes, FUZZ_SECONDS each: the OCMW open path (archive ->
## document -> referral view), the template path (read, check, fill) and the KSZ import.
## Seeds: fuzz/seeds (open), fuzz/seeds-<target>. New inputs go to target/fuzz-corpus/<target>;
## crashes to fuzz/artifacts. FUZZ_SECONDS=600 make fuzz runs longer. Memory limits make a
## blow-up a crash: 512 MB resident, 256 MB in one allocation (AddressSanitizer's quarantine
## of freed memory is kept at 64 MB so that it does not count as the target's own). Seeds include decompression
## bombs (7z LZMA2 in an entry and in the header; deflate bombs that announce 60 MB or lie with 1 KB) and a template with
## thousands of unknown fields.
FUZZ_SECONDS ?= 30
FUZZ_TARGETS := open template ksz_import
fuzz: setup-fuzz
	@set -e; for target in $(FUZZ_TARGETS); do \
		seeds=seeds-$$target; [ $$target = open ] && seeds=seeds; \
		mkdir -p target/fuzz-corpus/$$target; \
		echo "fuzz $$target for $(FUZZ_SECONDS) s"; \
		(cd fuzz && ASAN_OPTIONS=quarantine_size_mb=64 RUSTC_BOOTSTRAP=1 cargo fuzz run $$target ../target/fuzz-corpus/$$target $$seeds -- \
			-max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=512 -malloc_limit_mb=256 -print_funcs=0 -print_final_stats=1); \
	done

setup-fuzz:
	@[ "$$(cargo fuzz --version 2>/dev/null)" = "cargo-fuzz 0.13.2" ] || cargo install --locked cargo-fuzz --version 0.13.2

setup-deny:
	@[ "$$(cargo deny --version 2>/dev/null)" = "cargo-deny 0.20.2" ] || cargo install --locked cargo-deny --version 0.20.2

clean:
	rm -rf dist target .venv .tools test-artifacts
