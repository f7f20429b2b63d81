#!/usr/bin/env bash
# Compares two builds of the application on lookups by registration number, on the same server and
# the same PostgreSQL database, one after the other, in the order A B A (so that drift shows):
#   benchmarks/compare-lookup.sh A.ear B.ear
# Needs the server and the million-appeal database a run of `benchmarks/run.sh --database
# postgresql` leaves behind (target/bench/server, database appeals_bench). Builds to compare come
# from `./mvnw -DskipTests package -Dappeals.database=postgresql` (ear/target/appeals.ear), copied aside.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/ops/lib/processes.sh"
[ $# -eq 2 ] || { echo "usage: $0 A.ear B.ear" >&2; exit 2; }
SERVER=$ROOT/target/bench/server
[ -x "$SERVER/bin/standalone.sh" ] || { echo "no benchmark server in $SERVER: run benchmarks/run.sh --database postgresql first" >&2; exit 1; }
export POSTGRESQL_HOST=127.0.0.1 POSTGRESQL_PORT=5432 POSTGRESQL_DATABASE=appeals_bench \
       POSTGRESQL_USER=appeals POSTGRESQL_PASSWORD=appeals
URL=http://127.0.0.1:8480/api/v1
DRIVER="java -Xmx1g -jar $ROOT/benchmarks/load-driver/target/load-driver.jar"

run() { # run LABEL EAR
  rm -f "$SERVER"/standalone/deployments/appeals.ear*
  cp "$2" "$SERVER/standalone/deployments/appeals.ear"
  JBOSS_PIDFILE=$ROOT/target/bench/server.pid LAUNCH_JBOSS_IN_BACKGROUND=1 \
    "$SERVER/bin/standalone.sh" -c standalone-full.xml -Djboss.socket.binding.port-offset=400 > "$ROOT/target/bench/compare-$1.log" 2>&1 &
  for _ in $(seq 1 120); do curl -sf "$URL/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  # Warm-up, not reported.
  $DRIVER lookup --url "$URL" --user dispatcher --numbers-from 2025-000001 --count 1000000 --clients 8 --requests 1500 >/dev/null
  for i in 1 2; do
    echo "$1 run $i: $($DRIVER lookup --url "$URL" --user dispatcher --numbers-from 2025-000001 --count 1000000 --clients 8 --requests 5000)"
  done
  stop_recorded "$ROOT/target/bench/server.pid" "$SERVER/"
}

run A "$1"
run B "$2"
run A "$1"
