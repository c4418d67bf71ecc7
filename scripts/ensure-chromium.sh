#!/bin/sh
# The browser tests drive Debian's Chromium through Playwright (Playwright's own
# browser download is not used). Install it when it is missing and we can.
set -e
browser="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
  echo "Installing Chromium for the browser tests (apt-get install chromium)..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium at $browser. Install Chromium or Google Chrome and set CHROMIUM=/path/to/it" >&2
echo "(macOS: CHROMIUM='/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')." >&2
exit 1
