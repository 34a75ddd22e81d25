using System.Collections.Generic;
using ToneAnalyzers;

namespace ToneCheck.Checking;

/// <summary>One finding in one file, placed in the source and ready for every output format.</summary>
internal sealed class CheckFinding
{
    public required string Path { get; init; }

    public required int Line { get; init; }

    public required int Column { get; init; }

    public required int EndLine { get; init; }

    /// <summary>1-based, exclusive (the column just after the phrase), as SARIF and the JSON report use.</summary>
    public required int EndColumn { get; init; }

    /// <summary>Source offsets of the phrase, end exclusive.</summary>
    public required int SourceStart { get; init; }

    public required int SourceEnd { get; init; }

    public required ToneRule Rule { get; init; }

    public required ToneSeverity Severity { get; init; }

    /// <summary>The phrase as the reader sees it (markup removed).</summary>
    public required string Text { get; init; }

    public required IReadOnlyList<string> Suggestions { get; init; }

    /// <summary>The source line the phrase starts on.</summary>
    public required string LineText { get; init; }

    /// <summary>The sentence around the phrase, as the reader sees it.</summary>
    public required string ContextBefore { get; init; }

    public required string ContextAfter { get; init; }

    /// <summary>The rule allows unattended fixing and the phrase is plain text in the source (no markup inside).</summary>
    public required bool CanAutoFix { get; init; }

    public string DiagnosticId => Rule.DiagnosticId;

    public string RuleId => Rule.Id;

    public string Language => ToneLanguages.ToCode(Rule.Language);

    public string Message => Rule.Message;

    public CategoryInfo Category => Rule.CategoryInfo;

    /// <summary>Occurrence index among findings with the same path, rule and normalised text (for baselines).</summary>
    public int Occurrence { get; set; }

    public bool Baselined { get; set; }

    public bool Fixed { get; set; }
}
