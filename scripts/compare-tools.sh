#!/usr/bin/env bash
# Measures tonecheck against alex and markdownlint-cli2 (both from the npm registry) and against
# Markdig parsing alone (tonecheck --parse-only), side by side on one corpus, with /usr/bin/time -v.
# Prints a Markdown table and writes it into docs/performance.md.
#
#   scripts/compare-tools.sh [CORPUS] [RUNS]
#
# CORPUS defaults to ../shared/corpora/helpdocs (relative to the repository root); RUNS (default 3)
# is the number of timed runs per fast tool (the median is reported; alex runs once, it is slow).
# Needs: dotnet, node/npm, /usr/bin/time. npm packages go to a temporary folder, not the repo.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CORPUS=${1:-$ROOT/../shared/corpora/helpdocs}
RUNS=${2:-3}
ALEX_VERSION=${ALEX_VERSION:-11.0.1}
MDL_VERSION=${MDL_VERSION:-0.22.0}
OUT=${OUT:-$ROOT/docs/performance.md}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

CORPUS=$(cd "$CORPUS" && pwd)
FILES=$(find "$CORPUS" -type f \( -name '*.md' -o -name '*.markdown' \) | wc -l)
BYTES=$(find "$CORPUS" -type f \( -name '*.md' -o -name '*.markdown' \) -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
echo "corpus: $CORPUS ($FILES Markdown files, $((BYTES / 1024)) KiB)" >&2

echo "installing alex@$ALEX_VERSION and markdownlint-cli2@$MDL_VERSION into $WORK/npm ..." >&2
npm install --silent --no-audit --no-fund --prefix "$WORK/npm" "alex@$ALEX_VERSION" "markdownlint-cli2@$MDL_VERSION" >&2
ALEX="$WORK/npm/node_modules/.bin/alex"
MDL="$WORK/npm/node_modules/.bin/markdownlint-cli2"

echo "publishing tonecheck (Release, ReadyToRun) ..." >&2
dotnet publish "$ROOT/src/ToneCheck/ToneCheck.csproj" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$WORK/tonecheck" -nologo -v quiet >&2
TONECHECK="$WORK/tonecheck/tonecheck"

# An empty markdownlint config so the repository's or user's settings do not change the work done.
echo '{}' > "$WORK/.markdownlint-cli2.jsonc"

# measure NAME RUNS CMD... : runs CMD (output discarded) and records the median wall time and max RSS.
declare -A WALL RSS
measure() {
  local name=$1 runs=$2; shift 2
  local walls=() rss=0
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -v -o "$WORK/time.txt" "$@" > /dev/null 2> "$WORK/stderr.txt" || true
    local wall kb
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s }' "$WORK/time.txt")
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")
    walls+=("$wall")
    (( kb > rss )) && rss=$kb
    echo "  $name run $((i + 1)): ${wall}s, $((kb / 1024)) MiB" >&2
  done
  WALL[$name]=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  RSS[$name]=$rss
}

LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
cd "$WORK"
measure "markdig-parse-only" "$RUNS" "$TONECHECK" "$CORPUS" --parse-only --no-ignore
measure "tonecheck" "$RUNS" "$TONECHECK" "$CORPUS" --no-ignore --format json --fail-on none
measure "tonecheck-sarif" "$RUNS" "$TONECHECK" "$CORPUS" --no-ignore --format sarif --fail-on none
measure "markdownlint-cli2" "$RUNS" "$MDL" --config "$WORK/.markdownlint-cli2.jsonc" "$CORPUS/**/*.md"
measure "alex" 1 "$ALEX" "$CORPUS"
LOAD_AFTER=$(cut -d" " -f1-3 /proc/loadavg)

row() {
  local name=$1 label=$2
  awk -v w="${WALL[$name]}" -v r="${RSS[$name]}" -v f="$FILES" -v t="${WALL[tonecheck]}" -v l="$label" \
    'BEGIN { printf "| %s | %.2f s | %.0f | %.0f MiB | %.1fx |\n", l, w, f / w, r / 1024, w / t }'
}

TABLE=$(
  echo "| tool | wall (median of $RUNS) | files/s | peak RSS | time vs tonecheck |"
  echo "|---|---|---|---|---|"
  row tonecheck "tonecheck (json)"
  row tonecheck-sarif "tonecheck (sarif)"
  row markdig-parse-only "Markdig parse only (tonecheck --parse-only)"
  row markdownlint-cli2 "markdownlint-cli2 $MDL_VERSION (no prose rules)"
  row alex "alex $ALEX_VERSION (1 run)"
)

SUMMARY=$(awk -v t="${WALL[tonecheck]}" -v p="${WALL[markdig-parse-only]}" -v m="${WALL[markdownlint-cli2]}" -v a="${WALL[alex]}" -v r="${RSS[tonecheck]}" \
  'BEGIN { printf "tonecheck is %.0fx faster than alex and %.1fx faster than markdownlint-cli2; end-to-end it takes %.2fx the time of Markdig parsing alone; peak RSS %.0f MiB.", a / t, m / t, t / p, r / 1024 }')

HOST="$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(dotnet --version) SDK, node $(node --version)"
DOC=$(cat <<DOCEOF
### tonecheck against other tools

Measured by \`scripts/compare-tools.sh\` on $(date -u +%Y-%m-%d) ($HOST), over
\`$(realpath --relative-to="$ROOT" "$CORPUS")\`: $FILES Markdown files, $((BYTES / 1024)) KiB. All tools ran
one after another on the same machine; wall time and peak resident memory come from \`/usr/bin/time -v\`.
tonecheck was published Release with ReadyToRun; startup is included. Load average (1/5/15 min)
before: $LOAD_BEFORE, after: $LOAD_AFTER; on a shared machine other work inflates the multi-threaded
tonecheck runs more than the single-threaded node tools, so compare runs taken under similar load.

$TABLE

$SUMMARY

Targets (issue 4): at least 100x faster than alex, at least 10x faster than markdownlint-cli2, peak
memory under 200 MB, end-to-end within 2x of Markdig parsing alone.
DOCEOF
)

# Replace the section between the tonecheck markers of docs/performance.md; the rest of the page is kept.
mkdir -p "$(dirname "$OUT")"
SECTION="$(mktemp)"
printf '%s\n' "$DOC" > "$SECTION"
if [ -f "$OUT" ] && grep -q '<!-- tonecheck:begin -->' "$OUT"; then
  awk -v section="$SECTION" '
    /<!-- tonecheck:begin -->/ { print; while ((getline line < section) > 0) print line; skip = 1; next }
    /<!-- tonecheck:end -->/ { skip = 0 }
    !skip { print }' "$OUT" > "$OUT.tmp" && mv "$OUT.tmp" "$OUT"
else
  { echo '<!-- tonecheck:begin -->'; cat "$SECTION"; echo '<!-- tonecheck:end -->'; } > "$OUT"
fi
rm -f "$SECTION"
printf '%s\n\n%s\n' "$TABLE" "$SUMMARY"
echo "written to $OUT" >&2
