#!/usr/bin/env bash
# A standalone ActiveMQ Artemis broker pair for the production topology, from Maven Central: a
# primary and its backup sharing one store. The backup waits on the store's file lock and takes
# over when the primary dies (about a second); the primary, started again, takes it back.
#   ops/artemis.sh create | start [primary|backup] | stop [primary|backup] | kill [primary|backup]
#                  | restart | status
# The primary listens on 127.0.0.1:${ARTEMIS_PORT:-61716}, the backup on ${ARTEMIS_BACKUP_PORT:-61816}
# once it is active (CORE protocol only: the machine's RabbitMQ and Mosquitto keep 5672 and 1883),
# user appeals/appeals; instances and their shared store under target/ops. Why a shared store and not
# replication, and how to run the pair on two hosts: docs/operations.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/ops/lib/processes.sh"
VERSION=${ARTEMIS_VERSION:-2.44.0}
PORT=${ARTEMIS_PORT:-61716}
BACKUP_PORT=${ARTEMIS_BACKUP_PORT:-61816}
WORK=${OPS_WORK:-$ROOT/target/ops}
DIST=$WORK/apache-artemis-$VERSION
SHARED=$WORK/artemis-store

instance() { if [ "$1" = primary ]; then echo "$WORK/artemis"; else echo "$WORK/artemis-backup"; fi; }
port() { if [ "$1" = primary ]; then echo "$PORT"; else echo "$BACKUP_PORT"; fi; }
other() { if [ "$1" = primary ]; then echo backup; else echo primary; fi; }

fetch() {
  [ -x "$DIST/bin/artemis" ] && return
  mkdir -p "$WORK"
  "$ROOT/mvnw" -q -N dependency:copy -Dartifact="org.apache.activemq:apache-artemis:$VERSION:zip:bin" \
    -DoutputDirectory="$WORK" -Dmdep.stripVersion=false
  (cd "$WORK" && unzip -q -o "apache-artemis-$VERSION-bin.zip")
}

create_one() {
  local role=$1 dir
  dir=$(instance "$role")
  [ -d "$dir" ] && return
  # --failover-on-shutdown: a primary stopped for maintenance hands over too, not only one that dies.
  "$DIST/bin/artemis" create "$dir" --silent --force --name "appeals-$role" --host 127.0.0.1 \
    --default-port "$(port "$role")" --user appeals --password appeals --require-login \
    --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor --no-web \
    --java-memory 512M --shared-store --failover-on-shutdown $([ "$role" = backup ] && echo --backup) \
    --clustered --cluster-user appeals-cluster --cluster-password appeals-cluster \
    --staticCluster "tcp://127.0.0.1:$(port "$(other "$role")")" \
    --queues jms.queue.AppealIntake:anycast,jms.queue.AppealIntakeDLQ:anycast,jms.queue.DLQ:anycast,jms.queue.ExpiryQueue:anycast \
    --addresses jms.topic.AppealDeadlines:multicast >/dev/null
  # One store for both: its journal holds the lock that says which of them is active. The one
  # acceptor speaks CORE only: no other protocol on this machine's ports.
  sed -i -E "s#>data/(paging|bindings|journal|large-messages)<#>$SHARED/\1<#; \
    s#(tcp://127.0.0.1:$(port "$role"))\?[^<]*</acceptor>#\1?protocols=CORE</acceptor>#" "$dir/etc/broker.xml"
  cp "$ROOT/ops/artemis/broker.properties" "$dir/etc/broker.properties"
}

create() {
  fetch
  [ -d "$(instance primary)" ] && [ -d "$(instance backup)" ] && { echo "Broker pair exists: $WORK"; return; }
  mkdir -p "$SHARED"
  create_one primary
  create_one backup
  echo "Broker pair created: primary $(instance primary) (port $PORT), backup $(instance backup) (port $BACKUP_PORT), store $SHARED"
}

# artemis-service records each broker's process id at its start.
pid() { recorded_pid "$(instance "$1")/data/artemis.pid" "$(instance "$1")"; }

# Whether the broker of that role is the active one: it opened its acceptor.
active() { (exec 3<>"/dev/tcp/127.0.0.1/$(port "$1")") 2>/dev/null; }

start_one() {
  local role=$1 dir log
  dir=$(instance "$role")
  [ -d "$dir" ] || create
  # The settings file may have changed since the instance was created.
  cp "$ROOT/ops/artemis/broker.properties" "$dir/etc/broker.properties"
  if [ -n "$(pid "$role")" ]; then echo "Broker $role already running (pid $(pid "$role"))"; return; fi
  log=$dir/log/artemis.log
  local before=0
  [ -f "$log" ] && before=$(wc -l < "$log")
  "$dir/bin/artemis-service" start >/dev/null
  for _ in $(seq 1 90); do
    # Active (its acceptor open), or a backup waiting for the primary to fail (AMQ221109).
    if { active "$role" && [ "$role" = primary ]; } \
        || { [ -f "$log" ] && tail -n +"$((before + 1))" "$log" | grep -q "AMQ221109\|AMQ221010"; }; then
      echo "Broker $role up on 127.0.0.1:$(port "$role") (pid $(pid "$role"))$(active "$role" && echo ", active" || echo ", waiting as backup")"
      return
    fi
    sleep 1
  done
  echo "Broker $role did not come up; see $log" >&2
  exit 1
}

stop_one() {
  local role=$1
  [ -n "$(pid "$role")" ] || { echo "Broker $role not running"; return; }
  "$(instance "$role")/bin/artemis-service" stop >/dev/null || true
  stop_recorded "$(instance "$role")/data/artemis.pid" "$(instance "$role")"
  echo "Broker $role stopped"
}

# A primary started while its backup is active takes the store back (fail-back); waits until it has.
start() {
  case "${1:-}" in
    primary|backup) start_one "$1" ;;
    *) start_one primary; start_one backup ;;
  esac
}

stop() {
  case "${1:-}" in
    primary|backup) stop_one "$1" ;;
    *) stop_one backup; stop_one primary ;;
  esac
}

status() {
  local role any=3
  for role in primary backup; do
    if [ -n "$(pid "$role")" ]; then
      any=0
      echo "$role running (pid $(pid "$role")), port $(port "$role"), $(active "$role" && echo active || echo waiting)"
    else
      echo "$role stopped"
    fi
  done
  return $any
}

case "${1:-}" in
  create) create ;;
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  kill) role=${2:-primary}; p=$(pid "$role"); [ -n "$p" ] && kill -9 "$p" && echo "Broker $role killed (pid $p)" ;;
  restart) stop; start ;;
  status) status ;;
  *) echo "usage: $0 create | start|stop|kill [primary|backup] | restart | status" >&2; exit 2 ;;
esac
