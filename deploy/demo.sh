#!/usr/bin/env bash
# Runs the Concord demo on this machine.
#   deploy/demo.sh              install, build, start PostgreSQL + server, open the app as a demo clinician
#   deploy/demo.sh --lead       the same, but the demo clinicians first annotate every demo case
#                               over REST and the app opens as the demo data lead (the console:
#                               agreement, disagreements to adjudicate, exports)
#   deploy/demo.sh --headless   the whole path with no display: log in, annotate every demo case as
#                               three demo clinicians over the REST API, export, verify the manifest
#   deploy/demo.sh --stop       stop the server and the PostgreSQL cluster the demo started
# State (cluster, server TLS files and secret, exports, logs) stays under one per-user directory.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MODE=gui
case "${1:-}" in
  "") ;;
  --headless) MODE=headless ;;
  --lead) MODE=lead ;;
  --stop) MODE=stop ;;
  *) echo "usage: deploy/demo.sh [--lead|--headless|--stop]" >&2; exit 2 ;;
esac

if [ "$(id -u)" -eq 0 ]; then STATE=${CONCORD_DEMO_STATE:-/var/tmp/concord-root/demo}; else
  STATE=${CONCORD_DEMO_STATE:-${XDG_STATE_HOME:-$HOME/.local/state}/concord/demo}; fi
PG_DIR="$STATE/pg"
SERVER_STATE="$STATE/server"
BIN="$ROOT/build/bin"
PROJECT=demo-chest-pain
say() { echo "demo: $*" >&2; }

stop_all() {
  if [ -f "$STATE/server.pid" ]; then
    kill "$(cat "$STATE/server.pid")" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$(cat "$STATE/server.pid")" 2>/dev/null || break; sleep 0.1; done
    rm -f "$STATE/server.pid"
  fi
  "$ROOT/deploy/pg-local.sh" stop "$PG_DIR" >/dev/null 2>&1 || true
  say "stopped"
}
if [ "$MODE" = stop ]; then stop_all; exit 0; fi

started=$(date +%s)
mkdir -p "$STATE"
"$ROOT/deploy/install-deps.sh"
say "building (cmake --preset default)"
cmake --preset default -S "$ROOT" >/dev/null
targets=(concord-server concord-export)
[ "$MODE" != headless ] && targets+=(concord)
cmake --build "$ROOT/build" -j "$(nproc)" --target "${targets[@]}" >/dev/null

"$ROOT/deploy/pg-local.sh" start "$PG_DIR"
DB_URL=$("$ROOT/deploy/pg-local.sh" url "$PG_DIR")
"$BIN/concord-server" migrate --db "$DB_URL" >/dev/null
say "loading the demo project (synthetic cases, demo accounts)"
"$BIN/concord-server" load-demo --db "$DB_URL" --dir "$ROOT/resources/demo" --state-dir "$SERVER_STATE" >/dev/null

# A running demo server is replaced so it always matches the fresh build.
if [ -f "$STATE/server.pid" ]; then kill "$(cat "$STATE/server.pid")" 2>/dev/null || true; sleep 0.5; fi
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=8443
while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
"$BIN/concord-server" serve --db "$DB_URL" --listen "127.0.0.1:$PORT" --state-dir "$SERVER_STATE" \
  >"$STATE/server.log" 2>&1 &
echo $! > "$STATE/server.pid"
CA="$SERVER_STATE/tls/ca.pem"
URL="https://127.0.0.1:$PORT"
for _ in $(seq 1 100); do
  curl -sf --cacert "$CA" "$URL/healthz" >/dev/null 2>&1 && break
  kill -0 "$(cat "$STATE/server.pid")" 2>/dev/null || { tail -20 "$STATE/server.log" >&2; say "the server did not start"; exit 1; }
  sleep 0.1
done
say "server at $URL (trust $CA)"

if [ "$MODE" = lead ]; then
  say "submitted $("$ROOT/deploy/demo-annotate.sh" "$URL" "$CA") annotations as 3 demo clinicians"
  say "opening the app as demo-lead"
  CONCORD_PASSWORD=demo-password-data-lead "$BIN/concord" --server "$URL" --ca-file "$CA" --user demo-lead &
  say "stop everything with: deploy/demo.sh --stop"
  exit 0
fi
if [ "$MODE" = gui ]; then
  say "opening the app as demo-clinician-1"
  # The demo password comes from the demo accounts file; a real user types theirs.
  CONCORD_PASSWORD=demo-password-clinician-1 "$BIN/concord" --server "$URL" --ca-file "$CA" --user demo-clinician-1 &
  say "stop everything with: deploy/demo.sh --stop"
  exit 0
fi

trap stop_all EXIT
annotated=$("$ROOT/deploy/demo-annotate.sh" "$URL" "$CA")
say "submitted $annotated annotations as 3 demo clinicians"

OUT="$STATE/exports/$PROJECT-$(date +%Y%m%d-%H%M%S)"
"$BIN/concord-export" --db "$DB_URL" --project "$PROJECT" --task classification --out "$OUT" --seed 7
/usr/bin/python3 - "$OUT" <<'PY'
import hashlib, json, os, sys
out = sys.argv[1]
manifest = json.load(open(os.path.join(out, "manifest.json")))
shards = manifest["shards"]
assert shards, "no shards in the manifest"
for s in shards:
    data = open(os.path.join(out, s["path"]), "rb").read()
    assert hashlib.sha256(data).hexdigest() == s["sha256"], f"checksum mismatch for {s['path']}"
    assert len(data) == s["bytes"], f"size mismatch for {s['path']}"
print(f"demo: manifest verified: {len(shards)} shard(s), {sum(s['records'] for s in shards)} record(s), checksums match", file=sys.stderr)
PY
say "shards written to $OUT"
say "done in $(( $(date +%s) - started )) s"
