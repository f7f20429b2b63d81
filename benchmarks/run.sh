#!/usr/bin/env bash
# The benchmark run: every figure of benchmarks/README.md, side by side on one server, in one run.
#   benchmarks/run.sh [--database h2|postgresql] [--history 1000000] [--backlog 50000] [--skip-build]
#                     [--phases ceilings,intake,radio,history] [--server-opts "-Dappeals.registration.sessions=8"]
# --phases runs some phases only (to try a change on the path it touches, or to measure a phase
# that takes long on its own); its page says it is partial. --server-opts passes options to the
# server's start (a system property to try); the page records them.
# Builds the application, starts a fresh copy of the configured server (port offset 400, the
# default -Xmx512m, no per-account rate limit: one account stands for 64 consoles here) with the
# application and the ceiling endpoints, drives it from a second JVM on
# loopback, and writes benchmarks/results/<database>-<date>.md. Bounded: every phase has a fixed
# number of requests, every wait a time-out.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/ops/lib/processes.sh"
DATABASE=h2
HISTORY=1000000
BACKLOG=50000
BUILD=true
PHASES=ceilings,intake,radio,history
SERVER_OPTS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --database) DATABASE=$2; shift 2 ;;
    --history) HISTORY=$2; shift 2 ;;
    --backlog) BACKLOG=$2; shift 2 ;;
    --skip-build) BUILD=false; shift ;;
    --phases) PHASES=$2; shift 2 ;;
    --server-opts) SERVER_OPTS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

OFFSET=400
PORT=$((8080 + OFFSET))
MGMT=$((9990 + OFFSET))
URL=http://127.0.0.1:$PORT/api/v1
CEILING=http://127.0.0.1:$PORT/ceiling
WORK=$ROOT/target/bench
SERVER=$WORK/server
RESULTS=$ROOT/benchmarks/results
mkdir -p "$WORK" "$RESULTS"
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
REPORT=$RESULTS/$DATABASE-$STAMP.md
RAW=$WORK/figures-$DATABASE.jsonl
: > "$RAW"

if [ "$DATABASE" = postgresql ]; then
  "$ROOT/.ci/postgresql-setup" appeals_bench
  export POSTGRESQL_HOST=127.0.0.1 POSTGRESQL_PORT=5432 POSTGRESQL_DATABASE=appeals_bench \
         POSTGRESQL_USER=appeals POSTGRESQL_PASSWORD=appeals
fi
if $BUILD; then
  (cd "$ROOT" && ./mvnw -q -DskipTests package -Dappeals.database="$DATABASE")
fi

echo "Preparing a fresh server in $SERVER"
PIDFILE=$WORK/server.pid
stop_recorded "$PIDFILE" "$SERVER/"
rm -rf "$SERVER"
cp -r "$ROOT/ear/target/server" "$SERVER"
rm -rf "$SERVER"/standalone/{data,log,tmp} "$SERVER"/standalone/deployments/*.ear*
cp "$ROOT/ear/target/appeals.ear" "$SERVER/standalone/deployments/"

JBOSS_PIDFILE=$PIDFILE LAUNCH_JBOSS_IN_BACKGROUND=1 \
  "$SERVER/bin/standalone.sh" -c standalone-full.xml -Djboss.socket.binding.port-offset=$OFFSET \
  -Dappeals.rate-limit.per-second=0 $SERVER_OPTS > "$WORK/server.log" 2>&1 &
for _ in $(seq 1 120); do curl -sf "$URL/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$URL/health/ready" >/dev/null || { echo "server did not become ready; see $WORK/server.log" >&2; exit 1; }
# The ceiling endpoints only once the application has migrated the schema (Flyway wants it to itself first).
cp "$ROOT/benchmarks/ceiling/target/ceiling.war" "$SERVER/standalone/deployments/"
for _ in $(seq 1 60); do [ -f "$SERVER/standalone/deployments/ceiling.war.deployed" ] && break; sleep 1; done
PID=$(recorded_pid "$PIDFILE" "$SERVER/")
trap 'stop_recorded "$PIDFILE" "$SERVER/"' EXIT

DRIVER="java -Xmx1g -jar $ROOT/benchmarks/load-driver/target/load-driver.jar"
CLI="$SERVER/bin/jboss-cli.sh -c --controller=127.0.0.1:$MGMT"
MDB=/deployment=appeals.ear/subdeployment=appeals-ejb.jar/subsystem=ejb3/message-driven-bean=AppealIntakeListener

runs() { [[ ",$PHASES," == *",$1,"* ]]; }
figure() { # figure NAME JSON: keep a named figure
  echo "{\"phase\":\"$1\",\"figures\":$2}" >> "$RAW"
  printf '%-34s %s\n' "$1" "$2"
}
heap() { # heap used after a full GC, in MiB
  jcmd "$PID" GC.run >/dev/null
  jcmd "$PID" GC.heap_info | awk '/garbage-first heap/ { for (i=1;i<=NF;i++) if ($i=="used") { v=$(i+1); sub(/K,?/,"",v); printf "%d", v/1024 } }'
}
heapfigure() { figure "heap after $1" "{\"usedMiB\":$(heap)}"; }
registered() { # appeals registered so far, all years, from the year counters
  curl -s -u dispatcher:demo "$URL/admin/intake" | grep -o '"registeredByYear":{[^}]*}' | grep -o ':[0-9]*' | tr -d : \
    | awk '{ s += $1 } END { print s + 0 }'
}

echo "== warm-up (not reported): until the JIT has compiled the hot paths"
$DRIVER load --url "$CEILING" --path noop --body phone --clients 16 --requests 15000 >/dev/null
$DRIVER load --url "$CEILING" --path insert --body phone --clients 16 --requests 8000 >/dev/null
$DRIVER load --url "$URL" --path intake/phone --clients 16 --requests 8000 >/dev/null
$DRIVER await --url "$URL" --total 8000 --timeout-s 900 >/dev/null
sleep 5
if [ "$DATABASE" = postgresql ]; then
  # What autovacuum would have done by now (this machine's PostgreSQL runs with it off): statistics
  # for the tables the warm-up filled. Without them the plans the connections cached while the
  # tables were empty stay in use (benchmarks/README.md, "Where the time goes", item 10).
  psql -h 127.0.0.1 -U postgres -d appeals_bench -q -c "analyze"
fi
heapfigure "warm-up"

if runs ceilings; then
echo "== ceilings"
for c in 16 64; do
  figure "ceiling no-op, $c clients" "$($DRIVER load --url "$CEILING" --path noop --body phone --clients $c --requests 20000)"
  figure "ceiling insert, $c clients" "$($DRIVER load --url "$CEILING" --path insert --body phone --clients $c --requests 10000)"
done

fi

if runs intake; then
echo "== intake with registration running"
for c in 16 64; do
  before=$(registered)
  figure "intake running, $c clients" "$($DRIVER load --url "$URL" --path intake/phone --clients $c --requests 10000)"
  $DRIVER await --url "$URL" --total $((before + 10000)) --timeout-s 900 >/dev/null
done
heapfigure "intake with registration running"

echo "== intake with registration paused, then the backlog drained"
$CLI --command="$MDB:stop-delivery" >/dev/null
base=$(registered)
for c in 16 64; do
  figure "intake paused, $c clients" "$($DRIVER load --url "$URL" --path intake/phone --clients $c --requests 10000)"
done
rest=$((BACKLOG - 20000))
[ $rest -gt 0 ] && $DRIVER load --url "$URL" --path intake/phone --clients 64 --requests $rest >/dev/null
heapfigure "a backlog of $BACKLOG queued"
$CLI --command="$MDB:start-delivery" >/dev/null
drain=$($DRIVER await --url "$URL" --total $((base + BACKLOG)) --timeout-s 1800)
figure "drain of $BACKLOG" "$drain"
# Whether the summary's tally kept up with the drain: what one run of it finds left to count.
figure "tally after the drain" "$(curl -s -u admin:demo -X POST "$URL/admin/summary-tally/runs")"
heapfigure "the drain"
fi

if runs radio; then
echo "== radio burst: 10 batches of 1000"
base=$(registered)
start=$(date +%s%N)
figure "radio burst accepted" "$($DRIVER radio --url "$URL" --batches 10 --size 1000 --clients 2 --user producer)"
$DRIVER await --url "$URL" --total $((base + 10000)) --timeout-s 900 > "$WORK/radio-await.json"
since=$(awk -v s="$start" -v e="$(date +%s%N)" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')
figure "radio burst registered" "$(sed -E "s/\"seconds\":[0-9.]+/\"secondsSinceFirstBatch\":$since/" "$WORK/radio-await.json")"
heapfigure "the radio burst"
fi

if runs history; then
echo "== history of $HISTORY appeals (bulk path, year 2025)"
figure "history generated" "$(curl -s -u operator:demo -X POST "$CEILING/generate?year=2025&count=$HISTORY")"
# The day tally of the performance report and the public statistics, counted by the administrator's
# recount (the generator writes around the fold that counts it in service).
figure "day tally recounted" "$(curl -s -u admin:demo -X POST "$URL/admin/day-tally/recounts?from=2025-01-01&to=2025-12-31")"
# Reads are measured twice: one client (the latency of a read on an otherwise idle server) and
# eight (the same reads queueing for the two cores with the driver); the no-op at the same client
# counts is their ceiling. Each first warms up inside the driver's JVM (not recorded).
# H2 has no full-text index: its search scans the year, so it is measured on fewer requests.
SEARCHES=$([ "$DATABASE" = postgresql ] && echo 200 || echo 10)
LOOKUP="lookup --url $URL --user dispatcher --numbers-from 2025-000001 --count $HISTORY"
for c in 1 8; do
  figure "ceiling no-op, $c clients" "$($DRIVER load --url "$CEILING" --path noop --body phone --clients $c --requests $((c * 1000)) --warmup 1000)"
  figure "lookup by number, $c clients" "$($DRIVER $LOOKUP --clients $c --requests $((c * 1000)) --warmup 1000)"
  figure "filtered list page, $c clients" "$($DRIVER list --url "$URL" --user dispatcher --clients $c --requests $((c * 200)) --warmup 200)"
  figure "caller history, $c clients" "$($DRIVER caller-history --url "$URL" --user operator --clients $c --requests $((c * 500)) --warmup 200)"
  figure "search, $c clients" "$($DRIVER search --url "$URL" --user dispatcher --count $HISTORY --clients $c --requests $((c * SEARCHES)) --warmup $SEARCHES)"
  figure "worklist, $c clients" "$($DRIVER worklist --url "$URL" --user officer --clients $c --requests $((c * 200)) --warmup 100)"
done
$DRIVER report --url "$URL" --user analyst --year 2025 --requests 2 >/dev/null
figure "yearly summary of 2025" "$($DRIVER report --url "$URL" --user analyst --year 2025 --requests 10)"
# The reports over the whole year of generated appeals (#14): each once warmed up, then timed.
YEAR="from=2025-01-01&to=2025-12-31"
for report in "summary of 2025 by subject|reports/summary?$YEAR&groupBy=category" \
              "summary of 2025, subject by region|reports/summary?$YEAR&groupBy=category&groupBy=region" \
              "performance of 2025 by body|reports/performance?$YEAR&groupBy=body" \
              "public statistics of 2025|public/statistics?year=2025"; do
  $DRIVER report --url "$URL" --user analyst --path "${report#*|}" --requests 1 >/dev/null
  figure "${report%%|*}" "$($DRIVER report --url "$URL" --user analyst --path "${report#*|}" --requests 5)"
done
figure "open data of 2025, CSV" "$($DRIVER export --url "$URL" --user analyst --path "reports/open-data?$YEAR")"
figure "open data of 2025, JSON" "$($DRIVER export --url "$URL" --user analyst --path "reports/open-data?$YEAR" --accept application/json)"
heapfigure "the history phase"
fi

$DRIVER summarize --in "$RAW" --database "$DATABASE" --history "$HISTORY" --backlog "$BACKLOG" --phases "$PHASES" > "$REPORT"
[ -n "$SERVER_OPTS" ] && printf '\nServer started with: `%s`\n' "$SERVER_OPTS" >> "$REPORT"
echo "Results: $REPORT"
