#!/usr/bin/env bash
# Bounded cargo-fuzz pass over `soi::analyze` (target fuzz/fuzz_targets/analyze.rs):
#   scripts/fuzz.sh [SECONDS]      default 60
# Installs cargo-fuzz from crates.io when missing (once, ~1 min), builds the
# target with the stable toolchain (RUSTC_BOOTSTRAP=1 lets stable take the
# nightly-only flags cargo-fuzz passes), seeds fuzz/corpus/analyze from the
# committed fuzz/seeds/analyze, and runs libFuzzer for SECONDS. Exits non-zero
# on a crash or broken invariant; the reproducer lands in
# fuzz/artifacts/analyze/ (replay: scripts/fuzz.sh --replay FILE).
# Extra environment: FUZZ_JOBS (parallel workers, default 1),
# FUZZ_SANITIZER (default none: the engine has no unsafe code; "address"
# for AddressSanitizer, slower), FUZZ_TIMEOUT (seconds one input may take,
# default 2: longer is a failure), FUZZ_MAX_LEN (bytes, default 8192).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"

CARGO_FUZZ_VERSION=0.13.2
if [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  echo "==> cargo install cargo-fuzz@$CARGO_FUZZ_VERSION (about 1 minute)" >&2
  cargo install --locked "cargo-fuzz@$CARGO_FUZZ_VERSION"
fi

export RUSTC_BOOTSTRAP=1
SANITIZER="${FUZZ_SANITIZER:-none}"
FLAGS=(--sanitizer "$SANITIZER" --debug-assertions)

if [ "${1:-}" = "--replay" ]; then
  shift
  exec cargo fuzz run "${FLAGS[@]}" analyze "$@"
fi

SECONDS_TO_RUN="${1:-60}"
JOBS="${FUZZ_JOBS:-1}"
mkdir -p fuzz/corpus/analyze fuzz/artifacts/analyze
cp -n fuzz/seeds/analyze/* fuzz/corpus/analyze/ 2>/dev/null || true
# The minimized corpus of the long campaigns (README, "Tests"), packed to keep
# the repository small: unpacked once per checkout, next to the seeds.
CAMPAIGN=fuzz/seeds/campaign.tar.gz
if [ -f "$CAMPAIGN" ] && [ ! "fuzz/corpus/.campaign-analyze" -nt "$CAMPAIGN" ]; then
  tar -xzf "$CAMPAIGN" -C fuzz/corpus/analyze --skip-old-files
  touch fuzz/corpus/.campaign-analyze
fi

echo "==> cargo fuzz run analyze for ${SECONDS_TO_RUN}s (jobs: $JOBS)" >&2
LIBFUZZER_ARGS=(
  -max_total_time="$SECONDS_TO_RUN"
  # Analysis is linear in the input (tests/linear_time.rs): an input of at
  # most max_len bytes taking over 2 s is a bug, reported as a timeout with
  # its reproducer.
  -max_len="${FUZZ_MAX_LEN:-8192}"
  -timeout="${FUZZ_TIMEOUT:-2}"
  -rss_limit_mb=4096
  -dict=fuzz/analyze.dict
  -print_final_stats=1
)
if [ "$JOBS" -gt 1 ]; then
  LIBFUZZER_ARGS+=(-fork="$JOBS")
fi
cargo fuzz run "${FLAGS[@]}" analyze fuzz/corpus/analyze fuzz/seeds/analyze -- "${LIBFUZZER_ARGS[@]}"
