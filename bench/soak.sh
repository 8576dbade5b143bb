#!/usr/bin/env bash
# Bounded soak of a running service on 127.0.0.1: wrk with a mix of checks and curation writes for
# DURATION (default 10m), sampling the service's RSS every 10 s. Needs wrk (apt-get install wrk).
#   bench/soak.sh [PORT] [DURATION] [PID]
# PORT defaults to 8080; PID (for RSS) defaults to the process listening on PORT.
set -euo pipefail
cd "$(dirname "$0")"
port=${1:-8080}
duration=${2:-10m}
pid=${3:-$(ss -ltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
base=http://127.0.0.1:$port
out=${SOAK_OUT:-soak-$(date -u +%Y%m%dT%H%M%S)}
mkdir -p "$out"

# A proposed event of its own for the curation writes, so the bundled store is left as it is.
event=$(curl -sf "$base/v1/events" -H 'Content-Type: application/json' -d '{
  "type": "PHONE_CALL", "participants": ["vladimir-putin", "alexander-lukashenko"], "mode": "PHONE",
  "date": {"start": "1999-03-01", "precision": "DAY"}, "summary": "Soak test event",
  "sources": [{"documentId": "001_2ba1a5d2d5bdc1cb", "start": 0, "end": 8}]}' | sed 's/^{"id":\([0-9]*\).*/\1/')
echo "soak: $duration against $base, pid $pid, event $event, results in $out"

( while kill -0 "$pid" 2>/dev/null; do
    echo "$(date -u +%s) $(ps -o rss= -p "$pid")" >> "$out/rss.txt"; sleep 10
  done ) &
sampler=$!
trap 'kill $sampler 2>/dev/null || true' EXIT

SOAK_EVENT_ID=$event wrk -t2 -c8 -d"$duration" --latency -s soak.lua "$base" | tee "$out/wrk.txt"
curl -s "$base/q/health/ready" > "$out/ready.json"
awk 'NR==1{first=$2} {last=$2; if ($2>max) max=$2} END {printf "rss first %d MB, last %d MB, max %d MB\n", first/1024, last/1024, max/1024}' "$out/rss.txt" | tee "$out/rss-summary.txt"
curl -s "$base/q/metrics" | grep '^http_server_requests_seconds_count' > "$out/requests.txt" || true
echo "answers by status: $(sed -n 's/.*status="\([0-9]*\)".*} \([0-9.E]*\)/\1 \2/p' "$out/requests.txt" \
  | awk '{n[$1]+=$2} END {for (s in n) printf "%s=%d ", s, n[s]}')" | tee "$out/status-summary.txt"
