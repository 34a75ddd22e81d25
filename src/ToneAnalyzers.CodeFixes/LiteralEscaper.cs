using System.Text;
using ToneAnalyzers.Analyzers.CSharp;

namespace ToneAnalyzers.CodeFixes;

/// <summary>Escapes replacement text for the kind of C# string it goes into; <c>null</c> when it cannot go there safely.</summary>
public static class LiteralEscaper
{
    /// <param name="rawQuotes">For raw strings: the number of quotes of the delimiter.</param>
    /// <param name="rawDollars">For interpolated raw strings: the number of dollar signs.</param>
    /// <param name="multiLine">Whether the literal may contain line breaks (verbatim, multi-line raw).</param>
    public static string? Escape(string text, LiteralKind kind, int rawQuotes = 3, int rawDollars = 0, bool multiLine = false)
    {
        switch (kind)
        {
            case LiteralKind.Regular:
            case LiteralKind.InterpolatedRegular:
                return EscapeRegular(text, braces: kind == LiteralKind.InterpolatedRegular);
            case LiteralKind.Verbatim:
            case LiteralKind.InterpolatedVerbatim:
                var verbatim = text.Replace("\"", "\"\"");
                return kind == LiteralKind.InterpolatedVerbatim ? verbatim.Replace("{", "{{").Replace("}", "}}") : verbatim;
            case LiteralKind.Raw:
            case LiteralKind.InterpolatedRaw:
                // A raw string cannot escape: refuse text that would close the delimiter, open a hole, or break a single line.
                if (text.Contains(new string('"', rawQuotes)) || text.EndsWith("\"", System.StringComparison.Ordinal) ||
                    (!multiLine && (text.Contains("\n") || text.Contains("\r"))))
                {
                    return null;
                }

                if (kind == LiteralKind.InterpolatedRaw && (text.Contains(new string('{', rawDollars)) || text.Contains(new string('}', rawDollars))))
                {
                    return null;
                }

                return text;
            default:
                return null;
        }
    }

    private static string EscapeRegular(string text, bool braces)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '{' when braces: builder.Append("{{"); break;
                case '}' when braces: builder.Append("}}"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
