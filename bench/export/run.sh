#!/usr/bin/env bash
# Export benchmark: synthetic classification annotations (4 clinicians per case), timed
# concord-export (--task classification --compression zstd) against psql's \copy of the very same
# case query (concord-export --print-sql), run back to back on the same database. Prints wall
# time, the ratio, records/s, MB/s and peak resident memory of the exporter at each size.
#
#   bench/export/run.sh [BUILD_DIR] [SIZES]      e.g. bench/export/run.sh build 100000,1000000
#
# SIZES are annotation counts (cases = annotations / 4); each side runs $REPEAT times (default 3). Uses a private PostgreSQL cluster under
# $BENCH_DIR (default /tmp/concord-export-bench), or $CONCORD_BENCH_DB_URL (a maintenance URL whose
# user may create databases) when set. Goals: ratio <= 1.5, peak memory < 256 MB at both sizes.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build}
SIZES=${2:-100000,1000000}
EXPORT="$BUILD/bin/concord-export"
BENCH_DIR=${BENCH_DIR:-/tmp/concord-export-bench}
REPEAT=${REPEAT:-3}
[ -x "$EXPORT" ] || { echo "build concord-export first: cmake --build $BUILD --target concord-export" >&2; exit 1; }

mkdir -p "$BENCH_DIR"
if [ -n "${CONCORD_BENCH_DB_URL:-}" ]; then
  ADMIN_URL=$CONCORD_BENCH_DB_URL
else
  "$ROOT/deploy/pg-local.sh" start "$BENCH_DIR/pg" >/dev/null
  ADMIN_URL=$(cat "$BENCH_DIR/pg/url")
fi
BASE_URL=${ADMIN_URL%/*}

seed_database() {  # $1 database name, $2 annotations
  local db=$1 annotations=$2 cases=$(( $2 / 4 ))
  psql -q "$ADMIN_URL" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
  for migration in "$ROOT"/schema/[0-9]*.sql; do psql -q -v ON_ERROR_STOP=1 "$BASE_URL/$db" -f "$migration" >/dev/null; done
  psql -q -v ON_ERROR_STOP=1 "$BASE_URL/$db" >/dev/null <<SQL
INSERT INTO users (username, role, password_hash)
  SELECT 'clin' || g, 'clinician', 'x' FROM generate_series(0, 19) g;
INSERT INTO projects (slug, name, annotation_schema) VALUES ('bench', 'Benchmark',
  '{"version": 1, "fields": [{"id": "finding", "kind": "single_choice", "label": "Finding",
    "options": [{"value": "normal"}, {"value": "abnormal"}, {"value": "uncertain"}]}]}');
INSERT INTO cases (project_id, external_id, patient_key, specialty, note_text)
  SELECT 1, 'case-' || g, 'patient-' || (g / 3), 'cardiology',
         'Synthetic note ' || g || ': ' || (ARRAY['chest pain on exertion', 'shortness of breath at night',
           'palpitations after coffee', 'ankle swelling', 'dizziness when standing'])[1 + g % 5] ||
         ', heart rate ' || (50 + g % 70) || ', blood pressure ' || (100 + g % 60) || '/' || (60 + g % 30) ||
         '. ECG ' || (ARRAY['unremarkable', 'shows sinus tachycardia', 'shows left bundle branch block'])[1 + g % 3] ||
         '. Follow-up in ' || (1 + g % 12) || ' weeks.'
  FROM generate_series(1, $cases) g;
INSERT INTO assignments (case_id, user_id, status)
  SELECT c.id, 1 + ((c.id + k * 5) % 20), 'submitted' FROM cases c, generate_series(0, 3) k;
INSERT INTO annotations (assignment_id, case_id, user_id, project_id, schema_version, status, payload)
  SELECT a.id, a.case_id, a.user_id, 1, 1, 'submitted',
         jsonb_build_object('finding', (ARRAY['normal', 'abnormal', 'uncertain'])[1 + ((a.case_id * 7 + a.user_id) % 5) % 3])
  FROM assignments a;
VACUUM ANALYZE;
SQL
}

measure() {  # $1 label, then the command; prints "seconds max_rss_kb"
  local label=$1; shift
  local out="$BENCH_DIR/time-$label.txt"
  /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>"$BENCH_DIR/stderr-$label.txt"
  cat "$out"
}

echo "concord-export benchmark ($(nproc) cores), sizes: $SIZES annotations"
IFS=, read -ra sizes <<<"$SIZES"
for annotations in "${sizes[@]}"; do
  db="concord_export_bench_$annotations"
  url="$BASE_URL/$db"
  t0=$(date +%s)
  seed_database "$db" "$annotations"
  echo
  echo "== $annotations annotations over $(( annotations / 4 )) cases (seeded in $(( $(date +%s) - t0 )) s)"

  out="$BENCH_DIR/out-$annotations"
  rm -rf "$out" "$BENCH_DIR"/.out-*.partial-* "$BENCH_DIR/copy-$annotations.tsv"
  sql=$("$EXPORT" --db "$url" --project bench --print-sql | tr '\n' ' ')

  # psql runs the query with the session settings the exporter's snapshot transaction uses
  # (exporters/src/snapshot_reader.cpp), so both sides run the same plan.
  export PGOPTIONS="-c jit=off -c work_mem=64MB"
  # Warm the cache once, then time the baseline and the export back to back, $REPEAT times each
  # alternating; the fastest of each is compared (the machine may be shared), the peak memory is
  # the largest seen.
  psql -q "$url" -c "\\copy ($sql) TO '/dev/null'" >/dev/null
  copy_s=; export_s=; export_kb=0
  for _ in $(seq 1 "$REPEAT"); do
    read -r s kb < <(measure "copy-$annotations" psql -q "$url" -c "\\copy ($sql) TO '$BENCH_DIR/copy-$annotations.tsv'")
    copy_s=$(python3 -c "import sys; print(min(float(x) for x in sys.argv[1:] if x))" "$s" "$copy_s")
    rm -rf "$out"
    read -r s kb < <(measure "export-$annotations" "$EXPORT" --db "$url" --project bench \
        --task classification --compression zstd --out "$out")
    export_s=$(python3 -c "import sys; print(min(float(x) for x in sys.argv[1:] if x))" "$s" "$export_s")
    export_kb=$(( kb > export_kb ? kb : export_kb ))
  done

  records=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['counts']['records'])" "$out/manifest.json")
  shard_bytes=$(python3 -c "import json,sys; print(sum(s['bytes'] for s in json.load(open(sys.argv[1]))['shards']))" "$out/manifest.json")
  plain_bytes=$(for f in "$out"/*/shard-*.jsonl.zst; do zstd -dc "$f"; done 2>/dev/null | wc -c || echo 0)
  copy_bytes=$(stat -c %s "$BENCH_DIR/copy-$annotations.tsv")
  python3 - "$copy_s" "$export_s" "$records" "$plain_bytes" "$shard_bytes" "$export_kb" "$copy_bytes" <<'PY'
import sys
copy_s, export_s = float(sys.argv[1]), float(sys.argv[2])
records, plain, shards, rss_kb, copy_bytes = (int(x) for x in sys.argv[3:8])
ratio = export_s / copy_s if copy_s > 0 else float("inf")
print(f"psql \\copy of the same query: {copy_s:8.2f} s  ({copy_bytes / 1e6:.1f} MB of rows)")
print(f"concord-export:                {export_s:8.2f} s  ratio {ratio:.2f} (goal <= 1.5)")
print(f"records: {records}  {records / export_s:,.0f} records/s")
print(f"output: {plain / 1e6:.1f} MB JSONL ({plain / 1e6 / export_s:.1f} MB/s), {shards / 1e6:.1f} MB zstd")
print(f"peak memory (max RSS) of concord-export: {rss_kb / 1024:.1f} MB (goal < 256 MB)")
PY
  rm -f "$BENCH_DIR/copy-$annotations.tsv"
  unset PGOPTIONS
done
