#!/usr/bin/env bash
# Installs what building and testing the web app needs, from the registries this
# machine reaches (see shared/TOOLCHAIN.md). Idempotent: a warm machine skips every step.
# Source it (`. scripts/setup.sh`) or run it; either way it ends by putting
# tests/e2e/node_modules/.bin (wasm-opt 132) and ~/.cargo/bin on PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/tests/e2e/node_modules/.bin:${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"

log() { printf '[setup] %s\n' "$*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

TRUNK_VERSION=0.21.14
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 15 minutes)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ]; then
  log "installing wasm-bindgen-cli $WB_VERSION"
  # Without --locked: with it, resolution fails on a yanked locked dependency.
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  log "installing Debian's chromium and chromium-driver"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
fi

# playwright-core (never downloads a browser), axe-core (the accessibility
# checks) and binaryen's wasm-opt 132, as pinned in package-lock.json.
if ! (cd "$ROOT/tests/e2e" && [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/playwright-core ] \
  && [ -f node_modules/axe-core/axe.min.js ] && [ node_modules/.package-lock.json -nt package-lock.json ]); then
  log "npm ci in tests/e2e"
  (cd "$ROOT/tests/e2e" && npm ci --no-audit --no-fund)
fi

log "cargo fetch"
(cd "$ROOT" && cargo fetch --quiet)

# Python and Spark, for the Python package and the Spark job's tests: only
# when asked (scripts/test.sh sets SOI_SETUP_PYTHON=1; serving the app needs
# none of it). Java from Debian's packages (Spark 4 needs 17 or later), then
# pyspark, pytest and maturin from PyPI into this Python, each only if missing.
if [ "${SOI_SETUP_PYTHON:-}" = 1 ]; then
  JAVA_MAJOR="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
  if [ -z "$JAVA_MAJOR" ] || [ "$JAVA_MAJOR" -lt 17 ]; then
    log "installing Debian's default-jre-headless (Java for Spark)"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y default-jre-headless
  fi
  PY_MISSING=()
  python3 -c 'import pyspark' 2>/dev/null || PY_MISSING+=("pyspark==4.3.0")
  python3 -c 'import pytest' 2>/dev/null || PY_MISSING+=("pytest>=7")
  python3 -m maturin --version >/dev/null 2>&1 || PY_MISSING+=("maturin>=1.9.4,<2")
  if [ "${#PY_MISSING[@]}" -gt 0 ]; then
    log "pip install ${PY_MISSING[*]} (pyspark: about 450 MB, once)"
    python3 -m pip install --quiet --disable-pip-version-check "${PY_MISSING[@]}"
  fi
  log "python: $(python3 --version), pyspark $(python3 -c 'import pyspark; print(pyspark.__version__)'), $(python3 -m maturin --version), java $(java -version 2>&1 | head -1)"
fi
log "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version), $(/usr/bin/chromium --version 2>/dev/null)"
