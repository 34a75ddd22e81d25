using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ToneCheck.Extraction;

internal enum SuppressionKind
{
    DisableNextLine,
    DisableLine,
    Disable,
    Enable,
}

/// <summary>An inline comment such as <c>&lt;!-- tonecheck-disable-next-line TONE003 --&gt;</c>; offsets are in the source.</summary>
/// <param name="Ids">Diagnostic ids, rule ids or category slugs; empty = every rule.</param>
internal sealed record SuppressionDirective(SuppressionKind Kind, IReadOnlyList<string> Ids, int Start, int End)
{
    private static readonly Regex s_directive = new(
        @"tonecheck-(?<kind>disable-next-line|disable-line|disable|enable)(?<ids>(?:[ \t,]+[A-Za-z][A-Za-z0-9/_\-]*(?<!-))*)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Whether the directive covers a finding of this rule.</summary>
    public bool Covers(ToneAnalyzers.ToneRule rule) => Matches(Ids, rule);

    public static bool Matches(IReadOnlyList<string> ids, ToneAnalyzers.ToneRule rule)
    {
        if (ids.Count == 0)
        {
            return true;
        }

        foreach (var id in ids)
        {
            if (string.Equals(id, rule.DiagnosticId, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(id, rule.Id, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(id, rule.CategoryInfo.Slug, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds directives in the text of a comment (or any span of source known to be a comment).</summary>
    public static void Scan(string source, int start, int length, List<SuppressionDirective> into)
    {
        if (source.AsSpan(start, length).IndexOf("tonecheck-", StringComparison.Ordinal) < 0)
        {
            return;
        }

        foreach (Match m in s_directive.Matches(source.Substring(start, length)))
        {
            into.Add(Create(m, start));
        }
    }

    /// <summary>Reads the ids of a directive in a .resx comment; null if the comment holds none.</summary>
    public static IReadOnlyList<string>? ParseResourceComment(string comment)
    {
        foreach (Match m in s_directive.Matches(comment))
        {
            var directive = Create(m, 0);
            if (directive.Kind is SuppressionKind.Disable or SuppressionKind.DisableLine or SuppressionKind.DisableNextLine)
            {
                return directive.Ids;
            }
        }

        return null;
    }

    private static SuppressionDirective Create(Match m, int offset)
    {
        var kind = m.Groups["kind"].Value switch
        {
            "disable-next-line" => SuppressionKind.DisableNextLine,
            "disable-line" => SuppressionKind.DisableLine,
            "disable" => SuppressionKind.Disable,
            _ => SuppressionKind.Enable,
        };
        var ids = m.Groups["ids"].Value.Split(new[] { ' ', '\t', ',' }, StringSplitOptions.RemoveEmptyEntries);
        return new SuppressionDirective(kind, ids, offset + m.Index, offset + m.Index + m.Length);
    }
}
