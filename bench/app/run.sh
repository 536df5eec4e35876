#!/usr/bin/env bash
# App benchmarks: print figures, assert nothing. Builds nothing: pass the build directory
# (targets concord, concord-server, concord-queue-bench, concord-session-bench).
#   bench/app/run.sh [BUILD_DIR=build] [ROWS=100000]
#   env: RUNS=10 (cold starts), ANNOTATIONS=500, SAMPLE_EVERY=50, PACE_MS=0 (7200 = an hour for 500),
#        ONLY=queue|startup|session (one part), PLATFORM=offscreen|xcb (xcb: one Xvfb for all runs)
# 1. queue: 100,000 assignments through the real model, filter and table view (no server).
# 2. cold start to the first case on screen: a throwaway PostgreSQL cluster and concord-server
#    (TLS, its development CA) on 127.0.0.1 with one clinician and 520 cases (note + 1024x768 PNG,
#    six field kinds including image regions); `concord` is launched RUNS times with
#    CONCORD_TRACE_STARTUP=1, logs in (CONCORD_PASSWORD), opens the first case of its queue and
#    prints when it has painted it, then quits. Median, p90 and max of each step.
# 3. session: concord-session-bench answers ANNOTATIONS cases through the real editors against the
#    same server and samples the resident set size every SAMPLE_EVERY annotations.
# GUI runs use the offscreen platform by default (no display needed); PLATFORM=xcb runs them on an
# X server (Xvfb) like a desktop, which costs more memory. The trap stops server, Xvfb and cluster.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=$(realpath "${1:-$ROOT/build}")
ROWS=${2:-100000}
RUNS=${RUNS:-10}
ANNOTATIONS=${ANNOTATIONS:-500}
SAMPLE_EVERY=${SAMPLE_EVERY:-50}
PACE_MS=${PACE_MS:-0}
ONLY=${ONLY:-}
PLATFORM=${PLATFORM:-offscreen}
BIN="$BUILD_DIR/bin"
export QT_QPA_PLATFORM=offscreen
say() { echo "== $*" >&2; }
wants() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }

WORK=$(mktemp -d /tmp/concord-app-bench.XXXXXX)
chmod 0755 "$WORK"
SERVER_PID=""
XVFB_PID=""
cleanup() {
  [ -z "$XVFB_PID" ] || kill -TERM "$XVFB_PID" 2>/dev/null || true
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  "$ROOT/deploy/pg-local.sh" stop "$WORK/pg" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# The app keeps settings and its outbox under these: never the user's own.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
       XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"

if wants queue; then
  say "queue: $ROWS assignments"
  "$BIN/concord-queue-bench" "$ROWS"
fi
wants startup || wants session || exit 0

for b in concord concord-server concord-session-bench; do
  [ -x "$BIN/$b" ] || { echo "missing $BIN/$b: cmake --build $BUILD_DIR --target $b" >&2; exit 1; }
done

say "PostgreSQL cluster and server in $WORK"
"$ROOT/deploy/pg-local.sh" start "$WORK/pg" >/dev/null 2>&1
DB_URL=$("$ROOT/deploy/pg-local.sh" url "$WORK/pg")
SRV="$BIN/concord-server"
"$SRV" migrate --db "$DB_URL" >/dev/null
USER_NAME=bench-clinician
PASSWORD=bench-password-clinician-1
echo "$PASSWORD" | "$SRV" create-user --db "$DB_URL" --username "$USER_NAME" --role clinician --specialty cardiology >/dev/null
"$SRV" create-project --db "$DB_URL" --slug bench-app --name "App benchmark (synthetic)" \
  --schema "$ROOT/bench/app/schema.json" --overlap 1 >/dev/null
CASES=$(( ANNOTATIONS + 20 ))
"$BIN/concord-session-bench" make-cases --count "$CASES" --out "$WORK/cases.jsonl" >&2
"$SRV" import-cases --db "$DB_URL" --project bench-app --file "$WORK/cases.jsonl" --state-dir "$WORK/state" >/dev/null
"$SRV" assign --db "$DB_URL" --project bench-app --clinicians "$USER_NAME" --state-dir "$WORK/state" >/dev/null

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=$(( 20000 + RANDOM % 30000 ))
while port_in_use "$PORT"; do PORT=$(( 20000 + RANDOM % 30000 )); done
URL="https://127.0.0.1:$PORT"
CA="$WORK/state/tls/ca.pem"
"$SRV" serve --db "$DB_URL" --listen "127.0.0.1:$PORT" --state-dir "$WORK/state" 2>"$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do
  [ -f "$CA" ] && curl -sf --cacert "$CA" "$URL/healthz" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -5 "$WORK/server.log" >&2; exit 1; }
  sleep 0.2
done
say "server at $URL: 1 clinician, $CASES cases assigned"

if [ "$PLATFORM" = xcb ]; then
  # One X server for every run, started before the clock, so no launch pays for it.
  D=90
  while [ -e "/tmp/.X11-unix/X$D" ] || [ -e "/tmp/.X$D-lock" ]; do D=$((D + 1)); done
  Xvfb ":$D" -screen 0 1920x1080x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$D" ] && break; sleep 0.1; done
  export DISPLAY=":$D" QT_QPA_PLATFORM=xcb
  say "Xvfb on $DISPLAY"
fi

# stats NAME VALUES... → "NAME median=… p90=… max=…" (nearest-rank percentiles)
stats() {
  local name=$1; shift
  printf '%s\n' "$@" | sort -n | awk -v name="$name" '
    { v[NR] = $1 } END {
      if (NR == 0) { print name " (no runs)"; exit }
      m = int((NR + 1) / 2); p = int(NR * 0.9); if (p < NR * 0.9) p++;
      printf "%-30s median %5d ms   p90 %5d ms   max %5d ms\n", name, v[m], v[p], v[NR] }'
}

if wants startup; then
  say "cold start: $RUNS launches of concord to the first case on screen"
  declare -a premain shown painted login queue built onscreen image wall
  for i in $(seq 1 "$RUNS"); do
    t0=$(date +%s%N)
    line=$(CONCORD_TRACE_STARTUP=1 CONCORD_PASSWORD="$PASSWORD" timeout 90 "$BIN/concord" --server "$URL" --ca-file "$CA" \
             --user "$USER_NAME" --outbox "$WORK/outbox-start-$i.sqlite" 2>"$WORK/start-$i.log" | grep '^startup ' || true)
    t1=$(date +%s%N)
    if [ -z "$line" ]; then echo "run $i: no startup line (see below)" >&2; tail -5 "$WORK/start-$i.log" >&2; continue; fi
    f() { sed -n "s/.* $1=\([0-9-]*\).*/\1/p" <<<"$line"; }
    premain+=("$(f premain)"); shown+=("$(f shown)"); painted+=("$(f painted)"); login+=("$(f login)"); queue+=("$(f queue)")
    built+=("$(f built)"); onscreen+=("$(f onscreen)"); image+=("$(f image)"); wall+=("$(( (t1 - t0) / 1000000 ))")
    echo "run $i: $line" >&2
  done
  echo "cold start, ms from process start ($QT_QPA_PLATFORM platform, server on 127.0.0.1, $RUNS runs):"
  stats "main() entered" "${premain[@]}"
  stats "window shown (show())" "${shown[@]}"
  stats "window first painted" "${painted[@]}"
  stats "logged in" "${login[@]}"
  stats "queue loaded" "${queue[@]}"
  stats "first case fetched and built" "${built[@]}"
  stats "FIRST CASE ON SCREEN" "${onscreen[@]}"
  stats "its image on screen" "${image[@]}"
  stats "launch to exit (outside view)" "${wall[@]}"
  # The server's own share (its request log): login includes the password hash, by design slow.
  server_ms() { grep -F "\"route\":\"$1\"" "$WORK/server.log" | sed -n 's/.*"ms":\([0-9]*\).*/\1/p'; }
  stats "server: POST /auth/login" $(server_ms /api/v1/auth/login)
  stats "server: GET /assignments" $(server_ms /api/v1/assignments)
  stats "server: GET /cases/{id}" $(server_ms '/api/v1/cases/{id}')
  echo "goal: first case on screen <= 1000 ms"
fi

if wants session; then
  say "session: $ANNOTATIONS annotations through the real editors (pace ${PACE_MS} ms, $QT_QPA_PLATFORM platform)"
  CONCORD_PASSWORD="$PASSWORD" "$BIN/concord-session-bench" run --server "$URL" --ca-file "$CA" --user "$USER_NAME" \
    --annotations "$ANNOTATIONS" --sample-every "$SAMPLE_EVERY" --pace-ms "$PACE_MS" \
    2> >(tee "$WORK/session.log" | grep --line-buffered '^session: [0-9]' >&2) \
    || { tail -20 "$WORK/session.log" >&2; exit 1; }
  submitted=$(psql "$DB_URL" -tAc "SELECT count(*) FROM annotations WHERE status = 'submitted'")
  echo "session: the server holds $submitted submitted annotation(s), e.g. $(psql "$DB_URL" -tAc "SELECT payload::text FROM annotations ORDER BY id LIMIT 1")"
  echo "goal: resident memory <= 200 MB, no growth"
fi
