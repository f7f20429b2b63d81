#!/usr/bin/env bash
# A standalone ActiveMQ Artemis broker for the production topology, from Maven Central.
#   ops/artemis.sh create | start | stop | kill | restart | status
# The broker listens on 127.0.0.1:${ARTEMIS_PORT:-61716} (CORE protocol only: the machine's
# RabbitMQ and Mosquitto keep 5672 and 1883), user appeals/appeals, data under target/ops/artemis.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/ops/lib/processes.sh"
VERSION=${ARTEMIS_VERSION:-2.44.0}
PORT=${ARTEMIS_PORT:-61716}
WORK=${OPS_WORK:-$ROOT/target/ops}
DIST=$WORK/apache-artemis-$VERSION
INSTANCE=$WORK/artemis

fetch() {
  [ -x "$DIST/bin/artemis" ] && return
  mkdir -p "$WORK"
  "$ROOT/mvnw" -q -N dependency:copy -Dartifact="org.apache.activemq:apache-artemis:$VERSION:zip:bin" \
    -DoutputDirectory="$WORK" -Dmdep.stripVersion=false
  (cd "$WORK" && unzip -q -o "apache-artemis-$VERSION-bin.zip")
}

create() {
  fetch
  [ -d "$INSTANCE" ] && { echo "Broker instance exists: $INSTANCE"; return; }
  "$DIST/bin/artemis" create "$INSTANCE" --silent --force --name appeals-broker --host 127.0.0.1 \
    --default-port "$PORT" --user appeals --password appeals --require-login \
    --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor --no-web \
    --java-memory 512M \
    --queues jms.queue.AppealIntake:anycast,jms.queue.AppealIntakeDLQ:anycast,jms.queue.DLQ:anycast,jms.queue.ExpiryQueue:anycast \
    --addresses jms.topic.AppealDeadlines:multicast >/dev/null
  # The one acceptor speaks CORE only: no other protocol on this machine's ports.
  sed -i "s#tcp://127.0.0.1:$PORT?[^<]*#tcp://127.0.0.1:$PORT?protocols=CORE#" "$INSTANCE/etc/broker.xml"
  cp "$ROOT/ops/artemis/broker.properties" "$INSTANCE/etc/broker.properties"
  echo "Broker instance created: $INSTANCE (port $PORT)"
}

# artemis-service records the broker's process id at its start.
pid() { recorded_pid "$INSTANCE/data/artemis.pid" "$INSTANCE"; }

start() {
  [ -d "$INSTANCE" ] || create
  # The settings file may have changed since the instance was created.
  cp "$ROOT/ops/artemis/broker.properties" "$INSTANCE/etc/broker.properties"
  if [ -n "$(pid)" ]; then echo "Broker already running (pid $(pid))"; return; fi
  "$INSTANCE/bin/artemis-service" start >/dev/null
  for _ in $(seq 1 60); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then echo "Broker up on 127.0.0.1:$PORT (pid $(pid))"; return; fi
    sleep 1
  done
  echo "Broker did not open port $PORT; see $INSTANCE/log/artemis.log" >&2
  exit 1
}

stop() {
  [ -n "$(pid)" ] || { echo "Broker not running"; return; }
  "$INSTANCE/bin/artemis-service" stop >/dev/null || true
  stop_recorded "$INSTANCE/data/artemis.pid" "$INSTANCE"
  echo "Broker stopped"
}

case "${1:-}" in
  create) create ;;
  start) start ;;
  stop) stop ;;
  kill) p=$(pid); [ -n "$p" ] && kill -9 "$p" && echo "Broker killed (pid $p)" ;;
  restart) stop; start ;;
  status) if [ -n "$(pid)" ]; then echo "running (pid $(pid)), port $PORT"; else echo "stopped"; exit 3; fi ;;
  *) echo "usage: $0 create|start|stop|kill|restart|status" >&2; exit 2 ;;
esac
