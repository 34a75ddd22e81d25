using ToneAnalyzers.Text;

namespace ToneAnalyzers.Analyzers.Templates;

/// <summary>
/// Markdown (.md): on top of HTML, masks front matter, fenced code, link destinations and reference definitions; code spans and
/// autolinks are holes; table cells, list items, headings and paragraphs are separate pieces.
/// </summary>
public sealed class MarkdownMasker : HtmlMasker
{
    protected override int Consume(string s, int i, int end, EditList edits)
    {
        var c = s[i];
        if (i == 0 && StartsWith(s, 0, end, "---"))
        {
            var close = After(s, 3, end, "\n---");
            close = LineEnd(s, close, end);
            edits.Add(0, close, Break);
            return close;
        }

        if ((c == '`' || c == '~') && AtLineStart(s, i) && StartsWith(s, i, end, new string(c, 3)))
        {
            var close = After(s, LineEnd(s, i, end), end, "\n" + new string(c, 3));
            close = LineEnd(s, close, end);
            edits.Add(i, close - i, Break);
            return close;
        }

        if (c == '[' && AtLineStart(s, i))
        {
            // [id]: https://... (a reference definition)
            var bracket = s.IndexOf("]:", i, LineEnd(s, i, end) - i, System.StringComparison.Ordinal);
            if (bracket > i)
            {
                var lineEnd = LineEnd(s, i, end);
                edits.Add(i, lineEnd - i, Break);
                return lineEnd;
            }
        }

        switch (c)
        {
            case '`':
                var ticks = 1;
                while (i + ticks < end && s[i + ticks] == '`')
                {
                    ticks++;
                }

                var closing = s.IndexOf(new string('`', ticks), i + ticks, end - i - ticks, System.StringComparison.Ordinal);
                if (closing < 0)
                {
                    return i;
                }

                edits.Add(i, closing + ticks - i, MappedTextBuilder.Hole);
                return closing + ticks;
            case ']' when i + 1 < end && s[i + 1] == '(':
                var paren = MatchBracket(s, i + 1, end);
                var stop = paren < 0 ? LineEnd(s, i, end) : paren + 1;
                edits.Add(i, stop - i, Space);
                return stop;
            case '<' when i + 1 < end && (StartsWith(s, i + 1, end, "http") || StartsWith(s, i + 1, end, "mailto:")):
                var gt = After(s, i, end, ">");
                edits.Add(i, gt - i, MappedTextBuilder.Hole);
                return gt;
            case '|':
                edits.Add(i, 1, Break);
                return i + 1;
            case '\n' when StartsPiece(s, i + 1, end):
                edits.Add(i, 1, Break);
                return i + 1;
        }

        return base.Consume(s, i, end, edits);
    }

    private static int LineEnd(string s, int i, int end)
    {
        var newline = i >= end ? -1 : s.IndexOf('\n', i, end - i);
        return newline < 0 ? end : newline;
    }

    /// <summary>A blank line, a heading, a list item, a quote or a table row starts a new piece of text.</summary>
    private static bool StartsPiece(string s, int i, int end)
    {
        while (i < end && (s[i] == ' ' || s[i] == '\t'))
        {
            i++;
        }

        if (i >= end)
        {
            return true;
        }

        var c = s[i];
        if (c == '\n' || c == '\r' || c == '#' || c == '>' || c == '|' || ((c == '-' || c == '*' || c == '+') && i + 1 < end && s[i + 1] == ' '))
        {
            return true;
        }

        var j = i;
        while (j < end && char.IsDigit(s[j]))
        {
            j++;
        }

        return j > i && j < end && (s[j] == '.' || s[j] == ')');
    }
}
