#!/usr/bin/env bash
# The resilience run: files several thousand appeals, letters with a scanned page and Open311
# reports, while servers are killed and restarted, then checks that every appeal answered 202 (a
# report: 200 with its token) is registered exactly once, every letter with its page, every report with its key, that no
# receipt is left queued, and what the dead letters are; the summary's tally counts every appeal
# once.
#   ops/resilience.sh [--mode topology|embedded] [--appeals N] [--poison 3]
# topology (default): the production topology: two nodes, PostgreSQL, the standalone broker pair.
#   Node 1 is killed with kill -9 and restarted, the primary broker killed with kill -9 (its backup
#   takes over) and started again, PostgreSQL restarted and then killed with kill -9; poison
#   messages are dead-lettered, any other dead letter is replayed. Needs the local PostgreSQL.
# embedded: the embedded default: one node, H2 in a file, the broker inside WildFly. The node is
#   killed with kill -9 three times during the burst and started again each time; there must be
#   no dead letter at all.
# Builds what it needs. Prints the counts and what the intake relay did; exits non-zero when a
# check fails. Every wait is bounded.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MODE=topology
APPEALS=
POISON=3
while [ $# -gt 0 ]; do
  case "$1" in
    --mode) MODE=$2; shift 2 ;;
    --appeals) APPEALS=$2; shift 2 ;;
    --poison) POISON=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
case "$MODE" in
  topology) APPEALS=${APPEALS:-5000}; export CLUSTER_DATABASE=postgresql CLUSTER_BROKER=remote ;;
  embedded) APPEALS=${APPEALS:-8000}; POISON=0; export CLUSTER_DATABASE=h2 CLUSTER_BROKER=embedded ;;
  *) echo "--mode is topology or embedded" >&2; exit 2 ;;
esac
WORK=${OPS_WORK:-$ROOT/target/ops/$MODE}
export OPS_WORK=$WORK POSTGRESQL_DATABASE=appeals_resilience
# The load stands for dozens of consoles behind one demo account: no per-account rate limit.
export CLUSTER_SERVER_OPTS="${CLUSTER_SERVER_OPTS:-} -Dappeals.rate-limit.per-second=0"
mkdir -p "$WORK"
CLUSTER=$ROOT/ops/cluster.sh
ARTEMIS=$ROOT/ops/artemis.sh
DRIVER="java -jar $ROOT/benchmarks/load-driver/target/load-driver.jar"
say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
failures=0
check() { # check DESCRIPTION EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then say "ok    $1: $3"; else say "FAIL  $1: expected $2, got $3"; failures=$((failures + 1)); fi
}
intake() { curl -s -u admin:demo "$($CLUSTER url "$1")/admin/intake"; }
queued() { intake "${1:-1}" | sed -E 's/.*"queued":([0-9]+).*/\1/'; }
# Appeals registered so far, by the counts of the years (node 2: node 1 may be down).
registered_now() { intake 2 | grep -o '"registeredByYear":{[^}]*}' | grep -o ':[0-9]*' | tr -d : | awk '{ n += $1 } END { print n + 0 }'; }
# One value from the database: PostgreSQL while the nodes run; H2 from its file once node 1 has
# stopped (the running server holds the file).
sql() {
  if [ "$MODE" = topology ]; then
    psql -h 127.0.0.1 -U postgres -d "$POSTGRESQL_DATABASE" -Atq -c "$1"
  else
    local home h2
    home=$("$CLUSTER" home 1)
    h2=$(ls "$home"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar)
    java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$home/standalone/data/appeals/appeals" -user sa -password sa \
      -sql "$1" | sed -n 2p
  fi
}

say "Preparing ($MODE): $( [ "$MODE" = topology ] && echo 'PostgreSQL, the standalone broker, two nodes' || echo 'H2, the embedded broker, one node')"
(cd "$ROOT" && ./mvnw -q -DskipTests package -Dappeals.database="$CLUSTER_DATABASE" -Dappeals.broker="$CLUSTER_BROKER")
"$CLUSTER" stop >/dev/null 2>&1 || true
if [ "$MODE" = topology ]; then
  "$ROOT/.ci/postgresql-setup" "$POSTGRESQL_DATABASE" >/dev/null
  "$ARTEMIS" stop >/dev/null 2>&1 || true
  rm -rf "$WORK/artemis"
fi
# Leaves nothing running however the run ends (the databases stay, to inspect): the loads too, or a
# run that failed half-way would go on filing into the next run's servers.
LOAD=; LETTER_LOAD=; REPORT_LOAD=
trap 'kill $LOAD $LETTER_LOAD $REPORT_LOAD 2>/dev/null || true; "$CLUSTER" stop >/dev/null 2>&1 || true; [ "$MODE" = topology ] && "$ARTEMIS" stop >/dev/null 2>&1; true' EXIT
[ "$MODE" = topology ] && "$ARTEMIS" start
"$CLUSTER" provision
if [ "$MODE" = topology ]; then "$CLUSTER" start; NODES="1 2"; URLS="$($CLUSTER url 1),$($CLUSTER url 2)"
else "$CLUSTER" start 1; NODES="1"; URLS="$($CLUSTER url 1)"; fi
LAST=${NODES##* }

if [ "$POISON" -gt 0 ]; then
  say "Poison: $POISON messages that are not intake messages, straight onto the queue"
  "$WORK/artemis/bin/artemis" producer --url "tcp://127.0.0.1:${ARTEMIS_PORT:-61716}" --user appeals --password appeals \
    --destination queue://jms.queue.AppealIntake --message-count "$POISON" --message "poison: not an intake message" >/dev/null
fi

# Letters with a scanned page, filed by the registry while the chaos goes on: each is sent again
# with its own Idempotency-Key until it is answered 202, and its page must come with its appeal.
LETTERS=150
PAGE=$WORK/page.pdf
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' > "$PAGE"
letter_load() {
  local i try url code urls=(${URLS//,/ })
  : > "$WORK/letters.txt"; : > "$WORK/letters-given-up.txt"
  for i in $(seq 1 "$LETTERS"); do
    code=000
    for try in $(seq 1 120); do
      url=${urls[$(( (i + try) % ${#urls[@]} ))]}
      code=$(curl -s -o "$WORK/letter.json" -w '%{http_code}' --max-time 30 -u clerk:demo -H "Idempotency-Key: letter-$i" \
        -F 'appeal={"kind":"APPLICATION","summary":"Письмо с приложенной справкой","receivedVia":"POST"};type=application/json' \
        -F "attachment=@$PAGE;type=application/pdf" "$url/intake/written" || true)
      [ "$code" = 202 ] && break
      sleep 1
    done
    if [ "$code" = 202 ]; then grep -o '"receiptId":"[^"]*"' "$WORK/letter.json" | cut -d'"' -f4 >> "$WORK/letters.txt"
    else echo "letter-$i" >> "$WORK/letters-given-up.txt"; fi
    sleep 0.2
  done
}

# Reports from a civic app through Open311, with a key of its own: each sent again with its own
# Idempotency-Key until it is answered 200 (with its token, and its number once registered), and filed once.
REPORTS=100
key_json=$(curl -s -u admin:demo -H 'Content-Type: application/json' "$($CLUSTER url 1)/admin/open311-keys" \
  -d '{"client": "Resilience run", "requestsPerMinute": 10000}')
API_KEY=$(echo "$key_json" | grep -o '"apiKey":"[^"]*"' | cut -d'"' -f4)
KEY_ID=$(echo "$key_json" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
[ -n "$API_KEY" ] && [ -n "$KEY_ID" ] || { say "Could not issue an Open311 key: $key_json"; exit 1; }
report_load() {
  local i try url code urls=(${URLS//,/ })
  : > "$WORK/reports.txt"; : > "$WORK/reports-given-up.txt"
  for i in $(seq 1 "$REPORTS"); do
    code=000
    for try in $(seq 1 120); do
      url=${urls[$(( (i + try) % ${#urls[@]} ))]}
      url=${url%/api/v1}/open311/v2
      code=$(curl -s -o "$WORK/report.json" -w '%{http_code}' --max-time 30 -H "Idempotency-Key: report-$i" \
        --data-urlencode "api_key=$API_KEY" -d service_code=LAND_HOUSING -d lat=42.87 -d long=74.61 \
        --data-urlencode "description=Яма на дороге, сообщение $i" "$url/requests.json" || true)
      [ "$code" = 200 ] && break
      sleep 1
    done
    if [ "$code" = 200 ]; then echo "report-$i $code" >> "$WORK/reports.txt"
    else echo "report-$i" >> "$WORK/reports-given-up.txt"; fi
    sleep 0.2
  done
}

say "Load: $APPEALS appeals across node(s) $NODES, each with its own Idempotency-Key; $LETTERS letters with a page; $REPORTS Open311 reports"
$DRIVER resilience-load --urls "$URLS" --appeals "$APPEALS" --clients "$( [ "$MODE" = topology ] && echo 8 || echo 16)" \
  --out "$WORK/receipts.txt" > "$WORK/load.json" &
LOAD=$!
letter_load &
LETTER_LOAD=$!
report_load &
REPORT_LOAD=$!

if [ "$MODE" = topology ]; then
  sleep 10; say "Chaos: kill -9 node 1";        "$CLUSTER" kill 1
  sleep 5;  say "Chaos: node 1 comes back";    "$CLUSTER" start 1
  sleep 2;  say "Chaos: kill -9 PostgreSQL (the postmaster and its children), then start it: recovery from its WAL"
  pg_version=$(ls /etc/postgresql | head -1)
  postmaster=$(head -1 "/var/lib/postgresql/$pg_version/main/postmaster.pid")
  kill -9 "$postmaster" $(pgrep -P "$postmaster") || true
  pg_down=$(date +%s.%N)
  # Until the killed processes are gone (reaped): a postmaster still in the process table keeps its lock file valid.
  for _ in $(seq 1 100); do kill -0 "$postmaster" 2> /dev/null || pgrep -P "$postmaster" > /dev/null || break; sleep 0.2; done
  pg_ctlcluster --skip-systemctl-redirect "$pg_version" main start
  for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 0.5; done
  say "PostgreSQL accepts connections again $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $pg_down }") s after its kill -9"
  sleep 5;  say "Chaos: kill -9 the primary broker; its backup takes over"
  "$ARTEMIS" kill primary
  # Registration's longest standstill in the 20 s that follow: appeals in flight still commit at
  # once, so the first new registration alone would say too little.
  last=$(registered_now); since=$(date +%s.%N); longest=0
  for _ in $(seq 1 40); do
    sleep 0.5; now=$(registered_now); t=$(date +%s.%N)
    if [ "$now" != "$last" ]; then last=$now; since=$t; fi
    longest=$(awk "BEGIN { d = $t - $since; print (d > $longest) ? d : $longest }")
  done
  say "Registration's longest standstill in the 20 s after the primary broker's kill -9: $(printf '%.1f' "$longest") s"
  sleep 5;  say "Chaos: the primary broker comes back and takes over again"; "$ARTEMIS" start primary
  sleep 5;  say "Chaos: restart PostgreSQL";   pg_ctlcluster --skip-systemctl-redirect "$pg_version" main restart
else
  for round in 1 2 3; do
    sleep 6; say "Chaos: kill -9 the node ($round of 3)"; "$CLUSTER" kill 1
    sleep 1; say "Chaos: the node comes back";           "$CLUSTER" start 1
  done
fi
wait $LOAD
say "Load finished: $(cat "$WORK/load.json")"
wait $LETTER_LOAD
say "Letters answered 202: $(wc -l < "$WORK/letters.txt"); given up on: $(wc -l < "$WORK/letters-given-up.txt")"
wait $REPORT_LOAD
say "Open311 reports answered 200: $(wc -l < "$WORK/reports.txt"); given up on: $(wc -l < "$WORK/reports-given-up.txt")"

wait_backlog() { # until nothing is queued, or (with "settle") until the backlog stops moving for 20 s
  local last=-1 still=0 now
  for _ in $(seq 1 600); do
    now=$(queued "$LAST")
    [ "$now" = "0" ] && return
    if [ "$now" = "$last" ]; then still=$((still + 1)); else still=0; last=$now; fi
    [ "${1:-}" = settle ] && [ $still -ge 20 ] && { say "backlog settled at $now (waiting for a replay)"; return; }
    sleep 1
  done
  say "backlog still $(queued "$LAST") after 10 minutes"
}
# Receipts whose messages were dead-lettered stay queued until replayed: wait until it settles.
say "Waiting for the backlog to drain"; wait_backlog settle; sleep 10

if [ "$MODE" = topology ]; then
  say "Replaying dead letters that carry an intake message (the poison cannot be replayed)"
  for id in $(sql "select id from dead_letter where status = 'DEAD' and receipt_id is not null order by id"); do
    curl -s -o /dev/null -w "  dead letter $id: %{http_code}\n" -u admin:demo -X POST "$($CLUSTER url 1)/admin/dead-letters/$id/replay"
  done
  wait_backlog; sleep 5
fi

say "Counting"
accepted=$(wc -l < "$WORK/receipts.txt")
verify=$($DRIVER verify --url "$($CLUSTER url 1)" --in "$WORK/receipts.txt")
say "Receipts answered 202: $accepted; their state now: $verify"
registered=$(echo "$verify" | grep -o '"REGISTERED":[0-9]*' | cut -d: -f2)
check "appeals answered 202 and registered" "$accepted" "${registered:-0}"
check "registration numbers given twice" "0" "$(echo "$verify" | grep -o '"duplicateNumbers":[0-9]*' | cut -d: -f2)"
check "appeals given up on by the client, even after a resend with the same key" "0" \
  "$(grep -o '"gaveUp":[0-9]*' "$WORK/load.json" | cut -d: -f2)"
check "receipts still queued" "0" "$(queued 1)"
# While a node or the database was down, intake answered something else than 202: never an HTML page.
say "What the clients saw instead of a 202 (status, kind: count): $(grep -o '"refusals":{[^}]*}' "$WORK/load.json")"
check "answers to the clients that were not a problem detail (an HTML page, say)" "0" \
  "$(grep -o '"refusals":{[^}]*}' "$WORK/load.json" | grep -o '"[0-9][0-9][0-9] [^"]*":[0-9]*' | grep -v ' problem' \
     | awk -F: '{ n += $2 } END { print n + 0 }')"
if [ "$MODE" = topology ]; then
  stat=$("$WORK/artemis/bin/artemis" queue stat --url "tcp://127.0.0.1:${ARTEMIS_PORT:-61716}" --user appeals --password appeals 2>/dev/null)
  left=$(echo "$stat" | awk -F'|' '$2 ~ /jms.queue.AppealIntake *$/ { gsub(/ /, "", $5); print $5 }')
  left_dlq=$(echo "$stat" | awk -F'|' '$2 ~ /jms.queue.AppealIntakeDLQ *$/ { gsub(/ /, "", $5); print $5 }')
else
  count_of() { "$("$CLUSTER" home 1)/bin/jboss-cli.sh" -c --controller=127.0.0.1:10190 \
    --command="/subsystem=messaging-activemq/server=default/jms-queue=$1:read-attribute(name=message-count)" \
    | sed -nE 's/.*"result" => ([0-9]+)L?.*/\1/p'; }
  left=$(count_of AppealIntake); left_dlq=$(count_of AppealIntakeDLQ)
fi
check "messages left on the intake queue" "0" "$left"
check "messages left on the dead-letter queue" "0" "$left_dlq"
# The summary's tally ran on every node through the chaos (their batches take turns): once it has
# caught up, every count of it must equal the same count taken from the appeals themselves.
for _ in $(seq 1 30); do
  run=$(curl -s -u admin:demo -X POST "$($CLUSTER url "$LAST")/admin/summary-tally/runs")
  echo "$run" | grep -q '"pending":0[,}]' && break
  sleep 2
done
say "Summary tally: $run"
[ "$MODE" = embedded ] && "$CLUSTER" stop 1 >/dev/null

check "appeals with the same receipt twice" "0" "$(sql "select count(*) from (select receipt_id from appeal group by receipt_id having count(*) > 1) d")"
check "registration numbers on more than one appeal" "0" \
  "$(sql "select count(*) from (select registration_number from appeal group by registration_number having count(*) > 1) d")"
check "receipts the server gave that have no appeal" "0" \
  "$(sql "select count(*) from receipt r where not exists (select 1 from appeal a where a.receipt_id = r.id)")"
letters=$(wc -l < "$WORK/letters.txt")
page=$(sha256sum "$PAGE" | cut -d' ' -f1)
reports=$(wc -l < "$WORK/reports.txt")
check "appeals in the database, against the receipts answered 202 (appeals, letters, Open311 reports)" \
  "$((accepted + letters + reports))" "$(sql "select count(*) from appeal")"
check "letters given up on by the clerk, even after resends with the same key" "0" "$(wc -l < "$WORK/letters-given-up.txt")"
check "letters answered 202 registered with their page" "$letters" "$(sql "select count(*) from appeal a join attachment t on t.receipt_id = a.receipt_id where a.channel = 'WRITTEN' and t.sha256 = '$page'")"
check "Open311 reports given up on by the app, even after resends with the same key" "0" "$(wc -l < "$WORK/reports-given-up.txt")"
check "Open311 reports answered 200 registered once, naming their key" "$reports" \
  "$(sql "select count(*) from appeal where received_via = 'OPEN311' and open311_key_id = $KEY_ID")"
check "receipts with their page twice" "0" "$(sql "select count(*) from (select receipt_id from attachment group by receipt_id having count(*) > 1) d")"
check "files without their receipt" "0" "$(sql "select count(*) from attachment t where not exists (select 1 from receipt r where r.id = t.receipt_id)")"
check "files with a piece missing" "0" "$(sql "select count(*) from attachment t where t.chunks <> (select count(*) from attachment_chunk c where c.attachment_id = t.id)")"
check "dead letters left, all of them the poison" "$POISON" "$(sql "select count(*) from dead_letter where status = 'DEAD' and receipt_id is null")"
check "dead letters left that carry an appeal" "0" "$(sql "select count(*) from dead_letter where status = 'DEAD' and receipt_id is not null")"
check "bodies whose officials' loads differ by more than one (the head aside)" "0" \
  "$(sql "select count(*) from (select body_code from official where not head group by body_code having max(open_appeals) - min(open_appeals) > 1) b")"
check "appeals routed to a body's head while the body has other officials" "0" "$(sql "select coalesce(sum(open_appeals), 0) from official where head")"
check "appeals not yet counted by the summary's tally" "0" "$(sql "select count(*) from appeal where tally_pending")"
check "summary tally counts that differ from the appeals (channel, kind, subject, region, body, status)" "0" "$(sql "
  with actual as (
    select 'channel' d, channel c, count(*) n from appeal group by channel
    union all select 'kind', kind, count(*) from appeal group by kind
    union all select 'category', category_code, count(*) from appeal group by category_code
    union all select 'region', coalesce(region_code, ''), count(*) from appeal group by coalesce(region_code, '')
    union all select 'body', coalesce(body_code, ''), count(*) from appeal group by coalesce(body_code, '')
    union all select 'status', status, count(*) from appeal group by status),
  tallied as (select dimension d, code c, sum(appeals) n from appeal_tally group by dimension, code having sum(appeals) <> 0)
  select (select count(*) from actual a where not exists (select 1 from tallied t where t.d = a.d and t.c = a.c and t.n = a.n))
       + (select count(*) from tallied t where not exists (select 1 from actual a where a.d = t.d and a.c = t.c))")"
say "Replayed dead letters: $(sql "select count(*) from dead_letter where status = 'REPLAYED'")"
say "Messages delivered again after their appeal was registered, and ignored: $(sql "select coalesce(sum(duplicate_deliveries), 0) from receipt")"
say "Intake relay: receipts whose message it sent again: $(sql "select count(*) from receipt where hand_overs > 1")"
# A message the relay sent again that registered the appeal: the one sent at intake was lost
# (the node died between the commit and the send). Its wait is the delay the relay adds.
say "Intake relay: appeals registered by a message it sent again (lost at intake), and the longest and mean seconds from acceptance to registration for them: $(sql "
  select count(*) || ', ' || coalesce(round(max(extract(epoch from a.registered_at) - extract(epoch from r.accepted_at)), 1), 0)
         || ', ' || coalesce(round(avg(extract(epoch from a.registered_at) - extract(epoch from r.accepted_at)), 1), 0)
  from receipt r join appeal a on a.receipt_id = r.id where r.registered_hand_over > 1")"
say "Seconds from acceptance to registration over all appeals (mean, longest): $(sql "
  select round(avg(extract(epoch from a.registered_at) - extract(epoch from r.accepted_at)), 1) || ', '
         || round(max(extract(epoch from a.registered_at) - extract(epoch from r.accepted_at)), 1)
  from receipt r join appeal a on a.receipt_id = r.id")"
say "Receipts written again from their message: $(sql "select count(*) from receipt where recreated is not null")"
if [ "$MODE" = topology ]; then
  say "Rows of appeal written (inserted, updated, of which HOT): $(sql "select n_tup_ins || ', ' || n_tup_upd || ', ' || n_tup_hot_upd from pg_stat_user_tables where relname = 'appeal'")"
fi

if [ $failures -gt 0 ]; then say "$failures check(s) failed"; exit 1; fi
say "All checks passed"
