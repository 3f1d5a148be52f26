#!/usr/bin/env bash
# Installs Debian packages with apt-get, as root or through sudo without a password, for the scripts that make sure a
# tool is there before a test or a benchmark needs it (ensure-chromium.sh, ensure-scipy.sh, ensure-postgres.sh). Quiet on success; on a
# failure prints why (or apt-get's last lines) prefixed with the caller's name, and exits 1.
#   apt-install.sh CALLER PACKAGE...
set -uo pipefail

caller=$1
shift
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "$caller: this user can neither install $* (not root) nor use sudo without a password; install it: apt-get install $*" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null; then
    echo "$caller: there is no apt-get here to install $*; install it by other means" >&2
    exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { "${as_root[@]}" apt-get update && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "$caller: apt-get could not install $* (its last lines above)" >&2
    exit 1
fi
