#!/usr/bin/env bash
# Makes sure Debian's PostgreSQL server programs are there for the tests that run the host on PostgreSQL (each test run
# starts a throw-away cluster of its own on 127.0.0.1 with them): installs `postgresql` with apt-get when no initdb is
# found (apt-install.sh). Prints one line saying what it did. The package's own cluster is left as Debian sets it up.
set -uo pipefail

find_initdb() { ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1; }
if [ -n "$(find_initdb)" ]; then
    echo "ensure-postgres: $(dirname "$(find_initdb)") is there"
    exit 0
fi
bash "$(dirname "$0")/apt-install.sh" ensure-postgres postgresql || exit 1
if [ -z "$(find_initdb)" ]; then
    echo "ensure-postgres: apt-get installed postgresql but no /usr/lib/postgresql/*/bin/initdb is there" >&2
    exit 1
fi
echo "ensure-postgres: installed $(dirname "$(find_initdb)") with apt-get"
