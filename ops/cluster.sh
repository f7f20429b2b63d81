#!/usr/bin/env bash
# WildFly nodes on one machine (port offsets 200 and 300: HTTP 8280 and 8380), copies of the built
# server. The production topology (the default): both nodes share one PostgreSQL database and one
# standalone Artemis broker (ops/artemis.sh) and consume one queue. With CLUSTER_DATABASE=h2 and
# CLUSTER_BROKER=embedded, the embedded default instead: each node its own H2 file and broker
# (the resilience run starts node 1 only).
#   ops/cluster.sh provision | start [N] | stop [N] | kill N | restart N | url N | home N | status
# Each node has its own transaction node id and object store. A node is known by the process id
# its start recorded (standalone.sh writes it to nodeN.pid), never by a name pattern.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/ops/lib/processes.sh"
WORK=${OPS_WORK:-$ROOT/target/ops}
DATABASE=${CLUSTER_DATABASE:-postgresql}
BROKER=${CLUSTER_BROKER:-remote}
export POSTGRESQL_HOST=${POSTGRESQL_HOST:-127.0.0.1} POSTGRESQL_PORT=${POSTGRESQL_PORT:-5432}
export POSTGRESQL_DATABASE=${POSTGRESQL_DATABASE:-appeals_cluster}
export POSTGRESQL_USER=${POSTGRESQL_USER:-appeals} POSTGRESQL_PASSWORD=${POSTGRESQL_PASSWORD:-appeals}
export ARTEMIS_HOST=${ARTEMIS_HOST:-127.0.0.1} ARTEMIS_PORT=${ARTEMIS_PORT:-61716} ARTEMIS_BACKUP_PORT=${ARTEMIS_BACKUP_PORT:-61816}
export ARTEMIS_USER=${ARTEMIS_USER:-appeals} ARTEMIS_PASSWORD=${ARTEMIS_PASSWORD:-appeals}
mkdir -p "$WORK"

offset() { echo $((100 + 100 * $1)); }
url() { echo "http://127.0.0.1:$((8080 + $(offset "$1")))/api/v1"; }
home() { echo "$WORK/node$1"; }
pidfile() { echo "$WORK/node$1.pid"; }
pid() { recorded_pid "$(pidfile "$1")" "$(home "$1")/"; }

provision() {
  local server=$ROOT/ear/target/server
  if [ ! -f "$server/.provisioned-$DATABASE-$BROKER" ]; then
    (cd "$ROOT" && ./mvnw -q -DskipTests package -Dappeals.database="$DATABASE" -Dappeals.broker="$BROKER")
  fi
  for n in 1 2; do
    [ -n "$(pid $n)" ] && { echo "node $n is running: stop it first" >&2; exit 1; }
    rm -rf "$(home $n)"
    cp -r "$server" "$(home $n)"
    rm -rf "$(home $n)"/standalone/{data,log,tmp}
  done
  echo "Provisioned nodes 1 and 2 in $WORK ($DATABASE, $BROKER broker)"
}

start() {
  local n=$1
  [ -d "$(home $n)" ] || provision
  if [ -n "$(pid $n)" ]; then echo "node $n already running"; return; fi
  JBOSS_PIDFILE=$(pidfile "$n") LAUNCH_JBOSS_IN_BACKGROUND=1 "$(home $n)/bin/standalone.sh" -c standalone-full.xml \
    -Djboss.socket.binding.port-offset="$(offset $n)" -Djboss.node.name="node-$n" -Djboss.tx.node.id="appeals-$n" \
    ${CLUSTER_SERVER_OPTS:-} >> "$WORK/node$n.log" 2>&1 &
  for _ in $(seq 1 180); do
    curl -sf "$(url $n)/health/ready" >/dev/null 2>&1 && { echo "node $n ready at $(url $n) (pid $(pid $n))"; return; }
    sleep 1
  done
  echo "node $n did not become ready; see $WORK/node$n.log" >&2
  exit 1
}

stop() {
  local n=$1 p
  p=$(pid "$n")
  [ -z "$p" ] && { echo "node $n not running"; return; }
  "$(home $n)/bin/jboss-cli.sh" -c --controller="127.0.0.1:$((9990 + $(offset $n)))" --command=shutdown >/dev/null 2>&1 || true
  stop_recorded "$(pidfile "$n")" "$(home "$n")/" 60
  echo "node $n stopped"
}

nodes() { if [ -n "${1:-}" ]; then echo "$1"; else echo "1 2"; fi; }

case "${1:-}" in
  provision) provision ;;
  start) for n in $(nodes "${2:-}"); do start "$n"; done ;;
  stop) for n in $(nodes "${2:-}"); do stop "$n"; done ;;
  kill) p=$(pid "$2"); [ -n "$p" ] && kill -9 "$p" && echo "node $2 killed (kill -9 $p)" ;;
  restart) stop "$2"; start "$2" ;;
  url) url "$2" ;;
  home) home "$2" ;;
  status) for n in 1 2; do if [ -n "$(pid $n)" ]; then echo "node $n running (pid $(pid $n)) at $(url $n)"; else echo "node $n stopped"; fi; done ;;
  *) echo "usage: $0 provision | start [N] | stop [N] | kill N | restart N | url N | home N | status" >&2; exit 2 ;;
esac
