using System;
using System.Globalization;
using System.IO;
using System.Text;
using Spectre.Console;
using ToneAnalyzers;
using ToneCheck.Checking;

namespace ToneCheck.Output;

/// <summary>
/// The default, human format: <c>path:line:col severity TONE00N rule-id message</c>, the source line with the phrase
/// marked, the suggestion; errors; a summary by category and language. Coloured through Spectre.Console on a terminal.
/// </summary>
internal sealed class TextReporter
{
    private readonly TextWriter _writer;
    private readonly IAnsiConsole? _console;

    public TextReporter(TextWriter writer, bool colour)
    {
        _writer = writer;
        if (colour)
        {
            _console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.Yes,
                ColorSystem = ColorSystemSupport.Detect,
                Out = new AnsiConsoleOutput(writer),
            });
        }
    }

    public void Write(CheckReport report)
    {
        foreach (var f in report.Findings)
        {
            WriteFinding(f);
        }

        if (report.Errors.Count > 0)
        {
            Emit("errors:", "bold red");
            NewLine();
            foreach (var e in report.Errors)
            {
                Emit("  " + e.Path + ": ", "bold");
                Emit(e.Message, "red");
                NewLine();
            }

            NewLine();
        }

        WriteSummary(report, this);
    }

    /// <summary>The summary alone (for stderr when stdout carries a machine format).</summary>
    public static void WriteSummary(CheckReport report, TextWriter writer) => WriteSummary(report, new TextReporter(writer, colour: false));

    private static void WriteSummary(CheckReport report, TextReporter o)
    {
        var summary = new ReportSummary(report.Findings);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Checked {Plural(report.FilesChecked, "file")}");
        if (report.Shard is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $" (shard {report.Shard})");
        }

        sb.Append(CultureInfo.InvariantCulture, $" in {report.Elapsed.TotalSeconds:0.00} s: {Plural(report.Findings.Count, "finding")}");
        if (summary.BySeverity.Count > 0)
        {
            sb.Append(" (");
            for (var i = 0; i < summary.BySeverity.Count; i++)
            {
                var (severity, count) = (summary.BySeverity[i].Key, summary.BySeverity[i].Value);
                sb.Append(i > 0 ? ", " : string.Empty).Append(Plural(count, ReportSummary.SeverityName(severity)));
            }

            sb.Append(')');
        }

        if (report.Errors.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $", {Plural(report.Errors.Count, "file")} not checked");
        }

        if (report.Suppressed > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $", {report.Suppressed} suppressed");
        }

        if (report.Baselined > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $", {report.Baselined} in the baseline");
        }

        if (report.Fixed > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $", {report.Fixed} fixed in {Plural(report.FilesFixed, "file")}");
        }

        sb.Append('.');
        o.Emit(sb.ToString(), report.Findings.Count == 0 && report.Errors.Count == 0 ? "green" : "bold");
        o.NewLine();
        if (summary.ByCategory.Count > 0)
        {
            var parts = new StringBuilder("  by category: ");
            for (var i = 0; i < summary.ByCategory.Count; i++)
            {
                var (category, count) = (summary.ByCategory[i].Key, summary.ByCategory[i].Value);
                parts.Append(i > 0 ? ", " : string.Empty).Append(CultureInfo.InvariantCulture, $"{category.Title.ToLowerInvariant()} ({category.DiagnosticId}) {count}");
            }

            o.Emit(parts.ToString(), null);
            o.NewLine();
            parts.Clear().Append("  by language: ");
            for (var i = 0; i < summary.ByLanguage.Count; i++)
            {
                parts.Append(i > 0 ? ", " : string.Empty).Append(CultureInfo.InvariantCulture, $"{summary.ByLanguage[i].Key} {summary.ByLanguage[i].Value}");
            }

            o.Emit(parts.ToString(), null);
            o.NewLine();
        }
    }

    private void WriteFinding(CheckFinding f)
    {
        Emit(string.Create(CultureInfo.InvariantCulture, $"{f.Path}:{f.Line}:{f.Column}"), "bold");
        Emit(" ", null);
        Emit(ReportSummary.SeverityName(f.Severity), SeverityStyle(f.Severity));
        Emit(" " + f.DiagnosticId + " " + f.RuleId, "dim");
        Emit(" " + f.Message, null);
        NewLine();

        var number = f.Line.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var line = f.LineText;
        var start = Math.Clamp(f.Column - 1, 0, line.Length);
        var end = f.EndLine == f.Line ? Math.Clamp(f.EndColumn - 1, start, line.Length) : line.Length;
        Emit("  " + number + " | ", "blue");
        Emit(line[..start], null);
        Emit(line[start..end], "bold yellow");
        Emit(line[end..], null);
        NewLine();
        var pad = new StringBuilder();
        for (var i = 0; i < start; i++)
        {
            pad.Append(line[i] == '\t' ? '\t' : ' ');
        }

        Emit("  " + gutter + " | ", "blue");
        Emit(pad + new string('^', Math.Max(1, end - start)), "yellow");
        NewLine();
        if (f.Suggestions.Count > 0)
        {
            Emit("  " + gutter + " = suggestion: ", "green");
            Emit(string.Join(" | ", f.Suggestions), "green");
            if (f.CanAutoFix)
            {
                Emit(" (--fix applies it)", "dim");
            }

            NewLine();
        }

        NewLine();
    }

    private static string SeverityStyle(ToneSeverity severity) => severity switch
    {
        ToneSeverity.Error => "bold red",
        ToneSeverity.Warning => "bold yellow",
        _ => "bold cyan",
    };

    private static string Plural(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");

    private void Emit(string text, string? style)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_console is null)
        {
            _writer.Write(text);
        }
        else if (style is null)
        {
            _console.Write(new Text(text));
        }
        else
        {
            _console.Write(new Text(text, Style.Parse(style)));
        }
    }

    private void NewLine()
    {
        if (_console is null)
        {
            _writer.Write('\n');
        }
        else
        {
            _console.WriteLine();
        }
    }
}
