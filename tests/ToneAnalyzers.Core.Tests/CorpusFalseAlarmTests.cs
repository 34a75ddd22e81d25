using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace ToneAnalyzers.Tests;

/// <summary>
/// The shared corpora are respectful, professionally edited texts, so every finding on them is a false alarm.
/// The few we accept are listed with a reason in KnownCorpusFindings.tsv; anything new fails, and so does a
/// listed entry that no longer occurs (keep the file true).
/// </summary>
public class CorpusFalseAlarmTests
{
    private static readonly Lazy<List<string>> s_found = new(ScanAll);

    [Fact]
    public void Help_centre_articles_stay_within_one_finding_per_500_articles()
    {
        var articles = HelpArticles().Count();
        var found = s_found.Value.Count(f => f.StartsWith("helpdocs/", StringComparison.Ordinal));
        Assert.True(articles > 2000, "the help-centre corpus looks incomplete");
        Assert.True(found * 500 <= articles, $"{found} findings in {articles} help articles");
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("pl")]
    [InlineData("sr")]
    [InlineData("sr@latin")]
    public void Translated_segments_stay_within_one_finding_per_1000_segments(string folder)
    {
        var segments = Segments(folder).Count();
        var found = s_found.Value.Count(f => f.StartsWith("gnome-help/" + folder + "/", StringComparison.Ordinal));
        Assert.True(segments > 1000, "the translation corpus looks incomplete");
        Assert.True(found * 1000 <= segments, $"{found} findings in {segments} {folder} segments");
    }

    [Fact]
    public void Every_corpus_finding_is_reviewed_and_every_review_is_current()
    {
        var reviewed = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "ToneAnalyzers.Core.Tests", "KnownCorpusFindings.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal))
            .Select(l => string.Join("\t", l.Split('\t').Take(3)))
            .ToList();
        var found = s_found.Value;
        // Listed in full (not as a truncated collection) so the lines can be reviewed and copied into the file.
        var problems = found.Except(reviewed).Select(f => "unreviewed: " + f)
            .Concat(reviewed.Except(found).Select(f => "no longer found (remove it): " + f)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static List<string> ScanAll()
    {
        var engine = RepositoryRules.Engine;
        var corpora = RepositoryPaths.Corpora;
        var results = new List<string>();
        foreach (var path in HelpArticles())
        {
            var text = File.ReadAllText(path);
            foreach (var f in engine.Analyze(text, ToneLanguage.English))
            {
                results.Add(Key("helpdocs/" + Rel(Path.Combine(corpora, "helpdocs"), path), f));
            }
        }

        foreach (var folder in new[] { "ru", "pl", "sr", "sr@latin" })
        {
            var language = ToneLanguages.FromCultureName(folder);
            foreach (var (file, line, english, translated) in Segments(folder))
            {
                foreach (var f in engine.Analyze(translated, language))
                {
                    results.Add(Key($"gnome-help/{folder}/{file}:{line}", f));
                }

                foreach (var f in engine.Analyze(english, ToneLanguage.English))
                {
                    results.Add(Key($"gnome-help/{folder}/{file}:{line}:en", f));
                }
            }
        }

        foreach (var path in Directory.EnumerateFiles(Path.Combine(corpora, "resx"), "*.resx", SearchOption.AllDirectories))
        {
            var language = ResxLanguage(path);
            foreach (var value in XDocument.Load(path).Descendants("data").Where(d => d.Attribute("type") == null).Select(d => d.Element("value")?.Value ?? string.Empty))
            {
                foreach (var f in engine.Analyze(value, language))
                {
                    results.Add(Key("resx/" + Rel(Path.Combine(corpora, "resx"), path), f));
                }
            }
        }

        results.Sort(StringComparer.Ordinal);
        return results;
    }

    private static ToneLanguage ResxLanguage(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        var culture = dot >= 0 ? ToneLanguages.FromCultureName(name.Substring(dot + 1)) : ToneLanguage.None;
        return culture == ToneLanguage.None ? ToneLanguage.English : culture;
    }

    private static string Key(string where, Finding f) => $"{where}\t{f.Rule.Id}\t{f.MatchedText}";

    private static string Rel(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static IEnumerable<string> HelpArticles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpora, "helpdocs"), "*.md", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>The GNOME help segments of one translation folder: English source and translation side by side.</summary>
    internal static IEnumerable<(string File, int Line, string English, string Translated)> Segments(string folder)
    {
        var dir = Path.Combine(RepositoryPaths.Corpora, "helpdocs-i18n", "gnome-help", folder);
        foreach (var path in Directory.EnumerateFiles(dir).OrderBy(p => p, StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab > 0)
                {
                    yield return (Path.GetFileName(path), lineNumber, line.Substring(0, tab), line.Substring(tab + 1));
                }
            }
        }
    }
}
