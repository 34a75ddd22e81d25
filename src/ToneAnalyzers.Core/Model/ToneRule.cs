using System.Collections.Generic;

namespace ToneAnalyzers;

/// <summary>One rule as written in a rule file: what to look for, what it does to the customer and what to say instead.</summary>
public sealed class ToneRule
{
    public ToneRule(
        string id,
        ToneLanguage language,
        ToneCategory category,
        ToneSeverity severity,
        string message,
        IReadOnlyList<string> patterns,
        IReadOnlyList<string> unless,
        IReadOnlyList<string> suggestions,
        bool autoFix,
        IReadOnlyList<string> badExamples,
        IReadOnlyList<string> goodExamples,
        RuleSource source)
    {
        Id = id;
        Language = language;
        Category = category;
        Severity = severity;
        Message = message;
        Patterns = patterns;
        Unless = unless;
        Suggestions = suggestions;
        AutoFix = autoFix;
        BadExamples = badExamples;
        GoodExamples = goodExamples;
        Source = source;
    }

    /// <summary>Stable id such as <c>en/owed-gratitude</c>.</summary>
    public string Id { get; }

    /// <summary>The single language this rule's patterns are written in.</summary>
    public ToneLanguage Language { get; }

    public ToneCategory Category { get; }

    public CategoryInfo CategoryInfo => CategoryInfo.Of(Category);

    /// <summary>TONE001..TONE008.</summary>
    public string DiagnosticId => CategoryInfo.DiagnosticId;

    public ToneSeverity Severity { get; }

    /// <summary>What the phrase does to the customer, in plain words.</summary>
    public string Message { get; }

    /// <summary>Word-sequence patterns (see docs/rule-format.md).</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>Patterns that, found in the same sentence, silence this rule (near misses).</summary>
    public IReadOnlyList<string> Unless { get; }

    /// <summary>Respectful replacements for the matched phrase, best first.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    /// <summary>Whether the first suggestion may be applied without a human looking (tonecheck --fix).</summary>
    public bool AutoFix { get; }

    /// <summary>Texts that must produce this rule's finding.</summary>
    public IReadOnlyList<string> BadExamples { get; }

    /// <summary>Near misses that must produce no finding at all.</summary>
    public IReadOnlyList<string> GoodExamples { get; }

    /// <summary>Where the rule was read from (file and line), for error messages and reports.</summary>
    public RuleSource Source { get; }

    public override string ToString() => Id;
}

/// <summary>The file and 1-based line a rule was read from.</summary>
public readonly struct RuleSource
{
    public RuleSource(string path, int line)
    {
        Path = path;
        Line = line;
    }

    public string Path { get; }

    public int Line { get; }

    public override string ToString() => Path + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
