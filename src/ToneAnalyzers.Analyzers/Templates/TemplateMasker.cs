using System;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Analyzers.Templates;

/// <summary>
/// Keeps only the text a customer reads in a template, with offsets kept exact: the family's maskers replace markup by a space (inline),
/// a paragraph break (block: pieces the engine must not glue together) or an opaque hole (an output expression), and decode entities.
/// </summary>
public abstract class TemplateMasker
{
    /// <summary>Separates independent pieces of text (the engine reads "\n\n" as a hard break).</summary>
    public const string Break = "\n\n";

    public const string Space = " ";

    public static TemplateMasker? For(ToneFileKind kind) => kind switch
    {
        ToneFileKind.Html => new HtmlMasker(),
        ToneFileKind.Razor => new RazorMasker(),
        ToneFileKind.Mustache => new MustacheMasker(),
        ToneFileKind.Liquid => new LiquidMasker(),
        ToneFileKind.Scriban => new ScribanMasker(),
        ToneFileKind.Markdown => new MarkdownMasker(),
        ToneFileKind.PlainText => new PlainTextMasker(),
        _ => null,
    };

    public MappedText Mask(string source)
    {
        var edits = new EditList();
        Scan(source, 0, source.Length, edits);
        return edits.Build(source);
    }

    /// <summary>Walks <c>[start, end)</c>, letting <see cref="Consume"/> mask what it recognises.</summary>
    protected void Scan(string s, int start, int end, EditList edits)
    {
        var i = start;
        while (i < end)
        {
            var next = Consume(s, i, end, edits);
            if (next <= i)
            {
                next = ConsumeUrl(s, i, end, edits);
            }

            i = next > i ? next : i + 1;
        }
    }

    /// <summary>Masks a construct starting at <paramref name="i"/>; returns the position after it, or <paramref name="i"/> if none starts there.</summary>
    protected abstract int Consume(string s, int i, int end, EditList edits);

    /// <summary>A bare http(s) URL is one opaque word.</summary>
    private static int ConsumeUrl(string s, int i, int end, EditList edits)
    {
        if (s[i] != 'h' || (i > 0 && char.IsLetterOrDigit(s[i - 1])) ||
            !(StartsWith(s, i, end, "http://") || StartsWith(s, i, end, "https://")))
        {
            return i;
        }

        var j = i;
        while (j < end && !char.IsWhiteSpace(s[j]) && s[j] != '<' && s[j] != '"' && s[j] != '\'' && s[j] != ')')
        {
            j++;
        }

        edits.Add(i, j - i, MappedTextBuilder.Hole);
        return j;
    }

    protected static bool StartsWith(string s, int i, int end, string value, bool ignoreCase = false) =>
        i + value.Length <= end && string.Compare(s, i, value, 0, value.Length, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0;

    /// <summary>Index just after the first <paramref name="value"/> at or after <paramref name="from"/>, or <paramref name="end"/>.</summary>
    protected static int After(string s, int from, int end, string value, bool ignoreCase = false)
    {
        var index = from >= end ? -1 : s.IndexOf(value, from, end - from, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        return index < 0 ? end : index + value.Length;
    }

    protected static bool AtLineStart(string s, int i)
    {
        var j = i - 1;
        while (j >= 0 && (s[j] == ' ' || s[j] == '\t'))
        {
            j--;
        }

        return j < 0 || s[j] == '\n';
    }

    /// <summary>The index of the bracket closing the one at <paramref name="open"/>, skipping C#-like string and char literals; -1 if none.</summary>
    protected static int MatchBracket(string s, int open, int end)
    {
        var openChar = s[open];
        var closeChar = openChar switch { '(' => ')', '[' => ']', _ => '}' };
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            var c = s[i];
            if (c == '"' || c == '\'')
            {
                var j = i + 1;
                while (j < end && s[j] != c && s[j] != '\n')
                {
                    j += s[j] == '\\' ? 2 : 1;
                }

                i = Math.Min(j, end);
            }
            else if (c == openChar)
            {
                depth++;
            }
            else if (c == closeChar && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>Plain text (.txt): only <c>{{ placeholders }}</c> and URLs are masked.</summary>
public sealed class PlainTextMasker : TemplateMasker
{
    protected override int Consume(string s, int i, int end, EditList edits) => MustacheMasker.ConsumeBraces(s, i, end, edits);
}
