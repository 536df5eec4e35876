#!/usr/bin/env bash
# Server benchmark: prints figures, asserts nothing.
#   bench/server/run.sh [BUILD_DIR] [--quick] [--plain-http]
# Starts a throwaway PostgreSQL cluster (deploy/pg-local.sh) under a temporary directory, migrates,
# seeds 1,000 clinicians with sessions, one project (k=3) and 200,000 cases (seed.sql), starts
# concord-server over TLS with its development certificate (--plain-http: plain HTTP instead), then
#   1. submit throughput: 8 closed-loop clients PUT first-time submitted annotations through the
#      server, then pgbench runs the same SQL (submit.pgbench) with the same 8 clients on the same
#      database; twice, alternating; prints the rates and their ratio (goal >= 0.5);
#   2. fixed rate, open loop: 200 requests/s over 1,000 keep-alive connections (70% next-task, 30%
#      submit of the case next-task handed out) for 60 s, then steps the rate up until a goal
#      (next-task p99 <= 100 ms, submit p99 <= 200 ms, zero errors) breaks; once with next-task
#      resuming pre-assigned cases, once with next-task claiming new cases.
# Everything runs on 127.0.0.1 and stops by itself; the trap stops the server and the cluster.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR="$ROOT/build"
QUICK=0
PLAIN=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --plain-http) PLAIN=1 ;;
    -h|--help) sed -n 2,15p "$0"; exit 0 ;;
    -*) echo "unknown option $arg" >&2; exit 2 ;;
    *) BUILD_DIR=$arg ;;
  esac
done
BUILD_DIR=$(realpath "$BUILD_DIR")
SERVER_BIN="$BUILD_DIR/bin/concord-server"
LOAD_BIN="$BUILD_DIR/bin/concord-load"
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
for b in "$SERVER_BIN" "$LOAD_BIN"; do
  [ -x "$b" ] || { echo "missing $b: cmake --build $BUILD_DIR --target concord-server concord-load" >&2; exit 1; }
done

USERS=1000
CASES=200000
PREASSIGNED=170000       # cases 1..170000 carry k=3 assignments; 170001..200000 are left for claims
CLIENTS=8                # submit-throughput clients, for the server and for pgbench alike
# Two alternating rounds (server, pgbench, server, pgbench) over disjoint open assignments (j=0).
SERVER_RANGES="1:40000 40001:80000"
PGBENCH_RANGES="80001:125000 125001:170000"
CONNECTIONS=1000
THREADS=1100             # Poco holds a thread per open connection: 1,000 idle keep-alive ones + spare
POOL=16                  # database connections of the server (its default)
if [ "$QUICK" -eq 1 ]; then
  SUBMIT_SECONDS=4; FIXED_SECONDS=10; STEP_SECONDS=5; RATES="200 800"
else
  SUBMIT_SECONDS=15; FIXED_SECONDS=60; STEP_SECONDS=30; RATES="200 400 800 1600 2400 3200"
fi

WORK=$(mktemp -d /tmp/concord-server-bench.XXXXXX)
chmod 0755 "$WORK"
SERVER_PID=""
cleanup() {
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

say() { echo "== $*" >&2; }
now_s() { date +%s.%N; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }   # field LINE NAME
TICKS=$(getconf CLK_TCK)

say "PostgreSQL cluster in $WORK/pg"
"$ROOT/deploy/pg-local.sh" start "$WORK/pg" 2>/dev/null
DB_URL=$("$ROOT/deploy/pg-local.sh" url "$WORK/pg")
"$SERVER_BIN" migrate --db "$DB_URL" >/dev/null
say "seeding $USERS clinicians, $CASES cases, $PREASSIGNED cases with k=3 assignments"
t=$(now_s)
psql "$DB_URL" -q -v users=$USERS -v cases=$CASES -v preassigned=$PREASSIGNED -f "$ROOT/bench/server/seed.sql" >/dev/null
SEED_SECONDS=$(echo "$(now_s) - $t" | bc)

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=$(( 20000 + RANDOM % 30000 ))
while port_in_use "$PORT"; do PORT=$(( 20000 + RANDOM % 30000 )); done
SCHEME=https
EXTRA=()
if [ "$PLAIN" -eq 1 ]; then SCHEME=http; EXTRA=(--plain-http); fi
BASE="$SCHEME://127.0.0.1:$PORT"
CA="$WORK/state/tls/ca.pem"
say "concord-server on $BASE (--threads $THREADS --pool $POOL)"
# The server logs one line per request to stderr; it goes to a file.
"$SERVER_BIN" serve --db "$DB_URL" --listen "127.0.0.1:$PORT" --state-dir "$WORK/state" \
  --threads "$THREADS" --pool "$POOL" "${EXTRA[@]}" 2>"$WORK/server.log" &
SERVER_PID=$!
CURL=(curl -sf --max-time 2)
[ "$PLAIN" -eq 1 ] || CURL+=(--cacert "$CA")
for _ in $(seq 1 100); do
  if [ -f "$CA" ] || [ "$PLAIN" -eq 1 ]; then "${CURL[@]}" "$BASE/healthz" >/dev/null 2>&1 && break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -5 "$WORK/server.log" >&2; exit 1; }
  sleep 0.2
done
"${CURL[@]}" "$BASE/healthz" >/dev/null
CA_ARGS=()
[ "$PLAIN" -eq 1 ] || CA_ARGS=(--ca "$CA")

# 1. Submit throughput: the server, then pgbench on the same database with the same clients, twice.
SUBMIT_ROWS=()
SERVER_SUM=0
PGBENCH_SUM=0
read -r -a pg_ranges <<<"$PGBENCH_RANGES"
round=0
for range in $SERVER_RANGES; do
  pg_range=${pg_ranges[$round]}
  round=$((round + 1))
  say "submit throughput through the server: $CLIENTS clients, ${SUBMIT_SECONDS}s, cases $range"
  cpu0=$(cpu_ticks "$SERVER_PID")
  line=$("$LOAD_BIN" submit --url "$BASE" "${CA_ARGS[@]}" --clients $CLIENTS --seconds $SUBMIT_SECONDS \
    --first-case "${range%:*}" --last-case "${range#*:}" --users $USERS | grep '^result kind=submit')
  cpu1=$(cpu_ticks "$SERVER_PID")
  echo "$line" >&2
  ok=$(field "$line" ok)
  rate=$(field "$line" rate)
  cpu_ms=$(echo "scale=2; ($cpu1 - $cpu0) * 1000 / $TICKS / ($ok + 0.0001)" | bc)
  note=""
  [ -z "$(field "$line" ran_out_of_cases)" ] || note=" (ran out of cases)"
  SUBMIT_ROWS+=("$(printf '   server   %8.1f req/s %7s created %4s errors  p50 %6s ms  p99 %7s ms  server CPU %s ms/request%s' \
    "$rate" "$ok" "$(field "$line" errors)" "$(field "$line" p50_ms)" "$(field "$line" p99_ms)" "$cpu_ms" "$note")")
  SERVER_SUM=$(echo "$SERVER_SUM + $rate" | bc)

  say "the same transactions through pgbench: $CLIENTS clients, ${SUBMIT_SECONDS}s, cases $pg_range"
  out=$("$PG_BIN/pgbench" "$DB_URL" -M prepared -n -c $CLIENTS -j 2 -T $SUBMIT_SECONDS \
    -D first=$(( ${pg_range%:*} - 1 )) -D n=0 -D clients=$CLIENTS -D users=$USERS \
    -f "$ROOT/bench/server/submit.pgbench" 2>&1) || true
  tps=$(sed -n 's/^tps = \([0-9.]*\) (without.*/\1/p' <<<"$out")
  processed=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' <<<"$out")
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$out")
  latency=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")
  if [ -z "$tps" ] || grep -q "aborted" <<<"$out"; then
    echo "$out" >&2
    echo "pgbench failed or ran out of cases" >&2
    exit 1
  fi
  echo "pgbench tps=$tps processed=$processed failed=$failed latency_avg_ms=$latency" >&2
  SUBMIT_ROWS+=("$(printf '   pgbench  %8.1f tps   %7s done    %4s failed  latency avg %s ms' "$tps" "$processed" "$failed" "$latency")")
  PGBENCH_SUM=$(echo "$PGBENCH_SUM + $tps" | bc)
done
RATIO=$(echo "scale=3; $SERVER_SUM / $PGBENCH_SUM" | bc)

# 2. Fixed rate, open loop, stepping up until a goal breaks; two ways next-task finds work:
#    resume: every clinician still has open pre-assigned cases (the `assign` workflow), and
#            next-task hands out the oldest open one;
#    claim:  all open assignments are closed first, so after each submit next-task claims a new
#            case (the self-service workflow; 30,000 unassigned cases, k=3).
FIXED_ROWS=()
BREAKS=()
for mode in resume claim; do
  if [ "$mode" = claim ]; then
    psql "$DB_URL" -q -c "UPDATE assignments SET status = 'skipped', skip_reason = 'benchmark reset' WHERE status = 'assigned'" \
      -c "VACUUM ANALYZE" >/dev/null
  fi
  break_rate=""
  last_good=""
  first=1
  rates=$RATES
  # When the first rate already breaks a goal, halve it (down to 25/s) to find one that holds.
  [ "$QUICK" -eq 1 ] || rates="$RATES 100 50 25"
  for rate in $rates; do
    if [ -n "$break_rate" ] && [ "$rate" -ge "$break_rate" ]; then continue; fi
    if [ -z "$break_rate" ] && [ -n "$last_good" ] && [ "$rate" -le "$last_good" ]; then break; fi
    seconds=$STEP_SECONDS
    [ "$first" -eq 1 ] && seconds=$FIXED_SECONDS
    first=0
    sleep 3   # let the server drain what the previous step left queued
    say "fixed rate ($mode) $rate req/s over $CONNECTIONS connections for ${seconds}s"
    cpu0=$(cpu_ticks "$SERVER_PID")
    out=$("$LOAD_BIN" fixed --url "$BASE" "${CA_ARGS[@]}" --connections $CONNECTIONS --rate "$rate" \
      --seconds "$seconds" --slug bench --grace 20)
    cpu1=$(cpu_ticks "$SERVER_PID")
    echo "$out" >&2
    cpu_pct=$(echo "scale=0; ($cpu1 - $cpu0) * 100 / $TICKS / $seconds" | bc)
    broke=0
    for kind in next-task submit; do
      line=$(grep "^result kind=$kind " <<<"$out")
      p99=$(field "$line" p99_ms)
      errors=$(field "$line" errors)
      not_sent=$(field "$line" not_sent)
      FIXED_ROWS+=("$(printf '%-6s %5s %4ss %-9s %7s %7s %6s %8s %8s %8s %9s %6s %4s%% %4s%%  %s' "$mode" "$rate" "$seconds" \
        "$kind" "$(field "$line" requests)" "$(field "$line" rate)" "$errors" "$(field "$line" p50_ms)" \
        "$(field "$line" p95_ms)" "$p99" "$(field "$line" max_ms)" "$not_sent" "$cpu_pct" \
        "$(field "$line" generator_cpu_pct)" "$(field "$line" error_kinds)")")
      case "$kind" in
        next-task) [ "$(echo "$p99 > 100" | bc)" -eq 0 ] || broke=1 ;;
        submit) [ "$(echo "$p99 > 200" | bc)" -eq 0 ] || broke=1 ;;
      esac
      { [ "$errors" -eq 0 ] && [ "$not_sent" -eq 0 ]; } || broke=1
    done
    if [ "$broke" -eq 1 ]; then
      if [ -z "$break_rate" ] || [ "$rate" -lt "$break_rate" ]; then break_rate=$rate; fi
      [ -z "$last_good" ] || break
    else
      last_good=$rate
      [ -z "$break_rate" ] || break
    fi
  done
  if [ "$mode" = claim ]; then
    # The claim statement alone (server/store/task_store.cpp task_claim_case), rolled back.
    CLAIM_MS=$(psql "$DB_URL" -qAt -c "BEGIN" -c "EXPLAIN (ANALYZE, TIMING OFF) UPDATE cases SET assigned_count = assigned_count + 1
      WHERE id = (SELECT c.id FROM cases c WHERE c.project_id = 1 AND c.status = 'ready' AND c.is_gold = false
        AND c.assigned_count < 3 AND (c.specialty = '' OR c.specialty = ANY(ARRAY(SELECT jsonb_array_elements_text('[]'::jsonb))))
        AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.case_id = c.id AND a.user_id = 1)
        ORDER BY c.assigned_count DESC, c.id LIMIT 1 FOR UPDATE SKIP LOCKED) AND assigned_count < 3 RETURNING id" \
      -c "ROLLBACK" | sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p')
    OPEN_CASES=$(psql "$DB_URL" -qAt -c "SELECT count(*) FROM cases WHERE status = 'ready' AND assigned_count < 3")
  fi
  if [ -n "$break_rate" ]; then
    BREAKS+=("   $mode: goals held up to ${last_good:-none of the rates} req/s, broke at $break_rate req/s")
  else
    BREAKS+=("   $mode: goals held at every rate tried (up to $last_good req/s)")
  fi
done

cat <<EOF

Concord server benchmark ($([ "$PLAIN" -eq 1 ] && echo "plain HTTP" || echo "TLS, development certificate"); $(nproc) cores shared by the load generator, the server and PostgreSQL; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))
Dataset: $USERS clinicians with sessions, 1 project (single choice, k=3), $CASES cases, $((PREASSIGNED * 3)) assignments, $PREASSIGNED submitted annotations; seeded in ${SEED_SECONDS%.*} s
Server: concord-server serve --threads $THREADS --pool $POOL

1. Submit throughput, $CLIENTS closed-loop clients, $SUBMIT_SECONDS s per run (first-time PUT /api/v1/cases/{id}/annotation,
   status submitted; pgbench runs the same statements, 2 transactions per request, -M prepared)
EOF
for row in "${SUBMIT_ROWS[@]}"; do echo "$row"; done
cat <<EOF
   ratio server/pgbench (sum of rates) = $RATIO   (goal >= 0.5)

2. Fixed rate, open loop, $CONNECTIONS keep-alive connections, 70% next-task / 30% submit;
   latency from the scheduled send time, ms
mode    rate  dur kind      requests  rate/s errors      p50      p95      p99       max unsent server* gen*  errors by kind
EOF
for row in "${FIXED_ROWS[@]}"; do echo "$row"; done
echo "   * CPU time per wall-clock second of the server process and of the load generator (200% = both cores)"
echo "   goals: next-task p99 <= 100 ms, submit p99 <= 200 ms, zero errors"
for row in "${BREAKS[@]}"; do echo "$row"; done
echo "   next-task's claim statement (task_claim_case) alone, after the claim runs: ${CLAIM_MS:-?} ms with ${OPEN_CASES:-?} cases still open to claim"
exit 0
