#!/usr/bin/env bash
# Makes Debian's PostgreSQL on this machine ready to hold the office's appeals: the cluster running,
# a login role and a database owned by it, each created only if missing. Nothing is ever dropped:
# run it again at will. (The tests use .ci/postgresql-setup, which starts from an empty database.)
#
#   POSTGRESQL_PASSWORD=… ops/postgresql.sh [database]      (default: appeals; role: $POSTGRESQL_USER or appeals)
#
# Needs: apt-get install postgresql, and a superuser reachable as 'postgres' on 127.0.0.1:5432
# (this machine's trust setting), or run it as the postgres user with PGHOST unset.
set -euo pipefail
database="${1:-${POSTGRESQL_DATABASE:-appeals}}"
role="${POSTGRESQL_USER:-appeals}"
if [ -z "${POSTGRESQL_PASSWORD:-}" ]; then
  echo "POSTGRESQL_PASSWORD is required: the password the application's role signs in with" >&2
  exit 2
fi
case "$database$role" in *[!a-zA-Z0-9_]*) echo "database and role: letters, digits and _ only" >&2; exit 2 ;; esac
psql_admin() { psql -h "${PGHOST:-127.0.0.1}" -U postgres -v ON_ERROR_STOP=1 -Atq "$@"; }

if ! pg_isready -h "${PGHOST:-127.0.0.1}" -p 5432 -q; then
  cluster_version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$cluster_version" ] || { echo "No PostgreSQL cluster here: apt-get install postgresql" >&2; exit 1; }
  echo "Starting PostgreSQL ${cluster_version}"
  pg_ctlcluster --skip-systemctl-redirect "$cluster_version" main start
  for _ in $(seq 1 30); do pg_isready -h "${PGHOST:-127.0.0.1}" -p 5432 -q && break; sleep 1; done
fi

if [ "$(psql_admin -c "select count(*) from pg_roles where rolname = '${role}'")" = "0" ]; then
  psql_admin -v password="$POSTGRESQL_PASSWORD" <<SQL
create role ${role} login password :'password';
SQL
  echo "Role ${role} created"
fi
if [ "$(psql_admin -c "select count(*) from pg_database where datname = '${database}'")" = "0" ]; then
  psql_admin -c "create database ${database} owner ${role}"
  echo "Database ${database} created; the application's migrations make its schema at its first start"
else
  echo "Database ${database} is there; nothing changed"
fi
