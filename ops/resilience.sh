#!/usr/bin/env bash
# The resilience run: while several thousand appeals are filed across two nodes, kill one node
# with kill -9 and restart it, restart the broker, restart the database. Then check that every
# appeal answered 202 is registered exactly once and that nothing is left on the queue but what
# the dead letters explain; poison messages are dead-lettered, other dead letters are replayed;
# the summary's tally, kept by both nodes, counts every appeal once.
#   ops/resilience.sh [--appeals 5000] [--poison 3]
# Needs the local PostgreSQL (127.0.0.1:5432) and builds what else it needs. Prints the counts;
# exits non-zero when a check fails. Every wait is bounded.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APPEALS=5000
POISON=3
while [ $# -gt 0 ]; do
  case "$1" in
    --appeals) APPEALS=$2; shift 2 ;;
    --poison) POISON=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
WORK=${OPS_WORK:-$ROOT/target/ops}
export OPS_WORK=$WORK POSTGRESQL_DATABASE=appeals_resilience
mkdir -p "$WORK"
CLUSTER=$ROOT/ops/cluster.sh
ARTEMIS=$ROOT/ops/artemis.sh
DRIVER="java -jar $ROOT/benchmarks/load-driver/target/load-driver.jar"
psql_db() { psql -h 127.0.0.1 -U postgres -d "$POSTGRESQL_DATABASE" -Atq -c "$1"; }
say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
failures=0
check() { # check DESCRIPTION EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then say "ok    $1: $3"; else say "FAIL  $1: expected $2, got $3"; failures=$((failures + 1)); fi
}
intake() { curl -s -u admin:demo "$($CLUSTER url 2)/admin/intake"; }
queued() { intake | sed -E 's/.*"queued":([0-9]+).*/\1/'; }

say "Preparing: database, broker, two nodes"
(cd "$ROOT" && ./mvnw -q -DskipTests package -Dappeals.database=postgresql -Dappeals.broker=remote)
"$CLUSTER" stop >/dev/null 2>&1 || true
"$ROOT/.ci/postgresql-setup" "$POSTGRESQL_DATABASE" >/dev/null
"$ARTEMIS" stop >/dev/null 2>&1 || true
rm -rf "$WORK/artemis"
# Leaves nothing running however the run ends: both nodes and the broker stop (the database stays, to inspect).
trap '"$CLUSTER" stop >/dev/null 2>&1 || true; "$ARTEMIS" stop >/dev/null 2>&1 || true' EXIT
"$ARTEMIS" start
"$CLUSTER" provision
"$CLUSTER" start

say "Poison: $POISON messages that are not intake messages, straight onto the queue"
"$WORK/artemis/bin/artemis" producer --url "tcp://127.0.0.1:${ARTEMIS_PORT:-61716}" --user appeals --password appeals \
  --destination queue://jms.queue.AppealIntake --message-count "$POISON" --message "poison: not an intake message" >/dev/null

say "Load: $APPEALS appeals across both nodes, each with its own Idempotency-Key"
$DRIVER resilience-load --urls "$($CLUSTER url 1),$($CLUSTER url 2)" --appeals "$APPEALS" --clients 8 \
  --out "$WORK/receipts.txt" > "$WORK/load.json" &
LOAD=$!

sleep 10; say "Chaos: kill -9 node 1";        "$CLUSTER" kill 1
sleep 5;  say "Chaos: node 1 comes back";    "$CLUSTER" start 1
sleep 5;  say "Chaos: restart the broker";   "$ARTEMIS" restart
sleep 10; say "Chaos: restart PostgreSQL";   pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main restart
wait $LOAD
say "Load finished: $(cat "$WORK/load.json")"

wait_backlog() { # until nothing is queued, or (with "settle") until the backlog stops moving for 20 s
  local last=-1 still=0 now
  for _ in $(seq 1 600); do
    now=$(queued)
    [ "$now" = "0" ] && return
    if [ "$now" = "$last" ]; then still=$((still + 1)); else still=0; last=$now; fi
    [ "${1:-}" = settle ] && [ $still -ge 20 ] && { say "backlog settled at $now (waiting for a replay)"; return; }
    sleep 1
  done
  say "backlog still $(queued) after 10 minutes"
}
# Receipts whose messages were dead-lettered stay queued until replayed: wait until it settles.
say "Waiting for the backlog to drain"; wait_backlog settle; sleep 10

say "Replaying dead letters that carry an intake message (the poison cannot be replayed)"
for id in $(psql_db "select id from dead_letter where status = 'DEAD' and receipt_id is not null order by id"); do
  curl -s -o /dev/null -w "  dead letter $id: %{http_code}\n" -u admin:demo -X POST "$($CLUSTER url 1)/admin/dead-letters/$id/replay"
done
wait_backlog; sleep 5

say "Counting"
accepted=$(wc -l < "$WORK/receipts.txt")
verify=$($DRIVER verify --url "$($CLUSTER url 1)" --in "$WORK/receipts.txt")
say "Receipts answered 202: $accepted; their state now: $verify"
registered=$(echo "$verify" | grep -o '"REGISTERED":[0-9]*' | cut -d: -f2)
check "appeals answered 202 and registered" "$accepted" "${registered:-0}"
check "registration numbers given twice" "0" "$(echo "$verify" | grep -o '"duplicateNumbers":[0-9]*' | cut -d: -f2)"
check "appeals with the same receipt twice" "0" "$(psql_db "select count(*) from (select receipt_id from appeal group by receipt_id having count(*) > 1) d")"
check "appeals given up on by the client, even after a resend with the same key" "0" \
  "$(grep -o '"gaveUp":[0-9]*' "$WORK/load.json" | cut -d: -f2)"
check "receipts the server gave that have no appeal" "0" \
  "$(psql_db "select count(*) from receipt r where not exists (select 1 from appeal a where a.receipt_id = r.id)")"
check "appeals in the database, against the receipts answered 202" "$accepted" "$(psql_db "select count(*) from appeal")"
check "receipts still queued" "0" "$(queued)"
check "dead letters left, all of them the poison" "$POISON" "$(psql_db "select count(*) from dead_letter where status = 'DEAD' and receipt_id is null")"
check "dead letters left that carry an appeal" "0" "$(psql_db "select count(*) from dead_letter where status = 'DEAD' and receipt_id is not null")"
stat=$("$WORK/artemis/bin/artemis" queue stat --url "tcp://127.0.0.1:${ARTEMIS_PORT:-61716}" --user appeals --password appeals 2>/dev/null)
check "messages left on the intake queue" "0" "$(echo "$stat" | awk -F'|' '$2 ~ /jms.queue.AppealIntake *$/ { gsub(/ /, "", $5); print $5 }')"
check "messages left on the dead-letter queue" "0" "$(echo "$stat" | awk -F'|' '$2 ~ /jms.queue.AppealIntakeDLQ *$/ { gsub(/ /, "", $5); print $5 }')"
check "bodies whose officials' loads differ by more than one" "0" \
  "$(psql_db "select count(*) from (select body_code from official group by body_code having max(open_appeals) - min(open_appeals) > 1) b")"
# The summary's tally ran on both nodes through the chaos (their batches take turns): once it has
# caught up, every count of it must equal the same count taken from the appeals themselves.
for _ in $(seq 1 30); do
  run=$(curl -s -u admin:demo -X POST "$($CLUSTER url 2)/admin/summary-tally/runs")
  echo "$run" | grep -q '"pending":0[,}]' && break
  sleep 2
done
say "Summary tally: $run"
check "appeals not yet counted by the summary's tally" "0" "$(psql_db "select count(*) from appeal where tally_pending")"
check "summary tally counts that differ from the appeals (channel, kind, subject, region, body, status)" "0" "$(psql_db "
  with actual as (
    select 'channel' d, channel c, count(*) n from appeal group by channel
    union all select 'kind', kind, count(*) from appeal group by kind
    union all select 'category', category_code, count(*) from appeal group by category_code
    union all select 'region', coalesce(region_code, ''), count(*) from appeal group by coalesce(region_code, '')
    union all select 'body', coalesce(body_code, ''), count(*) from appeal group by coalesce(body_code, '')
    union all select 'status', status, count(*) from appeal group by status),
  tallied as (select dimension d, code c, sum(appeals) n from appeal_tally group by dimension, code)
  select count(*) from actual a full join tallied t on a.d = t.d and a.c = t.c
  where coalesce(a.n, 0) <> coalesce(t.n, 0)")"
say "Replayed dead letters: $(psql_db "select count(*) from dead_letter where status = 'REPLAYED'"); registered per node is not recorded (both consume one queue)"
say "Rows of appeal written (inserted, updated, of which HOT): $(psql_db "select n_tup_ins || ', ' || n_tup_upd || ', ' || n_tup_hot_upd from pg_stat_user_tables where relname = 'appeal'")"
say "Waits for a receipt not visible yet (deferrals, receipts): $(psql_db "select count(*) || ', ' || count(distinct receipt_id) from delivery_failure where error like '%deferred%'")"

if [ $failures -gt 0 ]; then say "$failures check(s) failed"; exit 1; fi
say "All checks passed"
