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
        return string.Join(";", parts);
    }
}
