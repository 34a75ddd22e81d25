using System.Globalization;
using System.IO;
using System.Text;
using ToneAnalyzers;
using ToneCheck.Checking;

namespace ToneCheck.Output;

/// <summary>GitHub Actions workflow commands: one <c>::warning file=...,line=...::message</c> annotation per finding.</summary>
internal static class GitHubReporter
{
    public static void Write(CheckReport report, TextWriter output)
    {
        var sb = new StringBuilder();
        foreach (var f in report.Findings)
        {
            var level = f.Severity switch
            {
                ToneSeverity.Error => "error",
                ToneSeverity.Warning => "warning",
                _ => "notice",
            };
            var message = f.Message + (f.Suggestions.Count > 0 ? "\nSuggestion: " + string.Join(" | ", f.Suggestions) : string.Empty);
            sb.Append(CultureInfo.InvariantCulture, $"::{level} file={Property(f.Path)},line={f.Line},col={f.Column},endLine={f.EndLine},endColumn={f.EndColumn},title={Property(f.DiagnosticId + " " + f.RuleId + ": " + f.Text)}::{Data(message)}\n");
        }

        foreach (var e in report.Errors)
        {
            sb.Append(CultureInfo.InvariantCulture, $"::error file={Property(e.Path)},title=tonecheck could not check this file::{Data(e.Message)}\n");
        }

        output.Write(sb.ToString());
    }

    /// <summary>Escaping for the message part.</summary>
    public static string Data(string value) =>
        value.Replace("%", "%25", System.StringComparison.Ordinal).Replace("\r", "%0D", System.StringComparison.Ordinal).Replace("\n", "%0A", System.StringComparison.Ordinal);

    /// <summary>Escaping for property values (also ':' and ',').</summary>
    public static string Property(string value) =>
        Data(value).Replace(":", "%3A", System.StringComparison.Ordinal).Replace(",", "%2C", System.StringComparison.Ordinal);
}
