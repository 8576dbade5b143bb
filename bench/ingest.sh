#!/usr/bin/env bash
# Article reading: articles per second per core, and the ingest process's heap and RSS.
# Starts the packaged service pinned to one core on an empty data directory, sends the real
# articles of src/test/resources/ingest/real/dev (25) with the bulk command, twice (the second
# time into a fresh store, with the models already loaded), and reads the process's CPU time,
# heap and RSS. Loopback only; bounded by the article count.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8091}
FOLDER=${FOLDER:-src/test/resources/ingest/real/dev}
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
python3 - "$FOLDER" "$WORK/articles" <<'PY'
import json, os, sys
folder, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
with open(os.path.join(out, "articles.jsonl"), "w") as f:
    for a in json.load(open(os.path.join(folder, "articles.json"))):
        r = {"text": open(os.path.join(folder, a["file"])).read(), "source": a["source"]}
        if a.get("published"):
            r["published"] = a["published"]
        f.write(json.dumps(r) + "\n")
PY
N=$(wc -l < "$WORK/articles/articles.jsonl")
FACTCHECK_DATA_DIR="$WORK/data" taskset -c 0 java -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.http.port="$PORT" -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null && break
  sleep 0.5
done
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
rss() { awk '/VmRSS|VmHWM/ {printf "%s %s MB  ", $1, int($2 / 1024)}' "/proc/$PID/status"; }
HZ=$(getconf CLK_TCK)
echo "ready: $(rss)"
for run in first second; do
  before=$(cpu)
  start=$(date +%s.%N)
  java -jar target/quarkus-app/quarkus-run.jar ingest "$WORK/articles" --url "http://127.0.0.1:$PORT" \
    --no-checkpoint > "$WORK/ingest-$run.log" 2>&1 || { tail -5 "$WORK/ingest-$run.log"; exit 1; }
  end=$(date +%s.%N)
  after=$(cpu)
  python3 -c "import sys; n,s,e,c,hz=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]),int(sys.argv[5]); print(f'$run pass: {n} articles in {e-s:.1f} s wall, {c/hz:.1f} s CPU of the service: {n/(e-s):.2f} articles/s on one core, {c/hz/n:.2f} s CPU per article')" "$N" "$start" "$end" "$((after - before))" "$HZ"
  echo "  $(rss)"
  curl -s "http://127.0.0.1:$PORT/q/metrics" | awk '/^jvm_memory_used_bytes/ && /area="heap"/ {sum += $NF} END {printf "  heap used %d MB\n", sum / 1048576}'
  # The same articles again would be "already present": the second pass reads them into a new store.
  [ "$run" = first ] && rm -rf "$WORK/articles2" && cp -r "$WORK/articles" "$WORK/articles2" \
    && sed -i 's/"source": "/"source": "again: /' "$WORK/articles/articles.jsonl" \
    && sed -i 's/\("text": "\)/\1 /' "$WORK/articles/articles.jsonl"
done
