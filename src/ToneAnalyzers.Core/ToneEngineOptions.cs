using System;
using System.Collections.Generic;

namespace ToneAnalyzers;

/// <summary>How a team has configured the engine: rules switched off, severities changed, phrases allowed.</summary>
public sealed class ToneEngineOptions
{
    public static ToneEngineOptions Default { get; } = new();

    /// <summary>Rule ids (<c>en/owed-gratitude</c>), diagnostic ids (<c>TONE003</c>) or category slugs (<c>condescension</c>) to switch off.</summary>
    public ISet<string> DisabledRules { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severity by rule id, diagnostic id or category slug; the most specific key wins.</summary>
    public IDictionary<string, ToneSeverity> SeverityOverrides { get; } = new Dictionary<string, ToneSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Phrases (in the pattern language) the team accepts; a finding overlapping one is dropped.</summary>
    public IList<string> AllowedPhrases { get; } = new List<string>();

    /// <summary>
    /// Which texts the built-in statistical model also judges, each as a whole, where no phrase rule matched (its
    /// findings have rule ids such as <c>en/model-condescension</c> and can be switched off like any rule). By default
    /// only message-sized texts (UI strings, resources, replies): on long documents it is too noisy.
    /// </summary>
    public ModelScope ModelScope { get; set; } = ModelScope.ShortTexts;

    public bool IsDisabled(ToneRule rule) =>
        DisabledRules.Contains(rule.Id) || DisabledRules.Contains(rule.DiagnosticId) || DisabledRules.Contains(rule.CategoryInfo.Slug);

    public ToneSeverity SeverityOf(ToneRule rule)
    {
        if (SeverityOverrides.TryGetValue(rule.Id, out var severity) ||
            SeverityOverrides.TryGetValue(rule.DiagnosticId, out severity) ||
            SeverityOverrides.TryGetValue(rule.CategoryInfo.Slug, out severity))
        {
            return severity;
        }

        return rule.Severity;
    }

    /// <summary>A stable text form, used to cache compiled engines by configuration.</summary>
    public string CacheKey()
    {
        var parts = new List<string>();
        var disabled = new List<string>(DisabledRules);
        disabled.Sort(StringComparer.OrdinalIgnoreCase);
        parts.Add("d:" + string.Join(",", disabled));
        var severities = new List<string>();
        foreach (var pair in SeverityOverrides)
        {
            severities.Add(pair.Key + "=" + pair.Value);
        }

        severities.Sort(StringComparer.OrdinalIgnoreCase);
        parts.Add("s:" + string.Join(",", severities));
        parts.Add("a:" + string.Join("|", AllowedPhrases));
        parts.Add("m:" + ModelScope);
        return string.Join(";", parts);
    }
}

/// <summary>Which texts the statistical model judges (see <see cref="ToneEngineOptions.ModelScope"/>).</summary>
public enum ModelScope
{
    /// <summary>Rules only.</summary>
    Off,

    /// <summary>Texts of at most <see cref="ModelScopes.ShortTextSentences"/> sentences and <see cref="ModelScopes.ShortTextWords"/> words: UI strings, resources, messages.</summary>
    ShortTexts,

    /// <summary>Every text, documents included.</summary>
    AllTexts,
}

/// <summary>Names and limits of <see cref="ModelScope"/>.</summary>
public static class ModelScopes
{
    /// <summary>The most sentences a short text has.</summary>
    public const int ShortTextSentences = 5;

    /// <summary>The most words a short text has.</summary>
    public const int ShortTextWords = 120;

    /// <summary>Whether an id names a rule of the model (<c>en/model-condescension</c>): valid in disabled rules and severities.</summary>
    public static bool IsModelRuleId(string id) => Scoring.ModelRules.IsId(id);

    /// <summary>Reads <c>off</c>, <c>short</c> or <c>all</c> (as written in settings files and on the command line).</summary>
    public static bool TryParse(string? text, out ModelScope scope)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "off" or "false" or "none":
                scope = ModelScope.Off;
                return true;
            case "short" or "short-texts" or "true" or "on":
                scope = ModelScope.ShortTexts;
                return true;
            case "all" or "all-texts":
                scope = ModelScope.AllTexts;
                return true;
            default:
                scope = ModelScope.ShortTexts;
                return false;
        }
    }
}
