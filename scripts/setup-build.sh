#!/usr/bin/env bash
# Installs what building the browser app needs, skipping what is already there:
# the wasm32 target, Trunk, wasm-bindgen-cli at the version in Cargo.lock, and wasm-opt
# (binaryen 123 from npm: Debian's binaryen is too old to read wasm-bindgen 0.2.130 output), and
# the Python modules brotli and zopfli in .venv (scripts/build.py writes the .br and .gz copies
# with them; the versions are the ones pinned in tests/requirements.txt). Without a working
# `python3 -m venv` the build still runs, with the system python3, and writes .gz copies (gzip -9)
# only.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=123.0.0
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '==> %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: its lockfile pins a webpki-roots version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$(.tools/binaryen/node_modules/.bin/wasm-opt --version 2>/dev/null || true)" != "wasm-opt version ${BINARYEN_VERSION%%.*} (version_${BINARYEN_VERSION%%.*})" ]; then
  say "installing wasm-opt (binaryen $BINARYEN_VERSION) into .tools/"
  mkdir -p .tools/binaryen
  npm install --silent --no-audit --no-fund --prefix .tools/binaryen "binaryen@$BINARYEN_VERSION"
fi

# brotli writes the .br copies, zopfli the .gz copies (both pinned in tests/requirements.txt).
for MODULE in brotli zopfli; do
  if ! .venv/bin/python -c "import $MODULE" 2>/dev/null; then
    PIN=$(grep -i "^$MODULE==" tests/requirements.txt)
    say "installing the Python module $PIN into .venv (the build's precompressed copies)"
    if { [ -x .venv/bin/python ] || python3 -m venv .venv; } \
      && .venv/bin/pip install --quiet --disable-pip-version-check "$PIN"; then
      :
    else
      say "could not install $PIN into .venv: the build writes .gz copies with gzip -9 or none of .br"
    fi
  fi
done

say "fetching crates (Trunk builds offline)"
cargo fetch --quiet
