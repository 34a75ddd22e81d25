namespace ToneAnalyzers;

/// <summary>How loudly a finding is reported. Mirrors Roslyn's DiagnosticSeverity without depending on it.</summary>
public enum ToneSeverity
{
    /// <summary>Reported to tools only (Roslyn "hidden").</summary>
    Hidden = 0,
    /// <summary>A suggestion (Roslyn "info").</summary>
    Suggestion = 1,
    Warning = 2,
    Error = 3,
}
