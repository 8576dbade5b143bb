#!/usr/bin/env bash
# Reproduces the table of BENCHMARKS.md: builds the service, writes the drafts, and for each store
# size (bundled seed store, then 10k and 100k synthetic events added) starts the service on
# 127.0.0.1, times start-up to /q/health/ready, runs wrk with both drafts, reads RSS; then sends the
# same drafts to a LanguageTool server on 127.0.0.1. Results go to bench/results/.
# Needs: wrk (apt-get install -y wrk), python3-matplotlib for the plot. Everything only on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=${SEED:-42}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-2}
PORT=${PORT:-8090}
LT_PORT=${LT_PORT:-8095}
STORES=${STORES:-"0 10000 100000"}
WORK=${WORK:-/tmp/factcheck-bench}
OUT=bench/results
mkdir -p "$WORK" "$OUT"
RESULTS=$OUT/results.jsonl
: > "$RESULTS"

./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/test.cp"
CP="target/test-classes:target/classes:$(cat "$WORK/test.cp")"
java -cp "$CP" io.factcheck.bench.BenchMain drafts "$WORK/drafts" "$SEED"

machine() { printf '"load":"%s"' "$(uptime | sed 's/.*load average: //')"; }

wait_ready() { # url pid -> milliseconds since $T0
  until curl -sf -o /dev/null "$1"; do
    kill -0 "$2" 2>/dev/null || { echo "server $2 died" >&2; exit 1; }
    sleep 0.1
  done
  echo $(( ($(date +%s%N) - T0) / 1000000 ))
}

load_run() { # label url body content-type
  # One request waited for first: LanguageTool's first pass over a draft can outlast the warm-up.
  curl -sf -o /dev/null --max-time 300 -H "Content-Type: $4" --data-binary "@$3" "$2"
  wrk -t1 -c1 -d5s --timeout 60s -s bench/post.lua "$2" -- "$3" "$4" > /dev/null # warm-up, not recorded
  local figures
  figures=$(wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$DURATION" --timeout 60s --latency -s bench/post.lua "$2" -- "$3" "$4" | tail -1)
  echo "{\"run\":\"$1\",$(machine),${figures#\{}" | tee -a "$RESULTS"
}

rss() { awk '/VmRSS|VmHWM/ {sub(":", "", $1); printf "\"%s_kb\":%s,", $1, $2}' "/proc/$1/status" | sed 's/,$//'; }

start_service() { # data-dir log
  T0=$(date +%s%N)
  FACTCHECK_DATA_DIR="$1" java -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
    -jar target/quarkus-app/quarkus-run.jar > "$2" 2>&1 < /dev/null &
  PID=$!
}

# The bundled store, created by the service itself on first start.
rm -rf "$WORK/data-seed"
start_service "$WORK/data-seed" "$WORK/seed-create.log"
wait_ready "http://127.0.0.1:$PORT/q/health/ready" "$PID" > /dev/null
kill "$PID"; wait "$PID" || true

for events in $STORES; do
  data="$WORK/data-$events"
  rm -rf "$data" && cp -r "$WORK/data-seed" "$data"
  if [ "$events" -gt 0 ]; then
    java -cp "$CP" io.factcheck.bench.BenchMain load "jdbc:h2:file:$data/factcheck" "$events" "$SEED"
  fi
  start_service "$data" "$WORK/service-$events.log"
  ms=$(wait_ready "http://127.0.0.1:$PORT/q/health/ready" "$PID")
  echo "{\"run\":\"startup\",\"events\":$events,\"startup_ms\":$ms,$(machine),$(rss "$PID")}" | tee -a "$RESULTS"
  for words in 200 1000; do
    load_run "factcheck-$events-$words" "http://127.0.0.1:$PORT/v1/checks" "$WORK/drafts/draft-$words.json" application/json
  done
  echo "{\"run\":\"after\",\"events\":$events,$(rss "$PID")}" | tee -a "$RESULTS"
  kill "$PID"; wait "$PID" || true
done

# The peer: LanguageTool's HTTP server, from Maven Central.
./mvnw -B -q -f bench/languagetool/pom.xml dependency:build-classpath -Dmdep.outputFile="$WORK/lt.cp"
T0=$(date +%s%N)
# Its sentence cache on, as factcheck's is: both answer a draft sent again from what they kept.
printf 'cacheSize=1000\npipelineCaching=true\n' > "$WORK/languagetool.properties"
java -cp "$(cat "$WORK/lt.cp")" org.languagetool.server.HTTPServer --port "$LT_PORT" \
  --config "$WORK/languagetool.properties" > "$WORK/languagetool.log" 2>&1 < /dev/null &
PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$LT_PORT/v2/languages"; do
  kill -0 "$PID" 2>/dev/null || { echo "LanguageTool died" >&2; exit 1; }
  sleep 0.2
done
echo "{\"run\":\"startup-languagetool\",\"startup_ms\":$(( ($(date +%s%N) - T0) / 1000000 )),$(machine),$(rss "$PID")}" | tee -a "$RESULTS"
for words in 200 1000; do
  load_run "languagetool-$words" "http://127.0.0.1:$LT_PORT/v2/check" "$WORK/drafts/draft-$words.form" application/x-www-form-urlencoded
done
echo "{\"run\":\"after-languagetool\",$(rss "$PID")}" | tee -a "$RESULTS"
kill "$PID"; wait "$PID" || true

/usr/bin/python3 bench/plot.py "$RESULTS" "$OUT/latency-vs-store.png" | tee "$OUT/tables.md"
