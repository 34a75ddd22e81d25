#!/usr/bin/env bash
# Measures the ToneAnalyzers share of a large build: packs the package, generates a project with thousands of C# files
# (tens of thousands of string literals) plus the Oqtane .resx files as AdditionalFiles, builds it with
# -p:ReportAnalyzer=true, and prints the analyzer times next to the Csc task time.
#
#   tests/ToneAnalyzers.Benchmarks/analyzer-cost.sh [files=2000] [literals-per-file=16]
#
# Note: this machine sets UseSharedCompilation=false, so csc starts cold on each build (the Csc time includes JIT/startup).
# WARM=1 (default) also measures a second build on the compiler server (VBCSCompiler, which exits after its idle timeout);
# WARM=0 skips it. DOTNET_PROCESSOR_COUNT=1 gives steadier figures on a busy machine (ReportAnalyzer times are wall-clock
# per callback, summed over threads, so contention inflates them).
set -euo pipefail

FILES="${1:-2000}"
PER_FILE="${2:-16}"
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
OQTANE="$(cd "$REPO/.." && pwd)/shared/corpora/resx/oqtane__oqtane.framework"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tone-cost-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
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

echo "== generating $FILES files x $PER_FILE literals"
python3 - "$WORK/app/Generated" "$FILES" "$PER_FILE" <<'PY'
import os, sys, random
out, files, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(42)
sentences = [
    "Your order has been shipped and should arrive within three working days.",
    "We could not find an account with that e-mail address. Please check it and try again.",
    "Thank you for your patience while we look into this.",
    "You should receive an email within a few minutes.",
    "Settings saved.", "Are you sure you want to delete this item?",
    "The file is larger than the 10 MB limit; choose a smaller file or compress it.",
    "Your subscription renews on {0}. You can cancel at any time in Billing.",
    "Honestly, you should be grateful that we answered at all.",
    "Invalid password: use at least 12 characters with a number and a symbol.",
]
for f in range(files):
    lines = [f"namespace App.Generated;", f"public static class Messages{f}", "{"]
    for i in range(per):
        s = random.choice(sentences)
        kind = i % 4
        if kind == 0:
            lines.append(f'    public const string M{i} = "{s}";')
        elif kind == 1:
            lines.append(f'    public static string F{i}(string name) => $"Hello {{name}}, {s}";')
        elif kind == 2:
            lines.append(f'    public const string V{i} = @"{s}";')
        else:
            half = len(s) // 2
            lines.append(f'    public const string C{i} = "{s[:half]}" + "{s[half:]}";')
    lines.append("}")
    with open(os.path.join(out, f"Messages{f}.cs"), "w") as fh:
        fh.write("\n".join(lines) + "\n")
PY

cd "$WORK/app"
dotnet restore -nodeReuse:false -v:q >/dev/null
echo "== building (ReportAnalyzer, cold csc: UseSharedCompilation=false)"
dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > "$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; exit 1; }
report() {

  echo "== results ($FILES files, $((FILES * PER_FILE)) literals, $(find "$OQTANE" -name '*.resx' | wc -l) .resx files)"
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
  touch Generated/Messages0.cs
  dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=true -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > "$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; exit 1; }
  report
fi
