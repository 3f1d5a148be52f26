#!/usr/bin/env bash
# The whole test suite, built once, run on the embedded SQLite default and then on PostgreSQL: each test process of the
# second run starts a throw-away cluster of its own on 127.0.0.1 (Debian's postgresql, installed first when missing)
# and stops it when it ends. One database only: scripts/test.sh sqlite | postgres. Both runs go ahead whatever the
# first's outcome; the exit code is non-zero when either failed.
#   The SQLite run leaves out the classes that run the host on PostgreSQL whatever the run (trait Database=PostgreSQL:
#   several processes on one database, db copy, row claims, ...); the PostgreSQL run has them, and leaves out the two
#   that repeat a SQLite run's class on PostgreSQL (trait Repeat=ForSqliteRuns: the access matrix, the demo), and the
#   console's browser tests (trait Database=SQLite: the host's tests of the same pages run on both).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

databases="${1:-both}"
case "$databases" in
    sqlite | postgres | both) ;;
    *) echo "usage: scripts/test.sh [sqlite|postgres|both] (both when not given)" >&2; exit 2 ;;
esac

dotnet build PluginCrm.sln || exit 1
failed=0
if [ "$databases" != postgres ]; then
    echo "test.sh: the suite on SQLite"
    dotnet test PluginCrm.sln --no-build --filter "Database!=PostgreSQL" || failed=1
fi
if [ "$databases" != sqlite ]; then
    bash scripts/ensure-postgres.sh || exit 1
    echo "test.sh: the suite on PostgreSQL"
    PLUGINCRM_TEST_DATABASE=postgres dotnet test PluginCrm.sln --no-build --filter "Repeat!=ForSqliteRuns&Database!=SQLite" || failed=1
fi
exit $failed
