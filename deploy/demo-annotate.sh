#!/usr/bin/env bash
# Submits an annotation for every case assigned to the three demo clinicians, through the real
# API, as deploy/demo.sh --headless and deploy/screenshots.sh need: mostly agreeing clinicians
# with some disagreement, so the agreement figures and the disagreement queue mean something.
#   deploy/demo-annotate.sh URL CA_FILE       (prints the number of annotations submitted)
set -euo pipefail
URL=$1
CA=$2
api() { curl -sS --fail-with-body --cacert "$CA" "$@"; }
json_get() { /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
labels=(cardiac pulmonary gastrointestinal musculoskeletal other)
annotated=0
for n in 1 2 3; do
  user="demo-clinician-$n"
  token=$(api -X POST "$URL/api/v1/auth/login" -H 'Content-Type: application/json' \
            -d "{\"username\":\"$user\",\"password\":\"demo-password-clinician-$n\"}" | json_get "['token']")
  cursor=""
  while :; do
    page=$(api -H "Authorization: Bearer $token" "$URL/api/v1/assignments?limit=100${cursor:+&cursor=$cursor}")
    for case_id in $(echo "$page" | /usr/bin/python3 -c "import json,sys; [print(i['case_id']) for i in json.load(sys.stdin)['items'] if i['status'] != 'submitted' and i.get('project', 'demo-chest-pain') == 'demo-chest-pain']"); do
      etag=$(curl -sS --cacert "$CA" -D - -o /dev/null -H "Authorization: Bearer $token" "$URL/api/v1/cases/$case_id" \
               | tr -d '\r' | awk 'tolower($1) == "etag:" {print $2}')
      label=${labels[$(( (case_id + (case_id % 4 == 0 ? n : 0)) % 5 ))]}
      api -X PUT "$URL/api/v1/cases/$case_id/annotation" -H "Authorization: Bearer $token" \
          -H 'Content-Type: application/json' -H "Idempotency-Key: demo-$user-$case_id" ${etag:+-H "If-Match: $etag"} \
          -d "{\"status\":\"submitted\",\"payload\":{\"finding\":\"$label\",\"urgency\":$(( case_id % 4 + 1 ))},\"time_on_task_ms\":30000}" >/dev/null
      annotated=$((annotated + 1))
    done
    cursor=$(echo "$page" | json_get "['next_cursor'] or ''")
    [ -z "$cursor" ] && break
  done
done
echo "$annotated"
