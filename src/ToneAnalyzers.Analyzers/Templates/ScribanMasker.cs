using System;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Analyzers.Templates;

/// <summary>
/// Scriban (.sbn, .scriban): on top of HTML, <c>{{ expression }}</c> is a hole; a code block that starts with a statement
/// (<c>if</c>, <c>for</c>, <c>end</c>...) or a comment breaks the text.
/// </summary>
public sealed class ScribanMasker : HtmlMasker
{
    private static readonly string[] s_statements =
    {
        "if", "else", "end", "for", "while", "tablerow", "capture", "func", "with", "case", "when", "wrap", "import", "readonly", "ret", "break", "continue", "include",
    };

    protected override int Consume(string s, int i, int end, EditList edits)
    {
        if (!StartsWith(s, i, end, "{{"))
        {
            return base.Consume(s, i, end, edits);
        }

        var close = After(s, i + 2, end, "}}");
        var j = i + 2;
        while (j < close && (char.IsWhiteSpace(s[j]) || s[j] == '~' || s[j] == '-'))
        {
            j++;
        }

        var k = j;
        while (k < close && char.IsLetter(s[k]))
        {
            k++;
        }

        var first = s.Substring(j, k - j);
        var statement = Array.IndexOf(s_statements, first) >= 0 || StartsWith(s, j, close, "#");
        edits.Add(i, close - i, statement ? Break : MappedTextBuilder.Hole);
        return close;
    }
}
