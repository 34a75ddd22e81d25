#!/usr/bin/env bash
# Renders tonecheck's HTML report of the bundled sample in headless Chromium and saves a screenshot,
# so a human (or CI artifact) can see what a support lead will see.
#
#   scripts/html-screenshot.sh [OUT.png] [PATHS...]
#
# Needs Debian's chromium (sudo apt-get install chromium). Exits 3 with a message when it is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
OUT=${1:-$ROOT/artifacts/tonecheck-report.png}
shift || true
PATHS=("$@")
[[ ${#PATHS[@]} -eq 0 ]] && PATHS=(samples/helpcenter)

if [[ ! -x $CHROMIUM ]]; then
  echo "chromium not found at $CHROMIUM; install it with: sudo apt-get install chromium" >&2
  exit 3
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$(dirname "$OUT")"

cd "$ROOT"
dotnet run --project src/ToneCheck -c Release -- "${PATHS[@]}" --format html --output "$WORK/report.html" --fail-on none

"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$WORK/profile" --hide-scrollbars \
  --window-size=1280,2400 --screenshot="$OUT" "file://$WORK/report.html" 2> "$WORK/chromium.log" || {
  cat "$WORK/chromium.log" >&2
  exit 1
}

SIZE=$(stat -c %s "$OUT")
if [[ $(head -c 8 "$OUT" | od -An -tx1 | tr -d ' \n') != "89504e470d0a1a0a" || $SIZE -lt 10000 ]]; then
  echo "screenshot $OUT looks wrong ($SIZE bytes)" >&2
  exit 1
fi
echo "screenshot: $OUT ($SIZE bytes)"
