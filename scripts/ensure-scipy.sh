#!/usr/bin/env bash
# Makes sure Debian's python3 has scipy for the scoring benchmark's Python fit (bench/python/bgnbd_fit.py): installs
# python3-scipy with apt-get when missing (apt-install.sh). Debian's /usr/bin/python3, not whichever python3 comes first
# on PATH: apt installs for that one. Prints one line saying what it did.
set -uo pipefail

python=/usr/bin/python3
version() { "$python" -c 'import scipy; print(scipy.__version__)' 2>/dev/null; }
if version >/dev/null; then
    echo "ensure-scipy: scipy $(version) is there for $python"
    exit 0
fi
bash "$(dirname "$0")/apt-install.sh" ensure-scipy python3-scipy || exit 1
if ! version >/dev/null; then
    echo "ensure-scipy: apt-get installed python3-scipy but $python still cannot import scipy" >&2
    exit 1
fi
echo "ensure-scipy: installed scipy $(version) with apt-get"
