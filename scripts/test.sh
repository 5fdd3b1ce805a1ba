#!/usr/bin/env bash
# Every test: native unit, property and corpus tests, the component tests (yew
# server rendering), the release web build, a bounded fuzz pass, and the
# end-to-end tests in Chromium
# against dist/ served on loopback. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh

step() { printf '\n==> %s\n' "$*" >&2; }

step "cargo test (native)"
cargo test

step "cargo test --features ssr (components)"
cargo test --features ssr

step "cargo build --release --bin soi (the CLI the e2e tests compare with)"
cargo build --release --bin soi

step "trunk build --release"
trunk --skip-version-check build --release
ls -l dist >&2

step "bounded fuzz pass over analyze (scripts/fuzz.sh; longer runs: see README)"
scripts/fuzz.sh "${SOI_FUZZ_SECONDS:-60}"

step "end-to-end tests in Chromium"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server --bind 127.0.0.1 --directory dist "$PORT" >/tmp/soi-http.log 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/')" 2>/dev/null && break
  sleep 0.1
done
SOI_BASE_URL="http://127.0.0.1:$PORT/" node --test tests/e2e/
