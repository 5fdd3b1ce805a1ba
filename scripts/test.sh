#!/usr/bin/env bash
# Every test: native unit, property and corpus tests, the component tests (yew
# server rendering), the Python package's and the Spark job's tests, the
# release web build, a bounded fuzz pass, and the end-to-end tests in Chromium
# against dist/ served on loopback. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
SOI_SETUP_PYTHON=1
. scripts/setup.sh

step() { printf '\n==> %s\n' "$*" >&2; }

step "the gold corpus: every gold file is what its markup gives (scripts/corpus.py check)"
python3 scripts/corpus.py check

step "cargo test (native)"
cargo test

step "cargo test --features ssr (components)"
cargo test --features ssr

step "cargo build --release --bin soi (the CLI the e2e and Python tests compare with)"
cargo build --release --bin soi

# The Python package: its wheel is built once per source state (the key
# hashes the engine's and the binding's sources) with the same PEP 517 path as
# `pip install ./python`, into target/wheels/KEY/, and installed into
# target/py, a venv that sees this Python's pyspark and pytest.
step "Python package: the wheel (pip wheel ./python, cached in target/wheels)"
WHEEL_KEY="$( (rustc --version; cat Cargo.toml Cargo.lock;
  find build.rs src python/src python/soi python/Cargo.toml python/Cargo.lock python/pyproject.toml python/README.md \
    -type f -print0 | sort -z | xargs -0 sha256sum) | sha256sum | cut -c1-16)"
WHEEL_DIR="target/wheels/$WHEEL_KEY"
if ! ls "$WHEEL_DIR"/soi-*.whl >/dev/null 2>&1; then
  rm -rf target/wheels
  CARGO_TARGET_DIR="$PWD/target/python" python3 -m pip wheel --no-deps --no-build-isolation \
    --disable-pip-version-check --quiet --wheel-dir "$WHEEL_DIR" ./python
fi
WHEEL="$(ls "$WHEEL_DIR"/soi-*.whl)"
ls -l "$WHEEL" >&2
python3 -m venv --system-site-packages --without-pip --clear target/py
python3 -m pip --python target/py/bin/python install --no-deps --quiet --disable-pip-version-check "$WHEEL"

# pytest exits 5 when it collects nothing: a failure here, never a silent pass.
run_pytest() {
  local rc=0
  SOI_BIN="$PWD/target/release/soi" SOI_WHEEL="$PWD/$WHEEL" \
    target/py/bin/python -m pytest -p no:cacheprovider -q "$@" || rc=$?
  [ "$rc" -eq 5 ] && echo "pytest collected no tests in $*" >&2
  return "$rc"
}

step "Python tests (pytest python/tests: the API, offsets, errors, threads, the CLI's output on every corpus article)"
run_pytest python/tests

step "Spark job tests (pytest examples/spark: local[2] on the corpus articles, every Parquet row against soi --jsonl)"
run_pytest examples/spark

step "trunk build --release"
trunk --skip-version-check build --release
ls -l dist >&2

step "bounded fuzz pass over analyze (scripts/fuzz.sh; longer runs: see README)"
scripts/fuzz.sh "${SOI_FUZZ_SECONDS:-60}"

step "end-to-end tests in Chromium"
. scripts/lib/serve.sh
serve_dir dist /tmp/soi-http.log
SOI_BASE_URL="$SERVE_URL" node --test tests/e2e/
