#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for development, tests, demos and benchmarks.
#   deploy/pg-local.sh start|stop|status|url [DATA_DIR]
# Never touches a system-wide cluster. Works as root (runs the server as the `postgres` user)
# and as a normal user. Picks a free TCP port on 127.0.0.1 and waits until the server is ready.
# The superuser `concord` gets a random password kept (mode 0600) in DATA_DIR/../<name>.url.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
cmd=${1:-}
default_dir() {
  if [ "$(id -u)" -eq 0 ]; then
    # postgres cannot enter /root: keep root's cluster under /var/tmp.
    echo "/var/tmp/concord-root/pg"
  else
    echo "${XDG_STATE_HOME:-$HOME/.local/state}/concord/pg"
  fi
}
DATA_DIR=${2:-$(default_dir)}
DATA_DIR=$(realpath -m "$DATA_DIR")
CLUSTER="$DATA_DIR/cluster"
URL_FILE="$DATA_DIR/url"
LOG_FILE="$DATA_DIR/postgres.log"

die() { echo "pg-local: $*" >&2; exit 1; }
[ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 server binaries not found in $PG_BIN (run deploy/install-deps.sh)"

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
  local p
  for _ in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 30000 ))
    if ! port_in_use "$p"; then echo "$p"; return 0; fi
  done
  die "no free port found"
}

# True when the postmaster recorded in postmaster.pid is alive (and not a zombie).
server_alive() {
  local pidfile="$CLUSTER/postmaster.pid" pid state
  [ -f "$pidfile" ] || return 1
  pid=$(head -1 "$pidfile")
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
  state=$(awk '/^State:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo "")
  [ "$state" != "Z" ]
}

port_of() { sed -n '4p' "$CLUSTER/postmaster.pid" 2>/dev/null || true; }

init_cluster() {
  mkdir -p "$DATA_DIR"
  chmod 0700 "$DATA_DIR"
  if [ "$(id -u)" -eq 0 ]; then
    # Every parent must be traversable by postgres.
    local d="$DATA_DIR"
    while [ "$d" != "/" ]; do d=$(dirname "$d"); chmod o+x "$d" 2>/dev/null || true; done
    chown postgres:postgres "$DATA_DIR"
    chmod 0711 "$DATA_DIR"
  fi
  local pwfile password
  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  pwfile=$(as_owner mktemp "$DATA_DIR/.pw.XXXXXX")
  echo "$password" | as_owner tee "$pwfile" >/dev/null
  as_owner "$PG_BIN/initdb" -D "$CLUSTER" -U concord --pwfile="$pwfile" -A scram-sha-256 \
    -E UTF8 --locale=C --no-sync >/dev/null
  rm -f "$pwfile"
  umask 077
  echo "$password" > "$DATA_DIR/password"
}

start() {
  if server_alive; then
    write_url "$(port_of)"
    echo "pg-local: already running at $(cat "$URL_FILE" | sed 's/:[^:@]*@/:***@/')" >&2
    return 0
  fi
  [ -f "$CLUSTER/PG_VERSION" ] || init_cluster
  rm -f "$CLUSTER/postmaster.pid"   # stale lock of a killed server
  local port attempt
  for attempt in 1 2 3; do
    port=$(pick_port)
    if as_owner "$PG_BIN/pg_ctl" -D "$CLUSTER" -l "$LOG_FILE" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c max_connections=300 -c shared_buffers=256MB" \
        start >/dev/null 2>&1; then
      write_url "$port"
      for _ in $(seq 1 100); do
        "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" && { echo "pg-local: running on 127.0.0.1:$port ($DATA_DIR)" >&2; return 0; }
        sleep 0.1
      done
    fi
    echo "pg-local: start on port $port failed (attempt $attempt), see $LOG_FILE" >&2
  done
  tail -20 "$LOG_FILE" >&2 || true
  die "could not start PostgreSQL"
}

write_url() {
  local port=$1
  umask 077
  echo "postgresql://concord:$(cat "$DATA_DIR/password")@127.0.0.1:$port/postgres" > "$URL_FILE"
}

stop() {
  if server_alive; then
    as_owner "$PG_BIN/pg_ctl" -D "$CLUSTER" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  fi
  if server_alive; then
    kill -9 "$(head -1 "$CLUSTER/postmaster.pid")" 2>/dev/null || true
  fi
  rm -f "$URL_FILE"
  echo "pg-local: stopped ($DATA_DIR)" >&2
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  status)
    if server_alive; then echo "running on 127.0.0.1:$(port_of) ($DATA_DIR)"; else echo "stopped ($DATA_DIR)"; exit 3; fi ;;
  url)
    server_alive || die "not running ($DATA_DIR); run: deploy/pg-local.sh start $DATA_DIR"
    cat "$URL_FILE" ;;
  *) echo "usage: $0 start|stop|status|url [DATA_DIR]" >&2; exit 2 ;;
esac
