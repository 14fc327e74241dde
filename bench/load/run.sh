#!/usr/bin/env bash
# Mixed-load harness (issue 12, item 14): builds TheoDoi (Release), starts it with --demo on a fresh
# SQLite data directory on loopback, runs bench/load/load.py against it, stops it.
#   bench/load/run.sh [--seconds 30] [--readers 32] [--writers 2]     (results on stdout, server log in $work/server.log)
# Add THEODOI_DB='Host=…' to run it on PostgreSQL (a migrated, empty database).
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${THEODOI_LOAD_PORT:-5099}
work=$(mktemp -d /tmp/theodoi-load.XXXXXX)
dotnet build src/TheoDoi -c Release -v quiet -nologo -o "$work/app" >/dev/null
"$work/app/TheoDoi" serve --demo --data "$work/data" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
echo "machine: $(nproc) cores, $(uname -sr); load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
python3 bench/load/load.py --base "http://127.0.0.1:$port" --accounts "$work/data/demo-accounts.txt" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); data in $work"
