#!/usr/bin/env bash
# One benchmark run, on the same inputs (every corpus article, tests/corpus/*/*.txt
# in name order, repeated to 1 MiB; and the first 10 KB of the dev articles):
# native `analyze` throughput (release build), the wasm build's `analyze` in
# headless Chromium, paste → all marks in the DOM for 10 KB, paste → ready
# (first screen marked, tables filled) for 1 MB, scrolling to its end, the
# longest main-thread task, navigation → interactive, dist/ sizes and memory.
# Prints every figure next to its budget (✓/✗: targets, not assertions; the
# exit code is 0 whatever they are) and writes target/bench-report.json. Not
# part of scripts/test.sh.
#   scripts/bench.sh            builds the web app into target/bench/dist
#   SOI_BENCH_NO_BUILD=1 scripts/bench.sh   measures the existing target/bench/dist
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh >/dev/null

OUT=target/bench
DIST="$OUT/dist"
mkdir -p "$OUT"

echo "==> native: cargo run --release --example bench_native" >&2
cargo run --release --quiet --example bench_native -- "$OUT" >"$OUT/native.json"

if [ -z "${SOI_BENCH_NO_BUILD:-}" ] || [ ! -f "$DIST/index.html" ]; then
  echo "==> trunk build --release --dist $DIST" >&2
  # Its own dist: never disturbs a dist/ that `trunk serve` or the tests use.
  trunk --skip-version-check build --release --dist "$DIST" >"$OUT/trunk.log" 2>&1 \
    || { tail -30 "$OUT/trunk.log" >&2; exit 1; }
fi

. scripts/lib/serve.sh
serve_dir "$DIST" "$OUT/http.log"

echo "==> Chromium: $(/usr/bin/chromium --version 2>/dev/null)" >&2
SOI_BENCH_URL="$SERVE_URL" SOI_BENCH_DIR="$OUT" SOI_BENCH_DIST="$DIST" \
  SOI_BENCH_REPORT=target/bench-report.json node tests/e2e/bench.mjs
