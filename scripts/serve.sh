#!/usr/bin/env bash
# Serves the web app at http://127.0.0.1:8080/ (release build), rebuilding on change.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
exec trunk --skip-version-check serve --release -a 127.0.0.1 -p "${PORT:-8080}"
