using System.Collections.Generic;

namespace ToneAnalyzers;

/// <summary>One phrase the engine flagged, with its exact place in the original text.</summary>
public sealed class Finding
{
    internal Finding(ToneRule rule, int start, int length, string matchedText, ToneSeverity severity, IReadOnlyList<string> suggestions)
    {
        Rule = rule;
        Start = start;
        Length = length;
        MatchedText = matchedText;
        Severity = severity;
        Suggestions = suggestions;
    }

    public ToneRule Rule { get; }

    /// <summary>Offset of the first matched character in the text given to the engine (UTF-16 units).</summary>
    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>The original text of the span, exactly as written.</summary>
    public string MatchedText { get; }

    /// <summary>The rule's severity after configuration overrides.</summary>
    public ToneSeverity Severity { get; }

    /// <summary>Suggestions rendered for this occurrence (capitalised like the original).</summary>
    public IReadOnlyList<string> Suggestions { get; }

    public string DiagnosticId => Rule.DiagnosticId;

    public ToneCategory Category => Rule.Category;

    public ToneLanguage Language => Rule.Language;

    public string Message => Rule.Message;

    public override string ToString() => $"{DiagnosticId} {Rule.Id} [{Start}..{End}) \"{MatchedText}\"";
}
