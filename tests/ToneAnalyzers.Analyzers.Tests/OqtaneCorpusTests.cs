using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ToneAnalyzers.Analyzers.Resources;

namespace ToneAnalyzers.Tests;

/// <summary>
/// False alarms on real text: the 118 .resx files of Oqtane (a CMS with ordinary, polite UI strings) must give no findings, except
/// those reviewed and listed with a reason in KnownFalseAlarms.txt.
/// </summary>
public class OqtaneCorpusTests
{
    private const string CorpusPath = "../shared/corpora/resx/oqtane__oqtane.framework";

    [Fact]
    public async Task Oqtane_resx_strings_give_no_unreviewed_findings()
    {
        var repo = RepositoryRoot();
        var corpus = Path.GetFullPath(Path.Combine(repo, CorpusPath));
        Assert.True(Directory.Exists(corpus), "The shared corpus is expected beside the repository: " + corpus);
        var files = Directory.GetFiles(corpus, "*.resx", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.Equal(118, files.Length);

        // The test must not pass vacuously: the reader finds the corpus's string resources.
        var strings = files.Sum(f => ResxReader.Read(File.ReadAllText(f), _ => 0, out _).Count);
        Assert.True(strings > 1000, $"Only {strings} string resources were read from the corpus.");

        var texts = files.Select(f => (AdditionalText)new FileText(f)).ToImmutableArray();
        var compilation = CSharpCompilation.Create("Oqtane", new[] { CSharpSyntaxTree.ParseText("class C { }") }, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ResxAnalyzer()), new AnalyzerOptions(texts)).GetAnalyzerDiagnosticsAsync();

        Assert.DoesNotContain(diagnostics, d => d.Id == "TONE000");
        var found = diagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var path = Path.GetRelativePath(corpus, span.Path).Replace('\\', '/');
                var phrase = d.GetMessage().Split('"')[1];
                return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Id} \"{phrase}\"";
            })
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();

        var known = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "KnownFalseAlarms.txt"))
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split(" -- ")[0].Trim())
            .ToHashSet(StringComparer.Ordinal);

        var unreviewed = found.Where(f => !known.Contains(f)).ToList();
        var stale = known.Where(k => !found.Contains(k)).ToList();
        Assert.True(unreviewed.Count == 0, "Findings not reviewed in KnownFalseAlarms.txt:\n" + string.Join("\n", unreviewed));
        Assert.True(stale.Count == 0, "Entries of KnownFalseAlarms.txt that no longer occur:\n" + string.Join("\n", stale));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ToneAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ToneAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
    }
}
