using ToneAnalyzers.Text;

namespace ToneAnalyzers.Analyzers.Templates;

/// <summary>
/// Liquid (.liquid): on top of HTML, <c>{{ output }}</c> is a hole, <c>{% tag %}</c> breaks the text, and
/// <c>{% comment %}...{% endcomment %}</c> is masked whole.
/// </summary>
public sealed class LiquidMasker : HtmlMasker
{
    protected override int Consume(string s, int i, int end, EditList edits)
    {
        if (StartsWith(s, i, end, "{%"))
        {
            var close = After(s, i + 2, end, "%}");
            var inner = s.Substring(i + 2, close - i - 2).Trim(' ', '-', '%', '}', '\t', '\r', '\n');
            if (inner == "comment")
            {
                close = After(s, close, end, "endcomment");
                close = After(s, close, end, "%}");
            }

            edits.Add(i, close - i, Break);
            return close;
        }

        if (StartsWith(s, i, end, "{{"))
        {
            var close = After(s, i + 2, end, "}}");
            edits.Add(i, close - i, MappedTextBuilder.Hole);
            return close;
        }

        return base.Consume(s, i, end, edits);
    }
}
