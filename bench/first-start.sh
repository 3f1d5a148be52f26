#!/usr/bin/env bash
# First start of a fresh clone: clones this repository's committed HEAD into a temporary folder, runs
# `./crm serve --demo` there (build, database creation, demo generation included) and times it to the first answered
# request (a 200 from GET /health). The NuGet package cache (~/.nuget/packages) is the machine's: a machine that has never
# restored these packages downloads them too. Usage: bench/first-start.sh [PORT]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${1:-5199}"
work="$(mktemp -d /tmp/plugincrm-first-start.XXXXXX)"
git clone -q --no-local "$repo" "$work/repo"
cd "$work/repo"
log="$work/serve.log"
start=$(date +%s.%N)
./crm serve --demo --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do
  kill -0 "$pid" 2>/dev/null || { echo "first-start: crm serve exited; its output:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.2
done
end=$(date +%s.%N)
grep -E "^crm: built [0-9]+ projects|^demo: generated|^crm: ready" "$log" || true
printf 'first-start: %.1f s from `./crm serve --demo` on a fresh clone to the first answered request (%s cores, %s)\n' \
  "$(echo "$end - $start" | bc)" "$(nproc)" "$(dotnet --version)"
