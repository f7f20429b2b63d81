#!/usr/bin/env bash
# Starts or stops the Keycloak the OIDC integration tests log in with (the build calls it around them).
#   keycloak.sh start <keycloak home> <port> <realm file>   waits until the realm answers (up to 4 minutes)
#   keycloak.sh stop <keycloak home>
# Development mode with a local cache: one process, its data under the home's data/ directory, the
# realm imported from the repository at every start.
set -euo pipefail

command=$1
home=$2
pid_file="$home/keycloak.pid"

case "$command" in
start)
    port=$3
    realm_file=$4
    "$0" stop "$home"
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "Something already listens on port $port: not starting Keycloak there" >&2
        exit 1
    fi
    rm -rf "$home/data"
    mkdir -p "$home/data/import"
    cp "$realm_file" "$home/data/import/"
    realm=$(basename "$realm_file" -realm.json)
    chmod +x "$home/bin/kc.sh"
    # The heap is capped so that the two WildFly test servers fit beside it.
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" nohup "$home/bin/kc.sh" start-dev --cache=local \
        --http-host=127.0.0.1 --http-port="$port" --import-realm >"$home/keycloak.log" 2>&1 &
    echo $! >"$pid_file"
    for _ in $(seq 1 240); do
        if curl -fsS "http://127.0.0.1:$port/realms/$realm/.well-known/openid-configuration" >/dev/null 2>&1; then
            echo "Keycloak is up on port $port with the realm '$realm'"
            exit 0
        fi
        if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
            echo "Keycloak stopped while starting:" >&2
            tail -40 "$home/keycloak.log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "Keycloak did not answer within 4 minutes:" >&2
    tail -40 "$home/keycloak.log" >&2
    exit 1
    ;;
stop)
    if [[ -f $pid_file ]]; then
        pid=$(cat "$pid_file")
        # kc.sh runs java as its child: stop the whole group of the script.
        pkill -TERM -P "$pid" 2>/dev/null || true
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        pkill -KILL -P "$pid" 2>/dev/null || true
        kill -KILL "$pid" 2>/dev/null || true
        rm -f "$pid_file"
    fi
    ;;
*)
    echo "usage: keycloak.sh start <home> <port> <realm file> | stop <home>" >&2
    exit 2
    ;;
esac
