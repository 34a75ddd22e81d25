using System;
using System.Collections.Generic;

namespace ToneAnalyzers.Scoring;

/// <summary>
/// The rules the model's findings are reported under, one per language and category (<c>en/model-condescension</c>),
/// so reports, suppressions, severities and <c>disabled_rules</c> treat them like any other rule.
/// </summary>
internal sealed class ModelRules
{
    private const int Categories = 8;

    private static readonly HashSet<string> s_ids = AllIds();

    private readonly ToneRule?[] _rules = new ToneRule?[4 * Categories]; // null when the team switched the rule off

    public ModelRules(ToneEngineOptions options)
    {
        foreach (var language in ToneLanguages.Each)
        {
            foreach (var info in CategoryInfo.All)
            {
                var rule = Create(language, info);
                _rules[Slot(language, info.Category)] = options.IsDisabled(rule) ? null : rule;
            }
        }
    }

    /// <summary>Whether an id names one of these rules.</summary>
    public static bool IsId(string id) => s_ids.Contains(id);

    /// <summary>The rule for a single language and a category, or null when switched off.</summary>
    public ToneRule? For(ToneLanguage language, ToneCategory category) => _rules[Slot(language, category)];

    private static string IdOf(ToneLanguage language, CategoryInfo info) => ToneLanguages.ToCode(language) + "/model-" + info.Slug;

    private static HashSet<string> AllIds()
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in ToneLanguages.Each)
        {
            foreach (var info in CategoryInfo.All)
            {
                ids.Add(IdOf(language, info));
            }
        }

        return ids;
    }

    /// <summary>A single language's flag is a power of two: its bit number picks the row.</summary>
    private static int Slot(ToneLanguage language, ToneCategory category)
    {
        var row = 0;
        for (var flag = (int)language; flag > 1; flag >>= 1)
        {
            row++;
        }

        return (row * Categories) + (int)category - 1;
    }

    private static ToneRule Create(ToneLanguage language, CategoryInfo info) =>
        new(
            IdOf(language, info),
            language,
            info.Category,
            info.DefaultSeverity,
            $"{info.Summary}: the statistical model reads this sentence that way, though no listed phrase matched. Reword it ({info.Title.ToLowerInvariant()}, see {info.DocsPath}).",
            Array.Empty<string>(),
            Array.Empty<string>(),
            Array.Empty<string>(),
            autoFix: false,
            Array.Empty<string>(),
            Array.Empty<string>(),
            new RuleSource("model", 0));
}
