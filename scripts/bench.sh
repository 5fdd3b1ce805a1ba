#!/usr/bin/env bash
# One benchmark run, on the same inputs (every corpus article, tests/corpus/*/*.txt
# in name order, repeated to 1 MiB; and the first 10 KB of the dev articles):
# native `analyze` throughput (release build), the wasm build's `analyze` in
# headless Chromium, paste → all marks in the DOM for 10 KB, paste → ready
# (first screen marked, tables filled) for 1 MB, scrolling to its end, the
# longest main-thread task, navigation → interactive, dist/ sizes and memory;
# `soi --json` as a whole process on 8 MiB of the same articles, and the peak
# heap of one analysis of 10 MiB of them.
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

echo "==> native: soi --json on 8 MiB (whole process), peak heap on 10 MiB" >&2
cargo build --release --quiet --bin soi
cargo run --release --quiet --example peak_memory -- 10 --json >"$OUT/peak.json"
python3 - "$OUT" <<'PY'
import json, pathlib, statistics, subprocess, sys, time
out = pathlib.Path(sys.argv[1])
# The 1 MiB input repeated to 8 MiB (whole articles, as written by bench_native).
one = (out / "input-1mb.txt").read_text(encoding="utf-8")
big = out / "input-8mb.txt"
big.write_text(one * 8, encoding="utf-8")
times = []
for _ in range(3):
    t = time.perf_counter()
    subprocess.run(["target/release/soi", "--json", str(big)], stdout=subprocess.DEVNULL, check=True)
    times.append(time.perf_counter() - t)
size = big.stat().st_size
median = statistics.median(times)
(out / "cli.json").write_text(json.dumps({"bytes": size, "median_s": median, "mb_per_s": size / 1e6 / median}))
PY

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
