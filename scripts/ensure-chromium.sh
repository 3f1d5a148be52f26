#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the console's browser tests (tests/PluginCrm.Console.Tests):
# installs it with apt-get when missing, as root or through sudo, with a small Chinese font (fonts-wqy-microhei) so the
# screenshots of the Chinese console are readable. Prints one line saying what it did.
set -uo pipefail

chromium=/usr/bin/chromium
chinese_font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
if [ -x "$chromium" ] && [ -f "$chinese_font" ]; then
    echo "ensure-chromium: $chromium is there ($("$chromium" --version 2>/dev/null || echo 'version unknown'))"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "ensure-chromium: $chromium is missing and this user can neither install it (not root) nor use sudo without a password; install it: apt-get install chromium" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null; then
    echo "ensure-chromium: $chromium is missing and there is no apt-get here; install Chromium at $chromium" >&2
    exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { "${as_root[@]}" apt-get update && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-wqy-microhei; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "ensure-chromium: apt-get could not install chromium (its last lines above)" >&2
    exit 1
fi
if [ ! -x "$chromium" ]; then
    echo "ensure-chromium: apt-get installed chromium but $chromium is still missing" >&2
    exit 1
fi
echo "ensure-chromium: installed $("$chromium" --version 2>/dev/null || echo chromium) with apt-get"
