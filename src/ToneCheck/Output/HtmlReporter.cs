using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text;
using ToneAnalyzers;
using ToneCheck.Checking;

namespace ToneCheck.Output;

/// <summary>
/// One self-contained HTML page for support leads: summary by category, language and article, then each article's
/// findings shown in their sentence with the phrase highlighted and the suggested wording beside it. No scripts, no
/// external resources; every piece of article text is HTML-escaped.
/// </summary>
internal static class HtmlReporter
{
    private const string Css = """
        :root { color-scheme: light; --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; --warn:#9a6700; --err:#cf222e; --note:#0969da; --ok:#1a7f37; }
        * { box-sizing: border-box; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); margin: 0; background: #f6f8fa; }
        header { background: #24292f; color: #fff; padding: 20px 32px; }
        header h1 { margin: 0 0 4px; font-size: 22px; }
        header p { margin: 0; color: #d1d9e0; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px; }
        section.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; margin-bottom: 24px; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px; }
        .card h2 { font-size: 15px; margin: 0 0 8px; }
        table { border-collapse: collapse; width: 100%; }
        td, th { text-align: left; padding: 4px 6px; border-bottom: 1px solid #eef1f4; vertical-align: top; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; width: 3em; }
        .totals { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 20px; }
        .total { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 130px; }
        .total b { display: block; font-size: 24px; }
        article { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin-bottom: 16px; }
        article > h2 { font-size: 16px; margin: 0; padding: 12px 16px; border-bottom: 1px solid var(--line); background: #f6f8fa; border-radius: 8px 8px 0 0; word-break: break-all; }
        article > h2 small { color: var(--muted); font-weight: normal; }
        .finding { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; padding: 12px 16px; border-bottom: 1px solid #eef1f4; }
        .finding:last-child { border-bottom: 0; }
        .meta { font-size: 13px; color: var(--muted); margin-bottom: 4px; }
        .sev { font-weight: 600; text-transform: uppercase; font-size: 11px; padding: 1px 6px; border-radius: 10px; border: 1px solid; margin-right: 6px; }
        .sev.warning { color: var(--warn); } .sev.error { color: var(--err); } .sev.suggestion { color: var(--note); }
        .sentence { font-size: 16px; }
        mark { background: #fff1b8; border-bottom: 2px solid #d4a72c; padding: 0 2px; }
        .why { color: var(--muted); font-size: 13px; margin-top: 4px; }
        .suggest { background: #dafbe1; border: 1px solid #aceebb; border-radius: 6px; padding: 8px 12px; align-self: start; }
        .suggest .label { font-size: 12px; color: var(--ok); font-weight: 600; text-transform: uppercase; }
        .suggest ul { margin: 4px 0 0; padding-left: 18px; }
        .errors { border-color: #ffcecb; }
        .clean { color: var(--ok); font-weight: 600; }
        footer { color: var(--muted); font-size: 12px; text-align: center; padding: 16px; }
        @media print { body { background: #fff; } header { color: #000; background: #fff; } }
        """;

    public static void Write(CheckReport report, TextWriter output)
    {
        var summary = new ReportSummary(report.Findings);
        var h = new StringBuilder(16 * 1024);
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<title>tonecheck report</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        h.Append("<header><h1>Tone report</h1><p>");
        h.Append(E(string.Create(CultureInfo.InvariantCulture, $"tonecheck {report.Version} · {report.FilesChecked} files checked · {report.Findings.Count} findings")));
        if (report.Shard is not null)
        {
            h.Append(E(" · shard " + report.Shard));
        }

        h.Append("</p></header>\n<main>\n");

        h.Append("<div class=\"totals\">");
        Total(h, "findings", report.Findings.Count);
        foreach (var (severity, count) in summary.BySeverity)
        {
            Total(h, ReportSummary.SeverityName(severity) + (count == 1 ? string.Empty : "s"), count);
        }

        Total(h, "articles with findings", summary.ByPath.Count);
        if (report.Errors.Count > 0)
        {
            Total(h, "files not checked", report.Errors.Count);
        }

        h.Append("</div>\n");

        if (report.Findings.Count == 0)
        {
            h.Append("<p class=\"clean\">No condescending or manipulative wording found.</p>\n");
        }
        else
        {
            h.Append("<section class=\"summary\">\n");
            h.Append("<div class=\"card\"><h2>By category</h2><table>");
            foreach (var (category, count) in summary.ByCategory)
            {
                h.Append("<tr><td>").Append(E(category.Title)).Append(" <small>").Append(E(category.DiagnosticId)).Append("</small><div class=\"why\">")
                    .Append(E(category.Summary)).Append("</div></td><td class=\"n\">").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
            }

            h.Append("</table></div>\n");
            h.Append("<div class=\"card\"><h2>By language</h2><table>");
            foreach (var (language, count) in summary.ByLanguage)
            {
                h.Append("<tr><td>").Append(E(LanguageName(language))).Append("</td><td class=\"n\">").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
            }

            h.Append("</table></div>\n");
            h.Append("<div class=\"card\"><h2>By article</h2><table>");
            foreach (var (path, count) in summary.ByPath)
            {
                h.Append("<tr><td><a href=\"#").Append(Anchor(path)).Append("\">").Append(E(path)).Append("</a></td><td class=\"n\">")
                    .Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
            }

            h.Append("</table></div>\n</section>\n");
        }

        string? current = null;
        foreach (var f in report.Findings)
        {
            if (f.Path != current)
            {
                if (current is not null)
                {
                    h.Append("</article>\n");
                }

                current = f.Path;
                h.Append("<article id=\"").Append(Anchor(f.Path)).Append("\"><h2>").Append(E(f.Path)).Append("</h2>\n");
            }

            h.Append("<div class=\"finding\"><div>");
            h.Append("<div class=\"meta\"><span class=\"sev ").Append(ReportSummary.SeverityName(f.Severity)).Append("\">").Append(ReportSummary.SeverityName(f.Severity)).Append("</span>")
                .Append(E(string.Create(CultureInfo.InvariantCulture, $"line {f.Line}, column {f.Column} · {f.DiagnosticId} {f.Category.Title} · {f.RuleId} · {f.Language}")))
                .Append("</div>");
            h.Append("<div class=\"sentence\">").Append(E(f.ContextBefore)).Append("<mark>").Append(E(f.Text)).Append("</mark>").Append(E(f.ContextAfter)).Append("</div>");
            h.Append("<div class=\"why\">").Append(E(f.Message)).Append("</div></div>");
            h.Append("<div class=\"suggest\"><div class=\"label\">Try instead</div>");
            if (f.Suggestions.Count == 0)
            {
                h.Append("<div>Rephrase: explain what we will do next.</div>");
            }
            else
            {
                h.Append("<ul>");
                foreach (var s in f.Suggestions)
                {
                    h.Append("<li>").Append(E(s)).Append("</li>");
                }

                h.Append("</ul>");
            }

            h.Append("</div></div>\n");
        }

        if (current is not null)
        {
            h.Append("</article>\n");
        }

        if (report.Errors.Count > 0)
        {
            h.Append("<article class=\"errors\"><h2>Files that could not be checked</h2><table>");
            foreach (var e in report.Errors)
            {
                h.Append("<tr><td>").Append(E(e.Path)).Append("</td><td>").Append(E(e.Message)).Append("</td></tr>");
            }

            h.Append("</table></article>\n");
        }

        h.Append("</main>\n<footer>Generated by tonecheck. Phrases are highlighted in the text the reader sees; suggestions are starting points, not verdicts.</footer>\n</body>\n</html>\n");
        output.Write(h.ToString());
    }

    private static void Total(StringBuilder h, string label, int value) =>
        h.Append("<div class=\"total\"><b>").Append(value.ToString(CultureInfo.InvariantCulture)).Append("</b>").Append(E(label)).Append("</div>");

    /// <summary>HTML-escapes text for element content and attribute values.</summary>
    public static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Anchor(string path)
    {
        var sb = new StringBuilder("f-");
        foreach (var c in path)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        sb.Append('-').Append((Shard.Hash(path) & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    private static string LanguageName(string code) => code switch
    {
        "en" => "English",
        "ru" => "Russian",
        "pl" => "Polish",
        "sr" => "Serbian",
        _ => code,
    };
}
