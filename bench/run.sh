#!/usr/bin/env bash
# The water benchmark in one command: starts a throwaway PostgreSQL on 127.0.0.1:${THEODOI_BENCH_PG_PORT:-55434},
# runs bench/TheoDoi.Bench (Release) against SQLite and PostgreSQL, stops PostgreSQL.
#   bench/run.sh [--values N] [--work DIR]      (default 10,000,000 values; results in DIR/results.md)
#   bench/run.sh security [--values N]          the water-security reads (issue 9) on PostgreSQL only (default 50 M;
#                                               SQLite: dotnet run -c Release --project bench/TheoDoi.Bench -- security)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${THEODOI_BENCH_PG_PORT:-55434}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/theodoi-bench-pg.XXXXXX)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pgdir"
stop() { as_postgres "$pg_bin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap stop EXIT
as_postgres "$pg_bin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
# Ordinary durable settings (fsync on), unlike the test cluster.
as_postgres "$pg_bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c max_wal_size=4GB" start >/dev/null
dotnet run --project bench/TheoDoi.Bench -c Release -- --pg "Host=127.0.0.1;Port=$port;Username=postgres" "$@"
