# Sourced by scripts/test.sh and scripts/bench.sh (bash).
# serve_dir DIR LOG [PORT]: serves DIR with python3's http.server on 127.0.0.1
# (PORT, or a free port), its output in LOG; waits until it answers; sets
# SERVE_URL (http://127.0.0.1:PORT/) and SERVE_PID; stops it on exit (an EXIT
# trap, replacing any other).
serve_dir() {
  local dir="$1" log="$2" port
  # Binds PORT (0: any free one) first: a taken port fails here, before
  # another server there could answer the wait below.
  port="$(python3 -c 'import socket, sys; s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", int(sys.argv[1]))); print(s.getsockname()[1])' "${3:-0}" 2>/dev/null)" \
    || { echo "serve_dir: cannot bind 127.0.0.1:${3:-0}" >&2; return 1; }
  python3 -m http.server --bind 127.0.0.1 --directory "$dir" "$port" >"$log" 2>&1 &
  SERVE_PID=$!
  trap 'kill "$SERVE_PID" 2>/dev/null || true' EXIT
  SERVE_URL="http://127.0.0.1:$port/"
  for _ in $(seq 50); do
    python3 -c "import urllib.request; urllib.request.urlopen('$SERVE_URL')" 2>/dev/null && return 0
    if ! kill -0 "$SERVE_PID" 2>/dev/null; then
      echo "serve_dir: http.server on port $port exited:" >&2
      tail -5 "$log" >&2
      return 1
    fi
    sleep 0.1
  done
}
