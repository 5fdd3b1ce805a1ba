#!/usr/bin/env bash
# Scores the release `soi --json` on the dev corpus with the shared scorer
# (shared/eval/score.py beside the repo), listing missed and spurious marks.
#   scripts/score_dev.sh [CORPUS_DIR] [extra score.py args…]
# `cargo test --test corpus_score -- --nocapture` gives the same table
# without Python or ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-tests/corpus/dev}"
shift || true
scorer="${SOI_SCORER:-../shared/eval/score.py}"
[ -f "$scorer" ] || scorer=/work/shared/eval/score.py
if [ ! -f "$scorer" ]; then
    echo "score_dev.sh: the scorer (shared/eval/score.py) is not here;" >&2
    echo "  set SOI_SCORER=/path/to/score.py, or run: cargo test --test corpus_score -- --nocapture" >&2
    exit 1
fi
command -v python3 >/dev/null || { echo "score_dev.sh: python3 is needed" >&2; exit 1; }
cargo build --release --quiet --bin soi
python3 "$scorer" "$corpus" --cmd 'target/release/soi --json' --show-errors "$@"
