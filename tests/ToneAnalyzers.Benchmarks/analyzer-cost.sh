#!/usr/bin/env bash
# Measures the ToneAnalyzers share of a large build: packs the package, generates a project with thousands of C# files
# (tens of thousands of string literals) plus the Oqtane .resx files as AdditionalFiles, builds it with
# -p:ReportAnalyzer=true, and prints the analyzer times next to the Csc task time.
#
#   tests/ToneAnalyzers.Benchmarks/analyzer-cost.sh [files=2000] [literals-per-file=16]
#   MODE=realistic tests/ToneAnalyzers.Benchmarks/analyzer-cost.sh [files=2000]
#
# MODE=dense (default): tiny classes made only of string constants (worst case: the compiler has little else to do).
# MODE=realistic: application-like files of ~150 lines (services, LINQ, records, async, validation) with ~20 literals each,
# mostly log messages, keys, SQL and format strings, a few UI messages (see generate-app.py).
#
# Note: this machine sets UseSharedCompilation=false, so csc starts cold on each build (the Csc time includes JIT/startup).
# WARM=1 (default) also measures a second build on the compiler server (VBCSCompiler, which exits after its idle timeout);
# WARM=0 skips it. DOTNET_PROCESSOR_COUNT=1 gives steadier figures on a busy machine (ReportAnalyzer times are wall-clock
# per callback, summed over threads, so contention inflates them).
set -euo pipefail

MODE="${MODE:-dense}"
FILES="${1:-2000}"
PER_FILE="${2:-16}"
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
OQTANE="$(cd "$REPO/.." && pwd)/shared/corpora/resx/oqtane__oqtane.framework"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tone-cost-XXXXXX")"
# KEEP=1 keeps the generated project (for the in-process harness: dotnet run --project tests/ToneAnalyzers.Benchmarks -- --analyzer-cost DIR)
if [ "${KEEP:-0}" = "1" ]; then echo "== keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi
VERSION="0.1.0-cost.$(date +%s)"

echo "== packing ToneAnalyzers $VERSION"
dotnet pack "$REPO/src/ToneAnalyzers.Package/ToneAnalyzers.Package.csproj" -o "$WORK/feed" -p:PackageVersion="$VERSION" -nodeReuse:false -v:q >/dev/null

mkdir -p "$WORK/app/Generated"
cat > "$WORK/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear/><add key="local" value="$WORK/feed"/><add key="nuget.org" value="https://api.nuget.org/v3/index.json"/></packageSources></configuration>
XML
cat > "$WORK/app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RestorePackagesPath>$WORK/packages</RestorePackagesPath>
    <NoWarn>\$(NoWarn);TONE001;TONE002;TONE003;TONE004;TONE005;TONE006;TONE007;TONE008</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ToneAnalyzers" Version="$VERSION" />
    <AdditionalFiles Include="$OQTANE/**/*.resx" />
  </ItemGroup>
</Project>
XML

echo "== generating $MODE project: $FILES files"
python3 "$REPO/tests/ToneAnalyzers.Benchmarks/generate-app.py" "$WORK/app/Generated" "$MODE" "$FILES" "$PER_FILE"
LITERALS=$(cat "$WORK"/app/Generated/*.cs | grep -o '"' | wc -l)

cd "$WORK/app"
dotnet restore -nodeReuse:false -v:q >/dev/null
echo "== building (ReportAnalyzer, cold csc: UseSharedCompilation=false)"
dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > "$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; exit 1; }
report() {
  echo "== results ($MODE: $FILES files, $(cat "$WORK"/app/Generated/*.cs | wc -l) lines, about $((LITERALS / 2)) literals, $(find "$OQTANE" -name '*.resx' | wc -l) .resx files; load average $(cut -d' ' -f1-3 /proc/loadavg))"
grep -m1 "Total analyzer execution time" "$WORK/build.log" | sed 's/^ *//'
grep -E "ToneAnalyzers\.(Analyzers|CodeFixes)" "$WORK/build.log" | grep -E "[0-9]+\.[0-9]+ +[0-9<]" | sed 's/^ *//' | sort -u | head -20
grep -E "^ +[0-9]+ ms +Csc " "$WORK/build.log" | sed 's/^ */Csc task: /' | head -1
}
report

if [ "${WARM:-1}" = "1" ]; then
  # The same build on a warm compiler server (as in the IDE or a build server): the first build starts VBCSCompiler and JITs the
  # analyzers, the second (after touching a file so csc runs again) shows the steady-state cost.
  echo "== building twice on the compiler server (UseSharedCompilation=true); second build:"
  dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=true > /dev/null 2>&1 || true
  touch "$(ls Generated/*.cs | head -1)"
  dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=true -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > "$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; exit 1; }
  report
fi
