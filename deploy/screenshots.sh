#!/usr/bin/env bash
# Starts a throwaway demo (private PostgreSQL cluster, demo data, TLS server) and runs the
# desktop app under Xvfb with --screenshot-tour, which saves the queue, a case with each field
# editor active and the help overlay as PNG files; then, as the demo data lead, the agreement
# dashboard, a case of the disagreement queue, a finished export and the PHI review.
#   deploy/screenshots.sh [OUT_DIR]      (default: ./screenshots)
# Needs: xvfb, xauth (see /work/shared/TOOLCHAIN.md or deploy/install-deps.sh) and a build with the
# concord and concord-server targets (CONCORD_BUILD_DIR, default ./build; built if missing).
# The demo password is passed in CONCORD_PASSWORD: demo accounts only, never a real one.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$(realpath -m "${1:-$PWD/screenshots}")
BUILD=${CONCORD_BUILD_DIR:-$ROOT/build}
BIN="$BUILD/bin"
say() { echo "screenshots: $*" >&2; }

command -v xvfb-run >/dev/null || { say "xvfb-run not found (apt-get install xvfb xauth)"; exit 1; }
if [ ! -x "$BIN/concord" ] || [ ! -x "$BIN/concord-server" ]; then
  say "building concord and concord-server in $BUILD"
  [ -f "$BUILD/CMakeCache.txt" ] || cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD" -j "$(nproc)" --target concord concord-server >/dev/null
fi

if [ "$(id -u)" -eq 0 ]; then BASE=/var/tmp/concord-root; else BASE=${TMPDIR:-/tmp}; fi
mkdir -p "$BASE"
WORK=$(mktemp -d "$BASE/concord-shots.XXXXXX")
chmod 755 "$WORK"  # the postgres user must reach the cluster directory when run as root
SERVER_PID=
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  "$ROOT/deploy/pg-local.sh" stop "$WORK/pg" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"$ROOT/deploy/pg-local.sh" start "$WORK/pg" >/dev/null
DB=$("$ROOT/deploy/pg-local.sh" url "$WORK/pg")
"$BIN/concord-server" migrate --db "$DB" >/dev/null
"$BIN/concord-server" load-demo --db "$DB" --dir "$ROOT/resources/demo" --state-dir "$WORK/server" >/dev/null

# A project using every field kind, with one case that has a note, an image, a conversation with
# two candidate responses and rubric criteria, so each editor has something to show.
/usr/bin/python3 - "$WORK" <<'PY'
import base64, json, struct, sys, zlib
work = sys.argv[1]
w, h = 480, 360
rows = b"".join(b"\x00" + bytes(v for x in range(w) for v in
        ((x * 255 // w), (y * 255 // h), 140 + (60 if (x - 240) ** 2 + (y - 180) ** 2 < 60 ** 2 else 0)))
        for y in range(h))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
      chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
schema = {"version": 1, "fields": [
  {"id": "triage", "kind": "single_choice", "label": "Triage", "required": True,
   "options": [{"value": "urgent", "label": "Urgent"}, {"value": "routine", "label": "Routine"}]},
  {"id": "findings", "kind": "multi_choice", "label": "Findings",
   "options": [{"value": "stemi", "label": "STEMI"}, {"value": "angina", "label": "Angina"}, {"value": "other", "label": "Other"}]},
  {"id": "severity", "kind": "ordinal", "label": "Severity",
   "options": [{"value": 1, "label": "Mild"}, {"value": 2, "label": "Moderate"}, {"value": 3, "label": "Severe"}]},
  {"id": "heart_rate", "kind": "number", "label": "Heart rate", "min": 20, "max": 250, "integer": True, "unit": "bpm"},
  {"id": "medications", "kind": "spans", "label": "Medications", "options": [{"value": "drug"}, {"value": "dose"}]},
  {"id": "lesions", "kind": "regions", "label": "Regions of interest", "options": [{"value": "lesion"}, {"value": "artefact"}]},
  {"id": "comment", "kind": "free_text", "label": "Reference answer", "max": 2000},
  {"id": "preference", "kind": "preference", "label": "Which response is better?", "strength_levels": 3},
  {"id": "rubric", "kind": "rubric_authoring", "label": "Write a rubric", "axes": ["accuracy", "safety", "communication"]},
  {"id": "grading", "kind": "rubric_grading", "label": "Grade the better response"}]}
json.dump(schema, open(f"{work}/schema.json", "w"))
case = {"external_id": "tour-001", "patient_key": "tour-patient-1", "specialty": "cardiology",
        "note": "Synthetic case. A 61-year-old woman with chest pain for 2 hours. Takes aspirin 75 mg daily "
                "and atorvastatin 40 mg. ECG: ST depression V4-V6. Troponin pending.",
        "images": [{"mime_type": "image/png", "data_base64": base64.b64encode(png).decode()}],
        "conversation": {"messages": [{"role": "user", "content": "I have had chest pain for two hours. What should I do?"}],
                         "responses": [{"model": "model-x", "content": "Call emergency services now; chew 300 mg aspirin if not allergic."},
                                       {"model": "model-y", "content": "Rest and see your GP next week if it continues."}]},
        "rubric_criteria": [{"id": "c1", "text": "Advises calling emergency services", "points": 5},
                            {"id": "c2", "text": "Mentions aspirin with a safety caveat", "points": 3}]}
open(f"{work}/cases.jsonl", "w").write(json.dumps(case) + "\n")
PY
"$BIN/concord-server" create-project --db "$DB" --slug screenshot-tour --name "Screenshot tour" \
  --schema "$WORK/schema.json" --overlap 1 >/dev/null
"$BIN/concord-server" import-cases --db "$DB" --project screenshot-tour --file "$WORK/cases.jsonl" \
  --state-dir "$WORK/server" >/dev/null
"$BIN/concord-server" assign --db "$DB" --project screenshot-tour --clinicians demo-clinician-1 \
  --state-dir "$WORK/server" >/dev/null
# A case with identifiers an upstream de-identification missed (all fictional): the import
# quarantines it, and the lead's PHI review page shows it.
cat >"$WORK/phi-case.jsonl" <<'JSONL'
{"external_id": "demo-phi-001", "patient_key": "demo-phi-patient", "specialty": "cardiology", "note": "Seen with her husband Tomasz Wierzbicki on 03/14/2024. Chest pain since Tuesday. Daughter can be reached at (617) 555-0134. MRN: 88120457. Plan: troponin, ECG."}
JSONL
"$BIN/concord-server" import-cases --db "$DB" --project demo-chest-pain --file "$WORK/phi-case.jsonl" \
  --state-dir "$WORK/server" >/dev/null

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=18443
while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
"$BIN/concord-server" serve --db "$DB" --listen "127.0.0.1:$PORT" --state-dir "$WORK/server" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
CA="$WORK/server/tls/ca.pem"
URL="https://127.0.0.1:$PORT"
for _ in $(seq 1 100); do
  curl -sf --cacert "$CA" "$URL/healthz" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -20 "$WORK/server.log" >&2; say "the server did not start"; exit 1; }
  sleep 0.1
done

mkdir -p "$OUT"
say "running the app under Xvfb against $URL"
export XDG_RUNTIME_DIR="$WORK/xdg"; mkdir -p -m 700 "$XDG_RUNTIME_DIR"
# A private settings/data home so the tour never touches the person's own Concord settings.
HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
CONCORD_PASSWORD=demo-password-clinician-1 CONCORD_TOUR_PROJECT=screenshot-tour \
  xvfb-run -a -s "-screen 0 1400x900x24" \
  "$BIN/concord" --server "$URL" --ca-file "$CA" --user demo-clinician-1 \
  --outbox "$WORK/outbox.sqlite" --screenshot-tour "$OUT"

# The data lead's console needs submitted work: the three demo clinicians annotate the demo
# project (with some disagreement), then the tour runs again as the demo data lead.
say "submitted $("$ROOT/deploy/demo-annotate.sh" "$URL" "$CA") demo annotations; touring the lead console"
HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
CONCORD_PASSWORD=demo-password-data-lead \
  xvfb-run -a -s "-screen 0 1400x900x24" \
  "$BIN/concord" --server "$URL" --ca-file "$CA" --user demo-lead \
  --outbox "$WORK/outbox-lead.sqlite" --screenshot-tour "$OUT"
say "saved $(ls "$OUT"/*.png | wc -l) screenshots in $OUT"
