#!/usr/bin/env bash
# Bounded soak of a running service on 127.0.0.1: wrk with a mix of checks and curation writes for
# DURATION (default 10m), sampling the service's RSS every 10 s and the load average every 30 s.
# Before and after the run it asks the JVM for a full GC (jcmd, if on the PATH) and notes the live
# heap: RSS alone also counts garbage not yet collected. Needs wrk (apt-get install wrk).
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

# Heap in use right after a full GC, in MB (empty without jcmd).
live_heap() {
  command -v jcmd > /dev/null || return 0
  jcmd "$pid" GC.run > /dev/null && jcmd "$pid" GC.heap_info | sed -n 's/.*heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' \
    | awk '{printf "%d", $1/1024}'
}
echo "before: live heap $(live_heap) MB after a full GC, rss $(( $(ps -o rss= -p "$pid") / 1024 )) MB" | tee "$out/heap.txt"

( while kill -0 "$pid" 2>/dev/null; do
    echo "$(date -u +%s) $(ps -o rss= -p "$pid")" >> "$out/rss.txt"; sleep 10
  done ) &
sampler=$!
( while kill -0 "$pid" 2>/dev/null; do
    echo "$(date -u +%s) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/loadavg.txt"; sleep 30
  done ) &
load_sampler=$!
trap 'kill $sampler $load_sampler 2>/dev/null || true' EXIT

SOAK_EVENT_ID=$event wrk -t2 -c8 -d"$duration" --latency -s soak.lua "$base" | tee "$out/wrk.txt"
curl -s "$base/q/health/ready" > "$out/ready.json"
awk 'NR==1{first=$2} {last=$2; if ($2>max) max=$2} END {printf "rss first %d MB, last %d MB, max %d MB\n", first/1024, last/1024, max/1024}' "$out/rss.txt" | tee "$out/rss-summary.txt"
echo "after: live heap $(live_heap) MB after a full GC, rss $(( $(ps -o rss= -p "$pid") / 1024 )) MB" | tee -a "$out/heap.txt"
awk '{print $2}' "$out/loadavg.txt" | sort -n | awk '{a[NR]=$1} END {printf "load average (1 min) min %s, median %s, max %s\n", a[1], a[int((NR+1)/2)], a[NR]}' \
  | tee "$out/load-summary.txt"
curl -s "$base/q/metrics" | grep '^http_server_requests_seconds_count' > "$out/requests.txt" || true
echo "answers by status: $(sed -n 's/.*status="\([0-9]*\)".*} \([0-9.E]*\)/\1 \2/p' "$out/requests.txt" \
  | awk '{n[$1]+=$2} END {for (s in n) printf "%s=%d ", s, n[s]}')" | tee "$out/status-summary.txt"
