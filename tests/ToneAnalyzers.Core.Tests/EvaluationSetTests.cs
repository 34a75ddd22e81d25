using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace ToneAnalyzers.Tests;

/// <summary>
/// tests/eval/*.tsv are labelled lines written apart from the rules (never copied into rule examples):
/// realistic customer-facing text, some condescending or manipulative ("bad"), most respectful ("ok").
/// They estimate how rules generalise: recall on bad lines and the false-alarm rate on respectful ones.
/// </summary>
public class EvaluationSetTests
{
    private const double MinRecall = 0.80;
    private const double MaxFalseAlarmRate = 0.02;
    private readonly ITestOutputHelper _output;

    public EvaluationSetTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Languages() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "eval"), "*.tsv")
            .Select(p => new object[] { Path.GetFileNameWithoutExtension(p) })
            .OrderBy(o => (string)o[0], StringComparer.Ordinal);

    /// <summary>The lines of tests/eval/<paramref name="name"/>.tsv, split at tabs: label, category, text.</summary>
    internal static List<string[]> Lines(string name) =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "eval", name + ".tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .ToList();

    [Theory]
    [MemberData(nameof(Languages))]
    public void Rules_generalise_to_the_evaluation_set(string name)
    {
        var language = ToneLanguages.FromCultureName(name);
        var lines = Lines(name);
        Assert.All(lines, parts => Assert.True(parts.Length == 3 && parts[0] is "bad" or "ok", "expected label<TAB>TONE00N or -<TAB>text: " + string.Join("|", parts)));

        var bad = lines.Where(p => p[0] == "bad").ToList();
        var ok = lines.Where(p => p[0] == "ok").ToList();
        var missed = bad.Where(p => RepositoryRules.Engine.Analyze(p[2], language).Count == 0).Select(p => p[2]).ToList();
        var wrongCategory = bad.Select(p => (p, f: RepositoryRules.Engine.Analyze(p[2], language)))
            .Where(x => x.f.Count > 0 && x.p[1] != "-" && x.f.All(f => f.DiagnosticId != x.p[1]))
            .Select(x => $"{x.p[2]} (expected {x.p[1]}, got {string.Join(",", x.f.Select(f => f.DiagnosticId))})").ToList();
        var falseAlarms = ok.Select(p => (text: p[2], f: RepositoryRules.Engine.Analyze(p[2], language)))
            .Where(x => x.f.Count > 0).Select(x => $"{x.text} => {string.Join("; ", x.f)}").ToList();

        var recall = bad.Count == 0 ? 1 : 1 - ((double)missed.Count / bad.Count);
        var falseAlarmRate = ok.Count == 0 ? 0 : (double)falseAlarms.Count / ok.Count;
        _output.WriteLine($"{name}: recall {recall:P1} ({bad.Count - missed.Count}/{bad.Count}), false alarms {falseAlarmRate:P1} ({falseAlarms.Count}/{ok.Count})");
        missed.ForEach(m => _output.WriteLine("missed: " + m));
        wrongCategory.ForEach(m => _output.WriteLine("other category: " + m));
        falseAlarms.ForEach(m => _output.WriteLine("false alarm: " + m));

        Assert.True(bad.Count >= 30 && ok.Count >= 30, $"{name}: the set is too small to say anything ({bad.Count} bad, {ok.Count} ok)");
        Assert.True(recall >= MinRecall, $"{name}: recall {recall:P1} is below {MinRecall:P0}; missed: {string.Join(" | ", missed)}");
        Assert.True(falseAlarmRate <= MaxFalseAlarmRate, $"{name}: false alarms {falseAlarmRate:P1} exceed {MaxFalseAlarmRate:P0}: {string.Join(" | ", falseAlarms)}");
    }
}
