using System;

namespace ToneAnalyzers;

/// <summary>Reads severity names as written in rule files, .editorconfig and .tonecheck.yaml.</summary>
public static class SeverityNames
{
    public static bool TryParse(string? text, out ToneSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error":
                severity = ToneSeverity.Error;
                return true;
            case "warning":
            case "warn":
                severity = ToneSeverity.Warning;
                return true;
            case "suggestion":
            case "info":
                severity = ToneSeverity.Suggestion;
                return true;
            case "hidden":
            case "silent":
                severity = ToneSeverity.Hidden;
                return true;
            default:
                severity = ToneSeverity.Warning;
                return false;
        }
    }

    public static string ToName(ToneSeverity severity) => severity switch
    {
        ToneSeverity.Error => "error",
        ToneSeverity.Warning => "warning",
        ToneSeverity.Suggestion => "suggestion",
        _ => "hidden",
    };
}
