using System;

namespace ToneAnalyzers.Scoring;

/// <summary>
/// The rules the model's findings are reported under, one per language and category (<c>en/model-condescension</c>),
/// so reports, suppressions, severities and <c>disabled_rules</c> treat them like any other rule.
/// </summary>
internal sealed class ModelRules
{
    private readonly ToneRule?[] _rules = new ToneRule?[4 * 8];
    private readonly bool[] _disabled = new bool[4 * 8];

    public ModelRules(ToneEngineOptions options)
    {
        var l = 0;
        foreach (var language in ToneLanguages.Each)
        {
            foreach (var info in CategoryInfo.All)
            {
                var rule = Create(language, info);
                var index = (l * 8) + (int)info.Category - 1;
                _rules[index] = rule;
                _disabled[index] = options.IsDisabled(rule);
            }

            l++;
        }
    }

    public ToneRule? For(ToneLanguage language, ToneCategory category)
    {
        var l = language switch
        {
            ToneLanguage.English => 0,
            ToneLanguage.Russian => 1,
            ToneLanguage.Polish => 2,
            _ => 3,
        };
        var index = (l * 8) + (int)category - 1;
        return _disabled[index] ? null : _rules[index];
    }

    private static ToneRule Create(ToneLanguage language, CategoryInfo info) =>
        new(
            ToneLanguages.ToCode(language) + "/model-" + info.Slug,
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
