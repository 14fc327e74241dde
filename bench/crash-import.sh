#!/usr/bin/env bash
# The crash test with more kills, to run by hand (not part of ./test):
#   bench/crash-import.sh [KILLS] [SEED]          # SQLite
#   THEODOI_TEST_PROVIDER=postgres THEODOI_TEST_PG='Host=127.0.0.1;Port=5432;Username=postgres' bench/crash-import.sh 50
# Each kill: `theodoi import observations` killed with SIGKILL at a random moment, then `theodoi user list`
# (a start), then every derived water table compared with a clean import's. The seed is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
export THEODOI_CRASH_KILLS="${1:-50}"
export THEODOI_CRASH_SEED="${2:-$RANDOM}"
echo "kills $THEODOI_CRASH_KILLS, seed $THEODOI_CRASH_SEED, provider ${THEODOI_TEST_PROVIDER:-sqlite}"
dotnet build tests/TheoDoi.Tests -c Release -v quiet -nologo
dotnet test tests/TheoDoi.Tests -c Release --no-build --logger "console;verbosity=detailed" \
  --filter "FullyQualifiedName~Hardening.CrashImportTests"
