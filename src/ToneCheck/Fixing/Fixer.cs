using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using ToneCheck.Checking;
using ToneCheck.Input;

namespace ToneCheck.Fixing;

/// <summary>
/// Applies the first suggestion of findings whose rule is marked safe for unattended use (<c>fix: auto</c>) and whose
/// phrase is plain text in the source. Only the phrase's characters change; encoding, BOM and line endings stay.
/// </summary>
internal static class Fixer
{
    /// <summary>The fixed text of a file, or null if nothing applies. Marks applied findings as <see cref="CheckFinding.Fixed"/>.</summary>
    public static string? Apply(FileResult result)
    {
        if (result.Document is null || result.Error is not null)
        {
            return null;
        }

        var source = result.Document.Text;
        var edits = new List<CheckFinding>();
        var lastEnd = -1;
        foreach (var finding in result.Findings)
        {
            if (!finding.CanAutoFix || finding.SourceStart < lastEnd)
            {
                continue; // not safe, or overlapping an earlier fix
            }

            edits.Add(finding);
            lastEnd = finding.SourceEnd;
        }

        if (edits.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder(source.Length + 64);
        var position = 0;
        foreach (var edit in edits)
        {
            sb.Append(source, position, edit.SourceStart - position);
            sb.Append(Escape(edit.Suggestions[0], result.File.Kind));
            position = edit.SourceEnd;
            edit.Fixed = true;
        }

        sb.Append(source, position, source.Length - position);
        var fixedText = sb.ToString();
        if (fixedText == source)
        {
            foreach (var edit in edits)
            {
                edit.Fixed = false;
            }

            return null;
        }

        return fixedText;
    }

    /// <summary>The replacement as it must be written in this kind of file.</summary>
    public static string Escape(string replacement, FileKind kind) => kind switch
    {
        FileKind.Resx => EscapeXml(replacement),
        FileKind.Html or FileKind.Razor or FileKind.Mustache or FileKind.Liquid or FileKind.Scriban => WebUtility.HtmlEncode(replacement).Replace("&#39;", "'", StringComparison.Ordinal),
        FileKind.Markdown => EscapeMarkdown(replacement),
        _ => replacement,
    };

    private static string EscapeXml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string EscapeMarkdown(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '*' or '_' or '`' or '[' or ']' or '<' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
