using System;
using System.Collections.Generic;
using ToneAnalyzers;

namespace ToneCheck.Checking;

/// <summary>Everything the output formats need about one run, in deterministic order.</summary>
internal sealed class CheckReport
{
    public required string Version { get; init; }

    /// <summary>Files read and checked (not counting files in <see cref="Errors"/>).</summary>
    public required int FilesChecked { get; init; }

    /// <summary>Reported findings: not suppressed, not in the baseline, not fixed.</summary>
    public required IReadOnlyList<CheckFinding> Findings { get; init; }

    public required IReadOnlyList<FileError> Errors { get; init; }

    public int Suppressed { get; init; }

    public int Baselined { get; init; }

    public int Fixed { get; init; }

    public int FilesFixed { get; init; }

    public TimeSpan Elapsed { get; init; }

    public string? Shard { get; init; }

    public int CountAtOrAbove(ToneSeverity severity)
    {
        var n = 0;
        foreach (var f in Findings)
        {
            if (f.Severity >= severity)
            {
                n++;
            }
        }

        return n;
    }
}

internal sealed record FileError(string Path, string Message);

/// <summary>Counts for the summary: by category, language, severity and article.</summary>
internal sealed class ReportSummary
{
    public ReportSummary(IReadOnlyList<CheckFinding> findings)
    {
        foreach (var f in findings)
        {
            Increment(ByCategory, f.Category);
            Increment(ByLanguage, f.Language);
            Increment(BySeverity, f.Severity);
            Increment(ByPath, f.Path);
        }

        ByCategory.Sort(static (a, b) => a.Key.Category.CompareTo(b.Key.Category));
        ByLanguage.Sort(static (a, b) => LanguageOrder(a.Key).CompareTo(LanguageOrder(b.Key)));
        BySeverity.Sort(static (a, b) => b.Key.CompareTo(a.Key));
        ByPath.Sort(static (a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
    }

    public List<KeyValuePair<CategoryInfo, int>> ByCategory { get; } = new();

    public List<KeyValuePair<string, int>> ByLanguage { get; } = new();

    public List<KeyValuePair<ToneSeverity, int>> BySeverity { get; } = new();

    public List<KeyValuePair<string, int>> ByPath { get; } = new();

    public static string SeverityName(ToneSeverity severity) => severity switch
    {
        ToneSeverity.Error => "error",
        ToneSeverity.Warning => "warning",
        ToneSeverity.Suggestion => "suggestion",
        _ => "hidden",
    };

    private static int LanguageOrder(string code) => code switch
    {
        "en" => 0,
        "ru" => 1,
        "pl" => 2,
        "sr" => 3,
        _ => 4,
    };

    private static void Increment<T>(List<KeyValuePair<T, int>> list, T key)
        where T : notnull
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(list[i].Key, key))
            {
                list[i] = new KeyValuePair<T, int>(key, list[i].Value + 1);
                return;
            }
        }

        list.Add(new KeyValuePair<T, int>(key, 1));
    }
}
